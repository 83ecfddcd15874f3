import { describe, expect, it } from 'vitest';
import { analyze, ruleContext } from '../analyze';
import { ownCorrection } from './ownCorrection';

const correction = (text: string) => ownCorrection(ruleContext({ text, platform: 'x' }));

describe("ownCorrection: the writer's own earlier post put right", () => {
  it.each([
    ['Gisteren schreef ik hier iets te fel over de parkeersituatie bij school. Excuses.'],
    ['Mijn eerdere tweet over de inspectie heb ik verwijderd. Daar had ik beter moeten nadenken.'],
    ['Ik heb vorige week gepost dat ik het leesplan onzin vond. Dat wil ik rechtzetten.'],
    ['I posted something unkind about the parents yesterday. I deleted it, sorry.'],
    ['Gisteren heb ik hier iets geschreven over de ouderavond. Ik heb het verwijderd, excuses.'],
    ["Earlier I tweeted that my class were 'animals'. That was unfair. I'm sorry."],
  ])('%s', (text) => {
    expect(correction(text)).toBe(true);
  });

  it.each([
    // An apology without an earlier post of one's own, and an own post without putting it right.
    ['Sorry, maar ik vind de directeur echt incompetent.'],
    ['Gisteren schreef ik een brief aan de gemeente: de gymzaal is een schande.'],
    ['Mijn bericht van gisteren klopt nog steeds: de directie luistert niet.'],
    ['Gisteren heb ik een brief geschreven aan de gemeente: de gymzaal is een schande.'],
  ])('not in %s', (text) => {
    expect(correction(text)).toBe(false);
  });

  it('keeps the tone rules quiet on a correction that quotes the old words', () => {
    const text =
      'Ik heb vorige week gepost dat ik het nieuwe leesplan onzin vond. Inmiddels blijkt het beter doordacht. Ik wil dit rechtzetten.';
    expect(analyze({ text, platform: 'x' }).map((f) => f.ruleId)).not.toContain(
      'negativeAboutSchool',
    );
    // The same words as a new post still warn.
    expect(
      analyze({ text: 'Ik vind het nieuwe leesplan van school onzin.', platform: 'x' }).map(
        (f) => f.ruleId,
      ),
    ).toContain('negativeAboutSchool');
  });
});
