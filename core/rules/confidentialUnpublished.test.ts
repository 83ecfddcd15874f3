import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const found = (text: string, hasMedia = false) =>
  analyze({ text, platform: 'linkedin', hasMedia }).filter(
    (f) => f.ruleId === 'confidentialUnpublished',
  );

describe('confidentialUnpublished', () => {
  it.each([
    ["De uitslag van de inspectie is binnen en we zijn 'voldoende'! Officieel bericht volgt nog."],
    ['Inspecteur is vandaag geweest. Het rapport wordt pas over 4 weken openbaar.'],
    ["Proud moment: our inspection report (not public yet) rates our teaching 'good'!"],
    ["Here's our new school logo before the official launch 👀"],
    ["Our head just told us we're losing 2 teachers next year and nobody knows who yet 😬"],
    ['Sneak peek van het nieuwe inspectierapport 👀'],
  ])('%s → art. 3', (text) => {
    expect(found(text)[0]).toMatchObject({ article: '3', severity: 'warning' });
  });

  it.each([
    ['Sneak peek van de musical van groep 8! Vrijdag om 19.00 uur in de aula 🎭'],
    ['De datum van de schoolreis is nog niet bekend; we laten het zo snel mogelijk weten.'],
    ['Het inspectierapport staat sinds vandaag op onze website. Lees het gerust!'],
  ])('%s → nothing', (text) => {
    expect(found(text)).toEqual([]);
  });
});
