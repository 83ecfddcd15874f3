import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const marked = (text: string) =>
  analyze({ text, platform: 'instagram' })
    .filter((f) => f.ruleId === 'privateContactWithPupils')
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('privateContactWithPupils', () => {
  it.each([
    [
      'Jongens en meiden van groep 8, voeg me toe op snap! dan kunnen we in de vakantie kletsen',
      'voeg me toe',
    ],
    ["Group 8, if anyone's mean to you online, just DM me on my personal Insta, anytime", 'DM me'],
    ['Lieve kids van groep 7, app me gerust op mijn 06 als er iets is!', 'app me gerust'],
  ])('%s → %s', (text, word) => {
    expect(marked(text)).toEqual([word]);
  });

  it('is a warning under article 9', () => {
    const f = analyze({ text: 'Groep 8, voeg me toe op snap!', platform: 'x' }).find(
      (x) => x.ruleId === 'privateContactWithPupils',
    );
    expect(f).toMatchObject({ article: '9', severity: 'warning' });
  });

  it.each([
    ['Ouders van groep 5: stuur me gerust een bericht via Parro als er iets is.'],
    // Colleagues asked to get in touch, and a disclaimer (w9's clean drafts, 2026-12).
    [
      "Ik maakte werkbladen voor begrijpend lezen in groep 6. Collega's die ze willen: stuur me een bericht.",
    ],
    ['On my own account, not for school: I think we ask too much of the 4-year-olds in my class.'],
    ['Groep 6 leerde vandaag hoe je veilig omgaat met Snapchat en wie je toevoegt.'],
    ['Volg ons schoolaccount voor foto’s van groep 3!'],
  ])('%s → nothing', (text) => {
    expect(marked(text)).toEqual([]);
  });
});
