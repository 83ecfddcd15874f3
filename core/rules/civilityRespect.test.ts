import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const findings = (text: string) =>
  analyze({ text, platform: 'x' }).filter((f) => f.ruleId === 'civilityRespect');
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('civilityRespect', () => {
  it.each([
    ['drunk tweeting but honestly my head teacher is a joke', 'is a joke'],
    ['Onze nieuwe collega kan er echt niks van, arme kinderen.', 'kan er echt niks van'],
    ['Die moeder van Daan is echt een trut.', 'trut'],
    ['De penningmeester is gewoon incompetent.', 'incompetent'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({ severity: 'info', article: 'bg-civility' });
  });

  it.each([
    ['De communicatie over de schoolreis was waardeloos.'],
    ['Wat een waardeloos weer voor de sportdag 🌧️'],
    ['Onze juf is helemaal geweldig, dank je wel!'],
    ['Pesten is asociaal, daarom doen we mee aan de Week tegen Pesten.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});
