import type { RuleContext } from '../rules/types';
import { sentenceIndex, type Range } from '../text/match';
import { quotedRanges, strictlyInside } from '../text/ranges';

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

/** The draft's quoted passages (core/text/ranges.ts says what counts), once per analysis. */
export function quotedIn(ctx: RuleContext): Range[] {
  return ctx.memo('quotedRanges', () => quotedRanges(ctx.view.norm));
}

/** True when `r` lies inside quotation marks: a title or someone else's words. */
export function isQuoted(ctx: RuleContext, r: Range): boolean {
  return quotedIn(ctx).some((q) => strictlyInside(q, r));
}
