import type { Span } from '../types';

/**
 * Two views of one draft. `raw` is what the user typed; `norm` is what lexicon rules match
 * against: NFKC, lower case, no diacritics, look-alike letters folded, zero-width characters
 * dropped, leet digits read as letters inside words (`v3rtrouwelijk`), spaced-out letters
 * joined (`v e r t r o u w`), runs of 3+ identical letters squeezed to one. Every norm
 * character remembers the raw range it came from, so spans still point into the original.
 */
export type TextView = {
  readonly raw: string;
  readonly norm: string;
  /** Maps a half-open range of `norm` back to the raw text. */
  toRaw(normStart: number, normEnd: number): Span;
  /**
   * Norm indices (ascending) of letters squeezed from a typed run of 3+ ("waaaardeloos" →
   * the one `a` of "wardeloos"). Only there may a lexicon's doubled letter match a single one.
   */
  readonly stretched?: readonly number[];
};

type Piece = { ch: string; start: number; end: number; stretched?: true };

// Removed in the norm view: zero-width space/non-joiner/joiner, word joiner, BOM, soft
// hyphen, variation selectors. Removing them from the *view* is safe (the raw text, where
// U+200D glues emoji together, is never changed).
const INVISIBLE = /^(?:[\u200B-\u200D\u2060\uFEFF\u00AD]|\uFE0E|\uFE0F)$/;

// Letters from other scripts that look like Latin ones (the usual evasions).
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ո: 'n',
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  ν: 'v',
  χ: 'x',
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ı: 'i',
};

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  '€': 'e',
  $: 's',
};

const LETTER = /\p{L}/u;
/** Letters, with an ASCII fast path (this runs for every character of every draft). */
const isLetter = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(ch);
};

const foldCache = new Map<string, string>();

/** One typed character as the norm view reads it (cached: drafts repeat their characters). */
function foldOne(original: string): string {
  let folded = foldCache.get(original);
  if (folded === undefined) {
    if (INVISIBLE.test(original)) folded = '';
    else {
      folded = '';
      const decomposed = original
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .normalize('NFKC')
        .toLocaleLowerCase('nl');
      for (const ch of decomposed) folded += CONFUSABLES[ch] ?? ch;
    }
    if (foldCache.size < 4096) foldCache.set(original, folded);
  }
  return folded;
}

/** Step 1: per code point NFKC, case fold, strip marks, fold confusables, drop invisibles. */
function foldChars(raw: string): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < raw.length) {
    const code = raw.charCodeAt(i);
    if (code < 128) {
      // ASCII fast path: only upper case needs folding.
      const ch = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : raw[i]!;
      out.push({ ch, start: i, end: i + 1 });
      i++;
      continue;
    }
    const cp = raw.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    for (const ch of foldOne(raw.slice(i, i + len))) out.push({ ch, start: i, end: i + len });
    i += len;
  }
  return out;
}

const WORDISH_RE = /[\p{L}\p{N}@€$]/u;
const WORDISH = {
  test(ch: string): boolean {
    const c = ch.charCodeAt(0);
    if (c < 128)
      return (
        (c >= 97 && c <= 122) ||
        (c >= 65 && c <= 90) ||
        (c >= 48 && c <= 57) ||
        c === 64 ||
        c === 36
      );
    return WORDISH_RE.test(ch);
  },
};

/** An e-mail-like token (letters@letters) is not leet. */
function hasInnerAt(pieces: Piece[], from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) if (pieces[k]!.ch === '@') return true;
  return false;
}

/** Step 2: read leet digits as letters, but only inside words that are mostly letters. */
function readLeet(pieces: Piece[]): Piece[] {
  let i = 0;
  while (i < pieces.length) {
    if (!WORDISH.test(pieces[i]!.ch)) {
      i++;
      continue;
    }
    let j = i;
    let letters = 0;
    let leet = 0;
    let otherDigits = 0;
    while (j < pieces.length && WORDISH.test(pieces[j]!.ch)) {
      const ch = pieces[j]!.ch;
      if (isLetter(ch)) letters++;
      else if (ch in LEET) leet++;
      else otherDigits++;
      j++;
    }
    // Codes like "8a" or "2e" have too few letters to be leet.
    if (
      leet > 0 &&
      letters >= 3 &&
      otherDigits === 0 &&
      leet <= letters &&
      !hasInnerAt(pieces, i, j)
    ) {
      for (let k = i; k < j; k++) {
        const mapped = LEET[pieces[k]!.ch];
        if (mapped) pieces[k] = { ...pieces[k]!, ch: mapped };
      }
    }
    i = j;
  }
  return pieces;
}

