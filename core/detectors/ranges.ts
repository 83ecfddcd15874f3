import type { RuleContext } from '../rules/types';
import { sentenceIndex, type Range } from '../text/match';

// Range look-ups that stay fast on long drafts: binary search instead of scanning every
// sentence or every match for every hit (which is quadratic on adversarial input).

/** The sentence around norm position `pos`. */
export function sentenceOf(ctx: RuleContext, pos: number): Range {
  const list = ctx.sentences;
  return list[sentenceIndex(list, pos)] ?? { start: 0, end: ctx.view.norm.length };
}

/** The sentence around `pos` widened by `neighbours` sentences on each side. */
export function windowOf(ctx: RuleContext, pos: number, neighbours = 1): Range {
  const list = ctx.sentences;
  if (list.length === 0) return { start: 0, end: ctx.view.norm.length };
  const i = sentenceIndex(list, pos);
  return {
    start: list[Math.max(0, i - neighbours)]!.start,
    end: list[Math.min(list.length - 1, i + neighbours)]!.end,
  };
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
