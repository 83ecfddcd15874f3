import { describe, expect, it } from 'vitest';
import { makeTextView } from './normalize';

/** The raw text behind the first occurrence of `needle` in the norm view. */
function rawOf(text: string, needle: string): string {
  const view = makeTextView(text);
  const i = view.norm.indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not in norm view "${view.norm}"`);
  const span = view.toRaw(i, i + needle.length);
  return text.slice(span.start, span.end);
}

describe('makeTextView', () => {
  it.each([
    ['Dit is VERTROUWELIJK', 'dit is vertrouwelijk'],
    ['v3rtr0uwelijk', 'vertrouwelijk'],
    ['v e r t r o u w e l i j k', 'vertrouwelijk'],
    ['ver\u200Btrou\u2060welijk', 'vertrouwelijk'],
    ['vеrtrouwelijk', 'vertrouwelijk'], // Cyrillic е
    ['ⓥⓔⓡⓣⓡⓞⓤⓦⓔⓛⓘⓙⓚ', 'vertrouwelijk'],
    ['ＶＥＲＴＲＯＵＷＥＬＩＪＫ', 'vertrouwelijk'],
    ['B.S.N.', 'bsn'],
    ['kuttttt', 'kut'],
    ['Café, ideeën en naïef', 'cafe, ideeen en naief'],
  ])('%j reads as %j', (raw, norm) => {
    expect(makeTextView(raw).norm).toBe(norm);
  });

  it.each([
    ['06-12345678'],
    ['NL91ABNA0417164300'],
    ['groep 8a en 2e klas'],
    ['juf@musselhorst.nl'],
    ['om 8.30 uur, €12,50'],
  ])('leaves numbers, codes and addresses as they are: %j', (raw) => {
    expect(makeTextView(raw).norm).toBe(raw.toLowerCase());
  });

  it('keeps emoji sequences intact apart from invisible joiners', () => {
    expect(makeTextView('Top 🏃‍♀️!').norm).toBe('top 🏃♀!');
  });

  it.each([
    ['Hallo, dit is V3RTROUWELIJK hoor', 'vertrouwelijk', 'V3RTROUWELIJK'],
    ['Echt v e r t r o u w e l i j k!', 'vertrouwelijk', 'v e r t r o u w e l i j k'],
    ['zo ver\u200Btrouwelijk', 'vertrouwelijk', 'ver\u200Btrouwelijk'],
    ['Wat een kuttttdag', 'kutdag', 'kuttttdag'],
    ['😀 Ideeën!', 'ideeen', 'Ideeën'],
  ])('spans map back to the original text: %j', (raw, needle, expected) => {
    expect(rawOf(raw, needle)).toBe(expected);
  });

  it('an empty text has empty views', () => {
    const view = makeTextView('');
    expect(view.norm).toBe('');
    expect(view.toRaw(0, 0)).toEqual({ start: 0, end: 0 });
  });
});
