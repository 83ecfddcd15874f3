import type { TextView } from '../text/normalize';
import { sentenceIndex, type Range } from '../text/match';

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
