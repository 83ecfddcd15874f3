import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const findings = (text: string) =>
  analyze({ text, platform: 'x', isReply: true }).filter((f) => f.ruleId === 'threatOrStalking');
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('threatOrStalking', () => {
  it.each([
    ['Ik weet waar je woont.', ['Ik weet waar je woont']],
    ['Je zult het merken, meneer de directeur.', ['Je zult het merken']],
    ['Wacht maar af jij, dit pik ik niet van die kutmoeder 😡', ['Wacht maar af']],
    ['Ik blijf je volgen, gluiperd.', ['Ik blijf je volgen']],
    ['Ik sta morgen bij je deur, vuile leugenaar.', ['Ik sta morgen bij je deur']],
    ['Daar ga je spijt van krijgen.', ['Daar ga je spijt van krijgen']],
    ['Ik hou je in de gaten.', ['Ik hou je in de gaten']],
    [
      'Die vader woont op de Dorpsstraat, vertel hem maar hoe asociaal hij is.',
      ['Die vader woont op de Dorpsstraat'],
    ],
    ['I know where you live.', ['I know where you live']],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['Wacht maar tot je ziet wat we voor de musical hebben!'],
    ['Ik kom je halen om 3 uur bij school.'],
    ['Leuk! Ik blijf jullie volgen 😊'],
    ['Pas op voor gladheid bij het schoolplein!'],
    ['Pas goed op jezelf en tot maandag.'],
    ['Ik pak je wel op bij het station.'],
    ['Ik zie je morgen bij de ouderavond!'],
    ['Laatste waarschuwing: inschrijven voor de sportdag kan tot vrijdag!'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it('is a stop, softened to a warning when it is clearly a joke', () => {
    expect(findings('Ik weet waar je woont.')[0]!.severity).toBe('stop');
    expect(findings('Ik maak je af als je mijn koffie opdrinkt 😂')[0]!.severity).toBe('warning');
  });
});
