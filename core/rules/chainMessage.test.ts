import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const findings = (text: string) =>
  analyze({ text, platform: 'facebook' }).filter((f) => f.ruleId === 'chainMessage');
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('chainMessage', () => {
  it.each([
    [
      '⚠️ DELEN!!! Er rijdt een witte bus rond bij basisscholen, een man spreekt kinderen aan. Let op je kinderen!!!',
      'DELEN',
    ],
    ['Deel dit!! Alle schooltassen worden gecontroleerd. Kopieer en plak.', 'Kopieer en plak'],
    ['Dit is echt gebeurd!! Een kind is meegenomen door een vreemde. DELEN aub!', 'DELEN aub'],
    ['Let op je kinderen! Vreemde man bij het park. Deel dit bericht!', 'Deel dit bericht'],
    [
      'Kopieer en plak dit naar je eigen tijdlijn, zo beschermen we onze kinderen.',
      'Kopieer en plak',
    ],
    ['⚠️ Er rijdt een wit busje rond bij de scholen, pas op!', 'wit busje'],
    ['Please share! A strange man tried to lure kids into a white van. Beware!', 'Please share'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({ severity: 'warning', article: '6' });
  });

  it.each([
    // A call to share without alarm.
    ['Deel deze vacature gerust in je netwerk! We zoeken een leerkracht voor groep 7.'],
    ['Deel dit bericht met andere ouders die interesse hebben in onze open dag!'],
    ['Kennis delen is fijn: hier mijn lesidee voor groep 5.'],
    // An alarm without the chain pattern.
    ['Pas op je kinderen bij het oversteken, de weg bij school is opgebroken ⚠️'],
    ['Let op: gladheid! Pas op bij het hek. ⚠️'],
    // An official source.
    [
      '⚠️ Witte bus gesignaleerd bij het park, een man spreekt kinderen aan. Bron: politie.nl. Deel dit!',
    ],
    ['Burgernet: vermist kind, let op je omgeving. Deel dit bericht!'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});
