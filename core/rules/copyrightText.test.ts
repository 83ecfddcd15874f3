import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const findings = (text: string) =>
  analyze({ text, platform: 'linkedin' }).filter((f) => f.ruleId === 'copyrightText');
const marked = (text: string) =>
  findings(text).map((f) => (f.span ? text.slice(f.span.start, f.span.end) : ''));

const LYRICS = [
  'Hier de songtekst van het nieuwe liedje:',
  'Regel een van het lied gaat zo',
  'Regel twee van het lied gaat zo',
  'Regel drie van het lied gaat zo',
  'Regel vier van het lied gaat zo',
].join('\n');
const longQuote = `Uit de krant: "${Array.from({ length: 45 }, (_, i) => `woord${i}`).join(' ')}"`;

describe('copyrightText', () => {
  it.each([
    [
      'Ik heb het hele artikel uit de krant hieronder gekopieerd, want het zit achter een betaalmuur.',
      'hele artikel uit de krant hieronder',
    ],
    ['Integraal overgenomen uit het AD: De school...', 'Integraal overgenomen'],
    ['Hieronder de volledige tekst van het artikel uit Trouw', 'Hieronder de volledige tekst'],
    ['Copy-paste uit de Volkskrant: "Leraren verdienen meer"', 'Copy-paste uit'],
    [
      'Het hele boek van Dolfje Weerwolfje voorgelezen en opgenomen, hier de video',
      'hele boek van Dolfje Weerwolfje voorgelezen',
    ],
    ['Copied from the newspaper, full article below', 'Copied from the newspaper'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({ severity: 'warning', article: 'bg-copyright' });
  });

  it('song lyrics that follow their announcement are a warning', () => {
    expect(marked(LYRICS)).toEqual(['songtekst']);
    expect(findings(LYRICS)[0]?.severity).toBe('warning');
  });

  it('a quote of more than 40 words is an info', () => {
    const [f, ...rest] = findings(longQuote);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('info');
    expect(longQuote.slice(f!.span!.start, f!.span!.end)).toMatch(/^"woord0 .* woord44"$/);
  });

  it('a verse layout with music notes is an info without a span', () => {
    const song =
      '🎶 We zingen vandaag:\nIk heb een toeter op mijn step\nen ik rij door de stad\nmet mijn vrienden in de zon\nhet is een mooie dag';
    expect(findings(song)).toMatchObject([{ severity: 'info' }]);
  });

  it.each([
    ['Lees hier het hele artikel: https://nos.nl/artikel/1'],
    ['Lees het hele artikel in de Volkskrant van vandaag.'],
    ['Wie weet de songtekst van het afscheidslied?'],
    ['Zoals Maria Montessori zei: "Help mij het zelf te doen."'],
    ['Het hele boek uitgelezen in één weekend, aanrader!'],
    [`${LYRICS}\n(zelf geschreven door groep 8)`],
    ['Het Wilhelmus geoefend met groep 7, het eerste couplet kennen ze al!'],
    [
      'Groep 8 schreef zelf het afscheidslied 🎵\nAcht jaar samen op school\nNu gaan wij de wereld in\nDag juf, dag meester\nWe zullen jullie missen',
    ],
    ['Niet zomaar copy-pasten in je werkstuk, leerden we vandaag.'],
  ])('nothing for %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});
