import { analyze, type AnalyzeOptions } from '@/core/analyze';
import type { Draft, Finding } from '@/core/types';
import { judgedPart } from './judgedPart';

/** The findings for the draft judged as number `seq` of its box. */
export type Judgement = { seq: number; findings: Finding[] };

/**
 * Judges a draft for a box session; `seq` comes back so a late answer can be told apart.
 * `later` is given a better judgement of the same draft that came after the first one (the
 * worker's, when it answered after the content script had judged with the rules alone).
 */
export type Analyzer = (
  draft: Draft,
  seq: number,
  later?: (judgement: Judgement) => void,
) => Promise<Judgement>;

/**
 * An analyzer that runs `analyze` here, on the long-draft cut as the content script's does:
 * the practice page's (no worker to ask), and the content script's own fallback.
 */
export function localAnalyzer(options: () => Promise<AnalyzeOptions> | AnalyzeOptions): Analyzer {
  return async (draft, seq) => {
    const part = judgedPart(draft.text);
    const judged = part.text === draft.text ? draft : { ...draft, text: part.text };
    return { seq, findings: part.restore(analyze(judged, await options())) };
  };
}
