import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const findings = (text: string) =>
  analyze({ text, platform: 'instagram' }).filter((f) => f.ruleId === 'civilityProfanity');
const marked = (text: string) =>
  findings(text).map((f) => [text.slice(f.span!.start, f.span!.end), f.severity]);

describe('civilityProfanity', () => {
  it.each([
    ['Wat een kutdag vandaag.', [['kutdag', 'warning']]],
    ['KUTTTT', [['KUTTTT', 'warning']]],
    ['Klotezooi met die printer.', [['Klotezooi', 'warning']]],
    ['Godverdomme, weer geen koffie.', [['Godverdomme', 'warning']]],
    ['gvd wat een gedoe', [['gvd', 'warning']]],
    ['f*** deze maandag', [['f***', 'warning']]],
    ['Dit was echt k u t', [['k u t', 'warning']]],
    ['Wat een k*tzooi', [['k*tzooi', 'warning']]],
    ['What the fuck is dit', [['fuck', 'warning']]],
    ['Fucking studiedag', [['Fucking', 'warning']]],
    ['Hou je bek', [['Hou je bek', 'warning']]],
    ['Flikker op met je studiedag.', [['Flikker op', 'warning']]],
    ['Shit, vergeten de nieuwsbrief te sturen.', [['Shit', 'info']]],
    ['Verdomme, de printer weer.', [['Verdomme', 'info']]],
    ['Daan riep "kut" en we praatten erover.', [['kut', 'info']]],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['We hebben een muts gebreid en de kinderen kregen een beurt.'],
    ['Naaien met groep 6, poep-grapjes en eikels zoeken.'],
    ['Mijn nicht komt logeren; balen dat het regent.'],
    ['Het potje is leeg, de paal staat in het gat bij het hol van de vos.'],
    ['Niet spuiten met water, niet zuigen op je pen, geen watje zijn, schatje!'],
    ['Hoera, vakantie!'],
    ['Klootschieten met het team was gezellig.'],
    ['We werden zeiknat op de sportdag.'],
    ['Dick Bruna schreef Nijntje.'],
    ['Groep 5 kookte shiitake-soep.'],
    ['Het fruit werd rot op de vensterbank, dus we gooiden het weg.'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it('leaves slurs and disease curses to their own rules', () => {
    expect(marked('Die kutmarokkanen ook.')).toEqual([]);
    expect(marked('Wat een kankerweer.')).toEqual([]);
  });
});

// Masked words as real posts mask them (c6: posts that rulings and news quote, 2026-12-03).
describe('civilityProfanity: masked words', () => {
  it.each([
    ['Look at this stupid c***, he should be ashamed.', 'c***'],
    ['I want these r****** out of my flat now!', 'r******'],
    ['die k*nker politici snappen er niks van', 'k*nker'],
  ])('%s → marks %s', (text, word) => {
    const f = analyze({ text, platform: 'x' }).filter((x) => x.ruleId === 'civilityProfanity');
    expect(f.map((x) => text.slice(x.span!.start, x.span!.end))).toEqual([word]);
  });
  it.each([
    ['5***** hotel, loved the pool!'],
    ['Dit is **belangrijk**: morgen geen school.'],
    ['Beoordeling: ****, een aanrader voor groep 8.'],
  ])('nothing in %s', (text) => {
    expect(
      analyze({ text, platform: 'x' }).filter((x) => x.ruleId === 'civilityProfanity'),
    ).toEqual([]);
  });
});
