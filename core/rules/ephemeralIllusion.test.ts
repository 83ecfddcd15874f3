import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const findings = (text: string) =>
  analyze({ text, platform: 'instagram' }).filter((f) => f.ruleId === 'ephemeralIllusion');
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('ephemeralIllusion', () => {
  it.each([
    ['Dit zet ik alleen in mijn story, na 24 uur is het toch weg.', 'na 24 uur is het toch weg'],
    ['Niemand leest dit toch, maar wat een dag.', 'Niemand leest dit toch'],
    ['Ik plaats dit even en haal het straks weer weg.', 'haal het straks weer weg'],
    ['Haal ik zo weer weg, maar ik moet het kwijt.', 'Haal ik zo weer weg'],
    ['Delete ik zo weer, maar ik moet het kwijt.', 'Delete ik zo'],
    ['Alleen voor vrienden hoor: wat een week.', 'Alleen voor vrienden'],
    ["Story'tje, verdwijnt toch na een dag.", 'verdwijnt toch'],
    ["Friends only, I'll delete this later.", 'Friends only'],
    ['Zet het toch maar even in mijn story, is morgen weer weg.', 'is morgen weer weg'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({ severity: 'info', article: '7' });
  });

  it('is a warning when the post is about school', () => {
    const [f] = findings('Niemand leest dit toch, maar die ouderavond was saai.');
    expect(f?.severity).toBe('warning');
  });

  it.each([
    ['Bekijk onze story voor de boekentips van de bibliotheek! 📚'],
    ['In mijn story: de mooiste tekeningen van deze week.'],
    ['De sneeuw is morgen weer weg, geniet ervan!'],
    ['Ik heb de oude posters weggehaald uit de gang.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});
