import { ARTICLE_IDS, type ArticleId } from '../types';
import { fnv1a, type FeatureSet } from './features';
import { loadModel, scoreFeatures } from './model';
import { TRAIN_DEFAULTS, trainOnFeatures, type LabelledDraft, type TrainOptions } from './train';

/**
 * Out-of-fold scores: each draft scored by a model trained on every other fold, never on
 * itself, so thresholds chosen on them see how the model does on text it has not read (the
 * writers' own phrasings) instead of how well it remembers its training drafts.
 *
 * Returns, per draft, one logit per article of ARTICLE_IDS (index as there): -Infinity where
 * the fold's model has no head for it, or where the draft is too short for the model to
 * speak (`speaks[i]` false).
 */
export function outOfFoldLogits(
  data: readonly LabelledDraft[],
  features: readonly FeatureSet[],
  speaks: readonly boolean[],
  folds: readonly number[],
  options: TrainOptions = TRAIN_DEFAULTS,
): Float64Array[] {
  const out = data.map(() => new Float64Array(ARTICLE_IDS.length).fill(-Infinity));
  for (const fold of [...new Set(folds)].sort((a, b) => a - b)) {
    const inFold = (i: number) => folds[i] === fold;
    const train = data.flatMap((d, i) => (inFold(i) ? [] : [i]));
    const stored = trainOnFeatures(
      train.map((i) => data[i]!),
      train.map((i) => features[i]!),
      options,
    );
    const model = loadModel(stored);
    const column = stored.heads.map((h) => ARTICLE_IDS.indexOf(h.article));
    data.forEach((_, i) => {
      if (!inFold(i) || !speaks[i]) return;
      const logits = scoreFeatures(model, features[i]!);
      column.forEach((a, h) => (out[i]![a] = logits[h]!));
    });
  }
  return out;
}

/** A draft's fold of `k`, by a seeded hash of its key: the same on every run. */
export const foldOf = (key: string, k: number, seed: number): number => fnv1a(`${seed}:${key}`) % k;

/**
 * Who wrote a training draft, from its key (`w7-batch03.jsonl:w7-0012` → `w7`; the project's
 * own files by name: `corpus`, `holdout-dev`, `second-dev`): leave-one-writer-out folds.
 */
export function writerOf(key: string): string {
  const file = key.slice(0, key.indexOf(':'));
  return file.replace(/\.jsonl$/, '').replace(/-batch\d+$/, '');
}

/** The logits of the articles named, in that order, from ARTICLE_IDS-indexed logits. */
export function columns(
  logits: readonly Float64Array[],
  articles: readonly ArticleId[],
): Float64Array[] {
  const at = articles.map((a) => ARTICLE_IDS.indexOf(a));
  return logits.map((row) => Float64Array.from(at, (a) => row[a]!));
}
