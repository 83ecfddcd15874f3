import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const found = (text: string) =>
  analyze({ text, platform: 'facebook' })
    .filter((f) => f.ruleId === 'confidentialBirthDate')
    .map((f) => [text.slice(f.span!.start, f.span!.end), f.severity]);

describe('confidentialBirthDate', () => {
  it.each([
    ['Daan (geb. 12-03-2016) is vandaag jarig!', '12-03-2016', 'stop'],
    ['Sem is geboren op 4 mei 2017.', '4 mei 2017', 'stop'],
    ['Geboortedatum: 2015-07-03, groep 5', '2015-07-03', 'warning'],
    ['Onze nieuwe leerling, geboren 3/7/15, start maandag', '3/7/15', 'warning'],
    ['Emma ° 1-1-2016', '1-1-2016', 'stop'],
    ['geboortedatum 12-03 staat verkeerd in het systeem', '12-03', 'warning'],
    ['Liam was born on March 12, 2016', 'March 12, 2016', 'stop'],
  ])('%s → %s (%s)', (text, date, severity) => {
    expect(found(text)).toEqual([[date, severity]]);
  });

  it.each([
    ['De school is jarig op 20-09!'],
    ['Hoera! Onze school bestaat 50 jaar. Op 20-09-2025 vieren we dat.'],
    ['Anne Frank werd geboren op 12 juni 1929.'],
    ['Sem is vandaag jarig, hij is 8 geworden!'],
    ['Ouderavond op 14-11-2024 om 19.30 uur'],
    ['De vereniging werd opgericht op 1 mei 1980, geboren uit een idee van ouders'],
  ])('nothing in %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
