import type { RuleContext } from '../rules/types';
import { NEGATORS, findAll, tokensOf, type NormMatch, type Range, type Token } from '../text/match';
import { sentenceOf } from './ranges';
import type { TextView } from '../text/normalize';

// Clause-bounded reading for the civility signals (art. 4 and bg-civility): capped scans,
// the words of a clause, negation inside it ("geen sukkel"), what comes just before a word,
// and hyphenated compounds. Split from civility.ts (issue 11 item 3).

// ---------------------------------------------------------------------------------------
// Scanning

/** More matches than this in one draft add nothing to a reminder; the cap keeps work linear. */
const MAX_MATCHES = 200;

/** Every match of a global regex in the norm view, at most 200 (see MAX_MATCHES). */
export function scan(view: TextView, re: RegExp): NormMatch[] {
  return findAll(view, re, MAX_MATCHES);
}

// ---------------------------------------------------------------------------------------
// Clauses and negation

// Words that start a new clause: a negator before them does not reach past them.
const CLAUSE_WORDS = new Set(['maar', 'want', 'omdat', 'terwijl', 'but', 'because']);
const CLAUSE_PUNCT = /[,;:()–—"“”]|\s-\s/u;

/** Words of the whole draft, once per analysis. */
function allWords(ctx: RuleContext): readonly Token[] {
  return tokensOf(ctx.view);
}

/** Index of the first word that ends after `pos` (binary search). */
function wordIndexAt(words: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Every caller looks at most a dozen words around a match: bounding the window keeps a
// draft with hundreds of matches in one long sentence linear.
const CLAUSE_REACH_BEFORE = 12;
const CLAUSE_REACH_AFTER = 6;

/**
 * The words of the clause around norm range `r` (a clause ends at , ; : and "maar", and at
 * the sentence end), at most a dozen words before the range and six after it.
 */
export function clauseTokens(ctx: RuleContext, r: Range): Token[] {
  const sentence = sentenceOf(ctx, r.start);
  const norm = ctx.view.norm;
  const words = allWords(ctx);
  const at = wordIndexAt(words, r.start);
  const breaksBefore = (i: number): boolean =>
    i <= 0 ||
    words[i]!.start <= sentence.start ||
    words[i - 1]!.end <= sentence.start ||
    CLAUSE_PUNCT.test(norm.slice(words[i - 1]!.end, words[i]!.start)) ||
    CLAUSE_WORDS.has(words[i]!.text);
  let from = at;
  while (from > 0 && at - from < CLAUSE_REACH_BEFORE && !breaksBefore(from)) from--;
  if (from < words.length && words[from]!.start < sentence.start) from++;
  let to = at;
  while (to < words.length && words[to]!.start < r.end) to++;
  const last = to;
  while (
    to < words.length &&
    to - last < CLAUSE_REACH_AFTER &&
    words[to]!.start < sentence.end &&
    !breaksBefore(to)
  )
    to++;
  return words.slice(from, to);
}

/**
 * True when a negator stands up to 4 words before, or 3 words after ("slecht is het niet"),
 * the range, inside the same clause. "Nog nooit zo'n chaos" is emphasis, not negation.
 */
export function negatedInClause(ctx: RuleContext, r: Range, reach = 4): boolean {
  const words = clauseTokens(ctx, r);
  const first = words.findIndex((w) => w.end > r.start);
  if (first < 0) return false;
  let last = first;
  while (last + 1 < words.length && words[last + 1]!.start < r.end) last++;
  const before = words.slice(Math.max(0, first - reach), first);
  const after = words.slice(last + 1, last + 4);
  const neg = [...before, ...after].find((w) => NEGATORS.has(w.text));
  if (!neg) return false;
  const lead = ctx.view.norm.slice(Math.max(0, neg.start - 4), neg.end + 8);
  return !/nog\s+nooit\s+zo/u.test(lead);
}

/** The word right after norm position `pos` (skipping spaces), or ''. */
export function nextWord(norm: string, pos: number): string {
  const m = /^\s*([\p{L}\p{N}]+(?:['’][\p{L}]+)?)/u.exec(norm.slice(pos, pos + 40));
  return m ? m[1]! : '';
}

/** The text between the start of the clause and `pos`. */
export function clauseBefore(ctx: RuleContext, pos: number): string {
  const words = clauseTokens(ctx, { start: pos, end: pos + 1 });
  const start = words[0]?.start ?? pos;
  return ctx.view.norm.slice(Math.min(start, pos), pos);
}

// What "quoted" means is one thing for every rule: core/text/ranges.ts.

/** True when the match is part of a hyphenated compound ("onzin-rijmpjes", "anti-pest"). */
export function inHyphenCompound(norm: string, r: Range): boolean {
  return (
    /^-\p{L}/u.test(norm.slice(r.end, r.end + 2)) ||
    /\p{L}-$/u.test(norm.slice(r.start - 2, r.start))
  );
}

/** Every match of `re`, once per analysis under `key`. */
export function memoFind(ctx: RuleContext, key: string, re: RegExp): NormMatch[] {
  return ctx.memo(`civility:${key}`, () => scan(ctx.view, re));
}
