import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const marked = (text: string) =>
  analyze({ text, platform: 'facebook' })
    .filter((f) => f.ruleId === 'callout')
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('callout', () => {
  it.each([
    ['Aan de ouder die vanochtend weer dubbel parkeerde: schaam je.', ['Aan de ouder die']],
    [
      'Aan de moeder die vanochtend bij het hek tegen mij stond te schreeuwen: zo ga je niet met mensen om.',
      ['Aan de moeder die'],
    ],
    ['Die ene moeder die altijd alles beter weet 🙄', ['Die ene moeder']],
    ['Sommige collega’s doen echt helemaal niks.', ['Sommige collega’s']],
    [
      'Er zijn nog steeds ouders die hun kind elke dag te laat brengen. Asociaal.',
      ['Er zijn nog steeds ouders die'],
    ],
    [
      'Aan de vader van Daan die ons uitschold: je weet wie je bent.',
      ['Aan de vader van Daan die'],
    ],
    ['Some of my colleagues literally do nothing.', ['Some of my colleagues']],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['Aan de ouder die zijn handschoenen kwijt is: ze liggen bij de ingang.'],
    ['Aan de ouder die vanochtend mijn portemonnee vond: dank je wel!'],
    ['Sommige ouders hebben al betaald, dank daarvoor!'],
    ['Bedankt aan alle hulpouders, jullie weten wie jullie zijn 💛'],
    ['Aan de ouders die met de auto komen: parkeer bij de sporthal.'],
    ['Er zijn ouders die willen helpen bij de sportdag, meld je bij juf Ans.'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
});

// The writer's own apology for an earlier post (w22, tests/corpus/train, 2026-12-03).
describe('callout: an own apology stays quiet', () => {
  it('nothing in an apology that repeats what was said', () => {
    expect(
      marked(
        "Sorry aan de ouders die ik gisteren 'sukkels' noemde in een post over het parkeren. Fout van mij.",
      ),
    ).toEqual([]);
  });
});
