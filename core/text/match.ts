import type { Span } from '../types';
import type { TextView } from './normalize';

/** A match in the norm view. */
export type NormMatch = { start: number; end: number; text: string };

const WORD_CHAR = String.raw`[\p{L}\p{N}]`;
/** Start and end of a whole word in the norm view. */
export const WB_START = String.raw`(?<![\p{L}\p{N}])`;
export const WB_END = String.raw`(?![\p{L}\p{N}])`;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One lexicon entry as a regex fragment for the norm view:
 * - a leading or trailing `*` lets the word be part of a compound (`kut*` → kutouders,
 *   `*dossier` → leerlingdossier);
 * - spaces match any run of whitespace;
 * - a doubled letter also matches a single one, because the norm view squeezes
 *   "waaaardeloos" to "wardeloos";
 * - `(…)` groups, `?` and `[…]` classes written by the author are kept:
 *   `vertrouwelijk(e|heid)?`, `groep [1-8]`.
 */
export function entryToRegexSource(entry: string): string {
  let src = entry.trim().toLowerCase();
  const head = src.startsWith('*');
  const tail = src.endsWith('*');
  src = src.replace(/^\*|\*$/g, '');
  // Keep the author's (a|b) groups and ? ; escape everything else.
  src = src
    .split(/(\[[^\]]+\]|[()|?])/)
    .map((part) => (/^(\[[^\]]+\]|[()|?])$/.test(part) ? part : escape(part)))
    .join('');
  src = src.replace(/ +/g, String.raw`\s+`);
  src = src.replace(/([a-z])\1/g, '$1{1,2}');
  return `${head ? `${WORD_CHAR}*` : ''}${src}${tail ? `${WORD_CHAR}*` : ''}`;
}

/** Compiles a word list into one global, whole-word regex over the norm view. */
export function lexicon(entries: readonly string[]): RegExp {
  const alternatives = [...entries]
    .sort((a, b) => b.length - a.length)
    .map(entryToRegexSource)
    .join('|');
  return new RegExp(`${WB_START}(?:${alternatives})${WB_END}`, 'gu');
}

/** Every match of a global regex in the norm view. */
export function findAll(view: TextView, re: RegExp): NormMatch[] {
  const out: NormMatch[] = [];
  re.lastIndex = 0;
  for (const m of view.norm.matchAll(re)) {
    if (m[0].length === 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** True when the regex matches somewhere in the norm view (or in `[from, to)` of it). */
export function has(view: TextView, re: RegExp, from = 0, to = view.norm.length): boolean {
  const text = from === 0 && to === view.norm.length ? view.norm : view.norm.slice(from, to);
  // Global regexes keep state in lastIndex: reset it before and after.
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

/** Maps a norm match back to a span in the user's text. */
export function rawSpan(view: TextView, m: { start: number; end: number }): Span {
  return view.toRaw(m.start, m.end);
}

/** A word in the norm view. */
export type Token = { text: string; start: number; end: number };

/** Words (letters and digits, with inner apostrophes or hyphens) of the norm view. */
export function tokenize(norm: string): Token[] {
  const out: Token[] = [];
  for (const m of norm.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A sentence (or line) of the norm view, half-open range. */
export type Range = { start: number; end: number };

/**
 * Sentences of the norm view: split at . ! ? and line breaks, but not inside numbers
 * ("7.5", "8.30").
 */
export function sentences(norm: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  const re = /(?<!\d)[.!?]+(?!\d)|\n+/g;
  for (const m of norm.matchAll(re)) {
    const end = m.index + m[0].length;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < norm.length) out.push({ start, end: norm.length });
  return out;
}

/** Index of the sentence that holds norm position `pos` (binary search: sentences are sorted). */
export function sentenceIndex(list: readonly Range[], pos: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.min(Math.max(lo, 0), list.length - 1);
}

/** The sentence that holds norm position `pos`. */
export function sentenceAt(sentenceList: readonly Range[], pos: number): Range {
  return sentenceList[sentenceIndex(sentenceList, pos)] ?? { start: 0, end: 0 };
}

/** Words that negate what stands near them (Dutch and English). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'niet',
  'geen',
  'nooit',
  'niets',
  'niks',
  'niemand',
  'nergens',
  'allerminst',
  'not',
  'never',
  'no',
  "isn't",
  "wasn't",
  "aren't",
  "don't",
  "doesn't",
  "didn't",
]);

/**
 * True when a negator stands within 4 words before, or 3 words after (Dutch puts it at the
 * end: "slecht is het niet"), the range — inside the same sentence.
 */
export function isNegated(view: TextView, range: Range, sentenceList?: readonly Range[]): boolean {
  const sentence = sentenceAt(sentenceList ?? sentences(view.norm), range.start);
  const words = tokenize(view.norm.slice(sentence.start, sentence.end)).map((t) => ({
    ...t,
    start: t.start + sentence.start,
    end: t.end + sentence.start,
  }));
  const first = words.findIndex((w) => w.end > range.start);
  if (first < 0) return false;
  let last = first;
  while (last + 1 < words.length && words[last + 1]!.start < range.end) last++;
  const before = words.slice(Math.max(0, first - 4), first);
  const after = words.slice(last + 1, last + 4);
  return [...before, ...after].some((w) => NEGATORS.has(w.text));
}
