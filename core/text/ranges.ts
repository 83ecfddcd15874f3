import type { TextView } from './normalize';
import { sentenceIndex, type Range } from './match';

// One text-range toolkit for every rule and detector (issue 11 item 3): overlap tests,
// quoted passages with one meaning of "quoted", raw ↔ norm positions and sentence look-ups.
// All pure; look-ups are binary searches, so per-match checks stay linear on long drafts.

export type { Range };

/** True when `a` and `b` share at least one character. */
export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && a.end > b.start;
}

/** True when any range of `list` overlaps `r` (a scan: for short lists). */
export function anyOverlap(list: readonly Range[], r: Range): boolean {
  return list.some((x) => overlaps(x, r));
}

/** True when `r` lies strictly inside `outer` (not touching its first or last character). */
export function strictlyInside(outer: Range, r: Range): boolean {
  return r.start > outer.start && r.end < outer.end;
}

/**
 * Matches without overlaps: sorted by start, the longest first at one start, and every match
 * that starts inside the one kept before it dropped.
 */
export function withoutOverlaps<T extends Range>(list: readonly T[]): T[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

// What "quoted" means, everywhere: a passage between double quotes ("…", “…”, „…”) of at
// most 300 characters, or between single quotes ('…', ‘…’) of at most 120 that stand apart
// from a word (so "m'n" and "zo'n … 's" are no quotes), never across a line break. Titles,
// someone else's words, scare quotes.
const DOUBLE_QUOTED = /["“„][^"“”„\n]{1,300}["”]/gu;
const SINGLE_QUOTED = /(?<![\p{L}\p{N}])['‘][^'‘’\n]{1,120}['’](?![\p{L}\p{N}])/gu;

/** The quoted passages of a norm text, marks included, sorted by start. */
export function quotedRanges(norm: string): Range[] {
  const out: Range[] = [];
  for (const re of [DOUBLE_QUOTED, SINGLE_QUOTED]) {
    for (const m of norm.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The first norm index whose character comes from raw index `raw` or later. Binary search:
 * the norm → raw map is monotonic. Returns `norm.length` past the end.
 */
export function normIndexAt(view: TextView, raw: number): number {
  let lo = 0;
  let hi = view.norm.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.toRaw(mid, mid + 1).end <= raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The norm range that covers raw `[start, end)`, or undefined when nothing maps there. */
export function normRangeOf(view: TextView, start: number, end: number): Range | undefined {
  const from = normIndexAt(view, start);
  const to = normIndexAt(view, end);
  return from < to ? { start: from, end: to } : undefined;
}

/** Index of the first item whose `start` is at or after `pos` (list sorted by start). */
export function firstStartingAt(list: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Items of a list sorted by start that overlap `range`, for items no longer than `maxLength`
 * (names, phrases): a binary search instead of a scan of the whole list.
 */
export function overlapping<T extends Range>(
  list: readonly T[],
  range: Range,
  maxLength = 200,
): T[] {
  const out: T[] = [];
  for (let i = firstStartingAt(list, range.start - maxLength); i < list.length; i++) {
    const item = list[i]!;
    if (item.start >= range.end) break;
    if (item.end > range.start) out.push(item);
  }
  return out;
}

/** The sentence (from a sorted, gapless list) that holds `pos`: a binary search. */
export function sentenceIndexAt(list: readonly Range[], pos: number): number {
  return list.length === 0 ? -1 : sentenceIndex(list, pos);
}

/** `range` cut to at most `before` characters before `from` and `after` after `to`. */
export function clamp(range: Range, from: number, to: number, before = 250, after = 250): Range {
  return { start: Math.max(range.start, from - before), end: Math.min(range.end, to + after) };
}

/**
 * The sentence around norm range `[from, to)` (and the `next` sentences after it), cut to a
 * window of a few hundred characters: per-match checks stay linear on a wall of text.
 */
export function sentenceNear(list: readonly Range[], from: number, to: number, next = 0): Range {
  const i = sentenceIndexAt(list, from);
  if (i < 0) return { start: from, end: to };
  const last = list[Math.min(list.length - 1, i + next)]!;
  return clamp({ start: list[i]!.start, end: last.end }, from, to, 250, 250 + next * 150);
}

// Matches are short (words, phrases, a hashtag, a disclaimer): no range is longer than this.
const LONGEST_MATCH = 400;

/**
 * The first of `sorted` (ranges sorted by start, each shorter than 400 characters) that
 * overlaps `r` and is not rejected by `skip`.
 */
export function firstOverlap<T extends Range>(
  sorted: readonly T[],
  r: Range,
  skip?: (x: T) => boolean,
): T | undefined {
  let lo = 0;
  let hi = sorted.length;
  const from = r.start - LONGEST_MATCH;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length && sorted[i]!.start < r.end; i++) {
    const x = sorted[i]!;
    if (x.end > r.start && !skip?.(x)) return x;
  }
  return undefined;
}

/** Sorts ranges by start (a copy). */
export const byStart = <T extends Range>(ranges: readonly T[]): T[] =>
  [...ranges].sort((a, b) => a.start - b.start);
