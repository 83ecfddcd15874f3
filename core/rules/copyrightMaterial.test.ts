import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const findings = (text: string) =>
  analyze({ text, platform: 'linkedin' }).filter((f) => f.ruleId === 'copyrightMaterial');
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('copyrightMaterial', () => {
  it.each([
    ['Heb alle Pluspunt-werkbladen van blok 5 gescand, wie wil de pdf?', 'Pluspunt'],
    ['Hier de scan van hoofdstuk 3 van Staal spelling', 'Staal'],
    [
      "Foto's van de pagina's uit Veilig Leren Lezen kern 5, voor wie wil oefenen",
      'Veilig Leren Lezen',
    ],
    ['Complete Nieuwsbegrip-les van deze week als pdf in de comments', 'Nieuwsbegrip'],
    ['Werkbladen uit Wereld in Getallen 5, hoofdstuk 7, gescand. DM me!', 'Wereld in Getallen'],
    ['Heeft iemand de PDF van Staal groep 6 voor me?', 'Staal'],
    [
      'Werkbladen van Getal & Ruimte Junior blok 4, download ze via de link in bio',
      'Getal & Ruimte Junior',
    ],
    ['Kopieën van het antwoordenboek van Malmberg liggen klaar', 'Malmberg'],
    ['Hele werkboek van Taal Actief groep 6 als pdf, voor wie het wil!', 'Taal Actief'],
    ['Here are the scans of the Blink worksheets', 'Blink'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({ severity: 'warning', article: 'bg-copyright' });
  });

  it.each([
    ['Mijn eigen werkblad bij Nieuwsbegrip, deel het gerust'],
    ['Zelfgemaakt werkblad bij blok 3 van Pluspunt, download hier'],
    ['Vandaag in groep 5 gewerkt met Pluspunt blok 3'],
    ['Een pluspunt is dat de pdf gratis is'],
    ['Leuke les van SLO over staal en ijzer, pdf hieronder'],
    ['Mooie les over de Mongolen met open lesmateriaal van SLO, link in de reacties'],
    ['De Cito-uitslagen van groep 8 staan in de pdf'],
    ['Gratis proefles van Blink op de website van de uitgever'],
    ['Wie gebruikt ook Wereld in Getallen? Ik ben benieuwd naar jullie ervaringen'],
    ['Nieuwsbegrip-les over de Koningsspelen, hier een foto van de kinderen'],
    ['De estafette op de sportdag was spannend, foto hieronder'],
  ])('nothing for %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

describe('copyrightMaterial: a whole paid book shared', () => {
  it.each([
    [
      "Sharing the full PDF of the new 'Teaching Reading' handbook (normally €39.95), link below.",
      'PDF',
    ],
    [
      "Hier de volledige pdf van het boek 'Leren zichtbaar maken', normaal €45, link in de reacties!",
      'pdf',
    ],
    ['Sharing the whole ebook as a PDF for free, normally $29. You are welcome!', 'PDF'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
  });

  it.each([
    ['Mijn eigen pdf met leesbingo voor groep 4, gratis te downloaden!'],
    ["Het boek 'Rekenen met plezier' is nu ook als pdf te koop via de uitgever."],
    ['De nieuwsbrief staat als pdf op de website, link in de reacties.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});
