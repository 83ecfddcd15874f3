import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const marked = (text: string) =>
  analyze({ text, platform: 'x' })
    .filter((f) => f.ruleId === 'civilitySlur')
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('civilitySlur', () => {
  it.each([
    ['Doe niet zo mongool.', ['mongool']],
    ['Wat een spast.', ['spast']],
    ['Doe niet zo autistisch joh.', ['autistisch']],
    ['Die kutmarokkanen ook.', ['kutmarokkanen']],
    ['Wat een homo!', ['homo']],
    ['That kid is such a retard.', ['retard']],
    ['Jij flikker.', ['flikker']],
    ['Doe niet zo spastisch, joh.', ['spastisch']],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['Groep 7 leert over de Mongolen en Dzjengis Khan.'],
    ['Vrijdag is het Paarse Vrijdag, homo-acceptatie vinden we belangrijk.'],
    ['Onze leerling met autisme doet het goed.'],
    ['Ik ben zelf autist en geef les in groep 5.'],
    ['Bij muziek speelde een leerling fagot.'],
    ['Groep 6 zocht Niger op de kaart van Afrika.'],
    ['Het flikkerende licht in het lokaal is gemaakt.'],
    ['Flikker op met je studiedag.'], // swearing, not a slur
    ['We negeren het geroddel.'],
    ['Een leerling met een spastische verlamming doet mee met gym.'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
});

// Racist tropes as real posts use them (c6, 2026-12-03).
describe('civilitySlur: racist tropes', () => {
  it.each([
    ['Zwarte Piet is knapper dan die boomaap', 'boomaap'],
    ['Ga lekker terug naar die klapperboom waar je bent uitgevallen!!', 'klapperboom'],
    ['Opdonderen naar het oerwoud', 'naar het oerwoud'],
    // c8 (real posts quoted by rulings, 2026-12-03)
    ['Laten we die zwarte apen daar lekker laten zitten', 'zwarte apen'],
    ['Wat moet dat islamtuig hier', 'islamtuig'],
    ['Terug de hete zandbak in.', 'hete zandbak'],
  ])('%s → marks %s', (text, word) => {
    expect(marked(text)).toEqual([word]);
  });
  it.each([
    ['In het oerwoud wonen veel apen, leren we in groep 5.'],
    ['Groep 3 speelt vandaag in de zandbak, heerlijk warm zand!'],
    ['De zwarte en bruine apen in Artis waren de favoriet van groep 4.'],
    ['We hebben een choc ice gegeten na de gym 🍦'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
});
