import type { TextView } from './normalize';
import { viewCached } from './viewCache';

// Word look-ups shared by every lexicon of one analysis: a lexicon asks "where do the words
// that can start one of my entries stand?" instead of running its regex at every position.

const WORD_CP = /[\p{L}\p{N}]/u;

/** True when the code point at `i` of `s` is a letter or digit (what `\p{L}\p{N}` means). */
export function isWordAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) return WORD_CP.test(s.slice(i, i + 2));
  return WORD_CP.test(s[i]!);
}

/** True when the code point that ends just before `i` is a letter or digit. */
export function isWordBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return isWordAt(s, i - 2);
  }
  return isWordAt(s, i - 1);
}

/** Length in UTF-16 units of the code point at `i`. */
export function cpLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const lo = s.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return 2;
  }
  return 1;
}

/** Every maximal run of letters and digits of a text, with where it stands. */
export type WordIndex = {
  /** Start of each word, ascending. */
  readonly starts: readonly number[];
  /** Each word, in text order. */
  readonly words: readonly string[];
};

/** Splits `s` into words (maximal runs of letters and digits) in one pass. */
export function buildWordIndex(s: string): WordIndex {
  const starts: number[] = [];
  const words: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    if (!isWordAt(s, i)) {
      i += cpLength(s, i);
      continue;
    }
    const start = i;
    while (i < n && isWordAt(s, i)) i += cpLength(s, i);
    starts.push(start);
    words.push(s.slice(start, i));
  }
  return { starts, words };
}

/** The word index of a view's norm text, built once per view. */
export function wordIndexOf(view: TextView): WordIndex {
  return viewCached(view, 'words', () => buildWordIndex(view.norm));
}
