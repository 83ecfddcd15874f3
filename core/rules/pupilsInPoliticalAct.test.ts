import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const marked = (text: string) =>
  analyze({ text, platform: 'x' })
    .filter((f) => f.ruleId === 'pupilsInPoliticalAct')
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('pupilsInPoliticalAct', () => {
  it.each([
    [
      'Vandaag heeft mijn groep 7 geoefend met boe-roepen, morgen staat de minister bij het gemeentehuis.',
      ['boe-roepen'],
    ],
    ['De kinderen gaan de wethouder morgen flink uitjouwen 😂', ['uitjouwen']],
    ['My class made protest signs to boo the mayor tomorrow.', ['boo']],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['Groep 8 bezocht het gemeentehuis en sprak met de burgemeester over democratie.'],
    ['De kinderen hebben de wethouder een vraag gesteld over de nieuwe speeltuin.'],
    ['Bij de voetbalwedstrijd werd de scheidsrechter uitgefloten door de ouders.'],
  ])('%s → nothing', (text) => {
    expect(marked(text)).toEqual([]);
  });
});
