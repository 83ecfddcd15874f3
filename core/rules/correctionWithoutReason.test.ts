import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const findings = (text: string) =>
  analyze({ text, platform: 'x' }).filter((f) => f.ruleId === 'correctionWithoutReason');
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('correctionWithoutReason', () => {
  it.each([
    ['EDIT: vorige bericht aangepast.', 'aangepast'],
    ['Ik heb mijn eerdere post over de ouderavond verwijderd.', 'verwijderd'],
    ['Update op mijn vorige tweet: de tijden zijn aangepast.', 'aangepast'],
    ['Eerdere post weggehaald.', 'weggehaald'],
    ['Edited my earlier post.', 'Edited'],
    ["Heb de foto's van mijn vorige bericht weggehaald.", 'weggehaald'],
    ['Post aangepast 👍', 'aangepast'],
    ['Mijn vorige post over de staking heb ik offline gehaald.', 'offline gehaald'],
    ['Update: mijn bericht van vanochtend is gewijzigd.', 'gewijzigd'],
    ['Removed my previous tweet about the school trip.', 'Removed'],
    ["Ik heb de foto's weggehaald.", 'weggehaald'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({ severity: 'info', article: 'bg-correction' });
  });

  it.each([
    ['Update: de schoolreis gaat gewoon door! 🚌'],
    ['Correctie op mijn vorige bericht: ik had de verkeerde datum genoemd, sorry!'],
    ['Ik heb mijn vorige post verwijderd omdat er per ongeluk een kind herkenbaar op stond.'],
    ['Het gymrooster is aangepast, de nieuwe versie staat in de ouderapp.'],
    ['Bericht verwijderd op verzoek van een ouder.'],
    ['EDIT: de ouderavond begint om 19.30 uur in plaats van 19.00 uur.'],
    ['Oeps, typfout in mijn vorige bericht aangepast.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

describe('correctionWithoutReason: on the quiet', () => {
  it.each([
    [
      'Stiekem mijn post van vanochtend aangepast, de tijd klopte niet. Niemand heeft het gemerkt 😇',
      'aangepast',
    ],
    [
      'Tweet van vanochtend over de ouderavond even verwijderd. Zoek er niets achter.',
      'verwijderd',
    ],
    ['Quietly edited my post from this morning, nobody noticed 🤫', 'edited'],
  ])('%s → a warning at %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]!.severity).toBe('warning');
  });

  it.each([
    ['Correctie op mijn bericht van gisteren: de ouderavond is donderdag, niet woensdag. Sorry!'],
    ['Stiekem een extra koekje gegeten in de personeelskamer 🍪'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

describe('correctionWithoutReason: a hint instead of a reason', () => {
  it('"ik zeg verder niks 🤐" is on the quiet', () => {
    expect(findings('Bericht van gisteren weggehaald, ik zeg verder niks 🤐')[0]?.severity).toBe(
      'warning',
    );
  });
});