const SPACERS = new Set([' ', '.', '*', '_', '-', '·']);

/** Step 3: join runs of 3+ single letters separated by one spacer: "k u t", "B.S.N.". */
function joinSpacedLetters(pieces: Piece[]): Piece[] {
  const n = pieces.length;
  const letter = new Uint8Array(n);
  for (let k = 0; k < n; k++) letter[k] = isLetter(pieces[k]!.ch) ? 1 : 0;
  const single = (k: number): boolean =>
    k < n &&
    letter[k] === 1 &&
    (k === 0 || letter[k - 1] === 0) &&
    (k + 1 >= n || letter[k + 1] === 0);
  const out: Piece[] = [];
  let i = 0;
  while (i < n) {
    if (single(i)) {
      // Collect letter, spacer, letter, spacer, … with the same spacer character.
      const spacer = pieces[i + 1]?.ch;
      let k = i;
      let count = 1;
      if (spacer !== undefined && SPACERS.has(spacer)) {
        while (pieces[k + 1]?.ch === spacer && single(k + 2)) {
          k += 2;
          count++;
        }
      }
      if (count >= 3) {
        for (let r = i; r <= k; r += 2) out.push(pieces[r]!);
        i = k + 1;
        // A trailing dot of an abbreviation ("b.s.n.") belongs to it.
        if (spacer === '.' && pieces[i]?.ch === '.') i++;
        continue;
      }
    }
    out.push(pieces[i]!);
    i++;
  }
  return out;
}

/** Step 4: squeeze runs of 3+ identical letters ("kuttt", "nieeeet") to one. */
function squeezeRepeats(pieces: Piece[], raw: string): Piece[] {
  const out: Piece[] = [];
  // Compare what was typed, so "ideeën" (e, e, ë) is not a repeat.
  const typed = (p: Piece): string => raw.slice(p.start, p.end).toLowerCase();
  let i = 0;
  while (i < pieces.length) {
    const ch = pieces[i]!.ch;
    let j = i + 1;
    while (j < pieces.length && pieces[j]!.ch === ch) j++;
    let squeeze = j - i >= 3 && isLetter(ch);
    if (squeeze) {
      const first = typed(pieces[i]!);
      for (let k = i + 1; k < j && squeeze; k++) squeeze = typed(pieces[k]!) === first;
    }
    if (squeeze) {
      out.push({ ch, start: pieces[i]!.start, end: pieces[j - 1]!.end, stretched: true });
    } else {
      for (let k = i; k < j; k++) out.push(pieces[k]!);
    }
    i = j;
  }
  return out;
}

/** Builds both views of a draft text. Linear in the text length. */
export function makeTextView(raw: string): TextView {
  const pieces = squeezeRepeats(joinSpacedLetters(readLeet(foldChars(raw))), raw);
  const norm = pieces.map((p) => p.ch).join('');
  const starts = new Int32Array(norm.length);
  const ends = new Int32Array(norm.length);
  const stretched: number[] = [];
  let n = 0;
  for (const p of pieces) {
    if (p.stretched) stretched.push(n);
    // A piece is one UTF-16 unit in norm except astral characters (emoji): two units.
    for (let u = 0; u < p.ch.length; u++) {
      starts[n] = p.start;
      ends[n] = p.end;
      n++;
    }
  }
  return {
    raw,
    norm,
    stretched,
    toRaw(normStart: number, normEnd: number): Span {
      if (norm.length === 0) return { start: 0, end: 0 };
      const s = Math.max(0, Math.min(normStart, norm.length - 1));
      const e = Math.max(s + 1, Math.min(normEnd, norm.length));
      return { start: starts[s]!, end: ends[e - 1]! };
    },
  };
}
