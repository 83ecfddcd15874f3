import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const findings = (text: string, isReply = true) =>
  analyze({ text, platform: 'youtube', isReply }).filter((f) => f.ruleId === 'bareOpinion');
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('bareOpinion', () => {
  it.each([
    ['Onzin.', 'Onzin'],
    ['Wat een flauwekul 🙄', 'flauwekul'],
    ['Slecht plan.', 'Slecht plan'],
    ['Mee oneens.', 'Mee oneens'],
    ['Terrible idea.', 'Terrible idea'],
    ['👎👎', '👎'],
    ['Dit slaat nergens op.', 'slaat nergens op'],
    ['Totale onzin dit filmpje.', 'onzin'],
    ['Nee. Gewoon nee.', 'Gewoon nee'],
    ['Wat een waardeloos stuk 🤦', 'waardeloos'],
    ['Klopt echt helemaal niks van.', 'Klopt echt helemaal niks van'],
    ['Ik vind het echt onzin', 'onzin'],
    ['Ik ben het er niet mee eens.', 'Ik ben het er niet mee eens'],
    ['Ónzííín!!', 'Ónzííín'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({ severity: 'warning', article: 'bg-substance' });
  });

  it.each([
    ['Mooi!'],
    ['Super idee, ga ik proberen 👍'],
    ['Helemaal mee eens!'],
    ['Niet slecht voor een eerste keer!'],
    ['Dank je wel voor het delen, hier kan ons team veel mee.'],
    ['Mee oneens, want uit onderzoek blijkt dat korte instructies beter werken.'],
    ['Slecht plan, dan hebben de kinderen helemaal geen pauze meer.'],
    ['Onzin, zie https://example.nl/onderzoek'],
    ['Wat triest, sterkte!'],
    ['Jammer dat ik er niet bij kon zijn.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });

  it('only in replies (or a post that starts with a mention)', () => {
    expect(findings('Onzin.', false)).toEqual([]);
    expect(marked('@meesterbart onzin')).toEqual(['onzin']);
  });
});
