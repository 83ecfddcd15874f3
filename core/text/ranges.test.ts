import { describe, expect, it } from 'vitest';
import { makeTextView } from './normalize';
import { sentences } from './match';
import {
  anyOverlap,
  clamp,
  firstOverlap,
  normIndexAt,
  normRangeOf,
  overlapping,
  overlaps,
  quotedRanges,
  sentenceNear,
  strictlyInside,
  withoutOverlaps,
} from './ranges';

const r = (start: number, end: number) => ({ start, end });

describe('overlaps and containment', () => {
  it.each([
    [r(0, 5), r(4, 8), true],
    [r(0, 5), r(5, 8), false], // touching ends share no character
    [r(2, 3), r(0, 10), true],
    [r(3, 3), r(0, 10), true], // an empty range inside counts
    [r(10, 12), r(0, 10), false],
  ])('%j ~ %j → %s', (a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
    expect(anyOverlap([r(100, 200), a], b)).toBe(expected);
  });

  it.each([
    [r(0, 10), r(1, 9), true],
    [r(0, 10), r(0, 9), false], // on the opening mark
    [r(0, 10), r(1, 10), false], // on the closing mark
  ])('%j strictly holds %j → %s', (outer, inner, expected) => {
    expect(strictlyInside(outer, inner)).toBe(expected);
  });

  it('overlapping and firstOverlap find the same items as a scan', () => {
    const list = [r(0, 3), r(5, 9), r(8, 12), r(20, 25)];
    expect(overlapping(list, r(6, 10))).toEqual([r(5, 9), r(8, 12)]);
    expect(firstOverlap(list, r(6, 10))).toEqual(r(5, 9));
    expect(firstOverlap(list, r(6, 10), (x) => x.start === 5)).toEqual(r(8, 12));
    expect(firstOverlap(list, r(13, 19))).toBeUndefined();
  });

  it('withoutOverlaps keeps the longest at a start and drops what starts inside it', () => {
    const m = (start: number, end: number, text: string) => ({ start, end, text });
    expect(
      withoutOverlaps([m(5, 7, 'b'), m(0, 4, 'a'), m(0, 2, 'a-'), m(3, 6, 'x'), m(9, 10, 'c')]),
    ).toEqual([m(0, 4, 'a'), m(5, 7, 'b'), m(9, 10, 'c')]);
  });
});

describe('quoted: one meaning for every rule', () => {
  const quoted = (text: string) => {
    const norm = makeTextView(text).norm;
    return quotedRanges(norm).map((q) => norm.slice(q.start, q.end));
  };
  it.each([
    ['Hij zei "wat een sukkel" en liep weg', ['"wat een sukkel"']],
    ['We lezen „De Gruffalo” en ‘Dolfje’', ['„de gruffalo”', '‘dolfje’']],
    ["Zo'n dag, m'n klas, 's ochtends", []], // apostrophes, not quotes
    ['"open\nquote" over a line break', []],
    [`"${'ab'.repeat(150)}"`, [`"${'ab'.repeat(150)}"`]],
    [`"${'ab'.repeat(150)}c"`, []], // 301 characters: too long to be a quote
    [`'${'ab'.repeat(60)}'`, [`'${'ab'.repeat(60)}'`]],
    [`'${'ab'.repeat(60)}c'`, []],
  ])('%s', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});

describe('raw ↔ norm positions', () => {
  // "waaaardeloos" is one squeezed letter in the norm view; a zero-width space is dropped.
  const view = makeTextView('Wat waaaardeloos\u200B!');
  it.each([
    [0, 0],
    [4, 4], // "w" of waaaardeloos
    [6, 5], // inside the run of a: the one squeezed a
    [9, 6], // just after the run: the r
    [10, 7],
  ])('raw %i → norm %i', (raw, norm) => {
    expect(normIndexAt(view, raw)).toBe(norm);
  });

  it('maps past the end to the norm length, and a raw range to its norm range', () => {
    expect(normIndexAt(view, 1000)).toBe(view.norm.length);
    expect(normRangeOf(view, 4, 17)).toEqual(r(4, 13));
    expect(normRangeOf(view, 16, 17)).toBeUndefined(); // only the dropped character
  });
});

describe('sentence look-up', () => {
  const norm = makeTextView('Eerste zin. Tweede zin! Derde zin?').norm;
  const list = sentences(norm);
  it.each([
    [0, 'eerste zin.'],
    [14, 'tweede zin!'],
    [30, 'derde zin?'],
  ])('position %i is in %s', (pos, expected) => {
    const s = sentenceNear(list, pos, pos + 1);
    expect(norm.slice(s.start, s.end).trim()).toBe(expected);
  });

  it('with the next sentence, and cut to a window on a wall of text', () => {
    const s = sentenceNear(list, 0, 1, 1);
    expect(norm.slice(s.start, s.end).trim()).toBe('eerste zin. tweede zin!');
    expect(clamp(r(0, 10_000), 5000, 5001)).toEqual(r(4750, 5251));
  });
});
