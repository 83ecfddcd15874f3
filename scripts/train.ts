// `npm run train`: trains the second reader (core/model) from the training files under
// tests/corpus/ and writes core/model/weights.json. Deterministic: same files, same bytes
// (core/model/weights.test.ts checks the committed weights against a fresh run).
//
// Data, kept apart from evaluation:
// - trained on: tests/corpus/corpus.jsonl, tests/corpus/train/*.jsonl and both dev halves
//   (tests/corpus/holdout-dev.jsonl, tests/corpus/second-dev.jsonl);
// - thresholds chosen on the same drafts' out-of-fold scores (5 seeded folds: each draft
//   scored by a model that did not train on it), then the final model trained on all of them;
// - never read here: tests/corpus/holdout-test.jsonl and every blind set, except to leave
//   out any training or dev draft near one of their drafts (scripts/apart.ts; counts only).
//
// New writers' batches come in with scripts/import-train.ts (schema, errata, kept apart).
import { readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze, warnedArticles } from '../core/analyze';
import type { StoredModel } from '../core/model/model';
import { foldOf, outOfFoldLogits } from '../core/model/crossval';
import { featureSet, type FeatureSet } from '../core/model/features';
import { longEnough, rulesSpokeOn } from '../core/model/reader';
import {
  THRESHOLD_DEFAULTS,
  TRAIN_DEFAULTS,
  asAnyProblem,
  chooseGate,
  chooseThresholds,
  withGate,
  trainOnFeatures,
  withThresholds,
  type DevDraft,
  type LabelledDraft,
  type TrainOptions,
} from '../core/model/train';
import { makeTextView } from '../core/text/normalize';
import { ARTICLE_IDS } from '../core/types';
import { loadCorpus, type CorpusEntry } from '../tests/corpus/evaluate';
import { blindIndex } from './apart';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = join(root, 'tests/corpus');
const trainDir = join(corpusDir, 'train');
export const WEIGHTS_FILE = join(root, 'core/model/weights.json');

/** The training files: the main corpus and every file under tests/corpus/train/. */
export function trainingFiles(): string[] {
  let extra: string[] = [];
  try {
    extra = readdirSync(trainDir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
      .map((f) => join(trainDir, f));
  } catch {
    // no training files yet
  }
  return [join(corpusDir, 'corpus.jsonl'), ...extra];
}

const labelled = (file: string, e: CorpusEntry): LabelledDraft => ({
  key: `${basename(file)}:${e.id}`,
  draft: { text: e.text, platform: e.platform, isReply: e.isReply, hasMedia: e.hasMedia },
  role: e.role,
  expect: e.expect,
});

/** What the rules say about a dev draft (the model only speaks where they did not warn). */
function withRules(d: LabelledDraft): DevDraft {
  const ruled = warnedArticles(analyze(d.draft, { role: d.role }));
  return { ...d, ruled, rulesWarn: ruled.size > 0 };
}

/** How many folds the out-of-fold scores are made with. */
export const FOLDS = 5;

/** The data, the out-of-fold scores the thresholds were chosen on, and the final model. */
export type Trained = {
  /** Every labelled draft trained on, with what the rules said about it. */
  drafts: DevDraft[];
  /** The feature set of each draft and whether the model may speak on it (long enough). */
  features: FeatureSet[];
  speaks: boolean[];
  /** Out-of-fold logits (FOLDS folds), per draft per article of ARTICLE_IDS. */
  outOfFold: Float64Array[];
  /** Out-of-fold logits of the any-problem head, per draft (-Infinity: too short). */
  gateOutOfFold: number[];
  /** The model trained on all drafts, with the thresholds chosen on the out-of-fold logits. */
  model: StoredModel;
  /** Drafts left out because they are near a blind draft, and because their text came before. */
  apart: number;
  repeated: number;
};

/** Every labelled draft `npm run train` reads: the training files and both dev halves. */
export function trainingDrafts(): { drafts: LabelledDraft[]; apart: number; repeated: number } {
  const blind = blindIndex();
  const read = (file: string) =>
    loadCorpus(file)
      .filter((e) => e.label !== 'borderline')
      .map((e) => labelled(file, e));
  const every = [
    ...trainingFiles().flatMap(read),
    ...read(join(corpusDir, 'holdout-dev.jsonl')),
    ...read(join(corpusDir, 'second-dev.jsonl')),
  ];
  const apartFromBlind = every.filter((d) => !blind.near(d.draft.text));
  // The same text twice (a writer repeating a draft, or two writers) is read once: the first.
  const seen = new Set<string>();
  const drafts = apartFromBlind.filter((d) => {
    const text = d.draft.text.toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
  return {
    drafts,
    apart: every.length - apartFromBlind.length,
    repeated: apartFromBlind.length - drafts.length,
  };
}

/** The project's own files, written like the evaluation sets (the rest: writers' batches). */
export const isProjectDraft = (d: LabelledDraft): boolean =>
  /^(corpus|holdout-dev|second-dev)\.jsonl:/.test(d.key);

/** The drafts with their training weight (TrainOptions.projectWeight for the project's own). */
export const weighed = <D extends LabelledDraft>(
  drafts: readonly D[],
  options: TrainOptions,
): D[] => drafts.map((d) => (isProjectDraft(d) ? { ...d, weight: options.projectWeight } : d));

/** The training drafts with the rules' findings, their feature sets, and where the model may speak. */
export function prepare(): Pick<Trained, 'drafts' | 'features' | 'speaks' | 'apart' | 'repeated'> {
  const { drafts: labelledDrafts, apart, repeated } = trainingDrafts();
  const drafts = labelledDrafts.map(withRules);
  const views = drafts.map((d) => makeTextView(d.draft.text));
  const features = drafts.map((d, i) => featureSet(views[i]!, d.draft, d.role));
  return { drafts, features, speaks: views.map(longEnough), apart, repeated };
}

/**
 * Trains the second reader: out-of-fold logits on every draft (FOLDS seeded folds), the
 * thresholds chosen on them (rules and model together warn ≤ 2% of the clean drafts), then
 * the final model trained on all drafts with those thresholds.
 */
export function trainAll(options: TrainOptions = TRAIN_DEFAULTS): Trained {
  const prepared = prepare();
  const { features, speaks, apart, repeated } = prepared;
  const drafts = weighed(prepared.drafts, options);
  const folds = drafts.map((d) => foldOf(d.key, FOLDS, options.seed));
  const outOfFold = outOfFoldLogits(drafts, features, speaks, folds, options);
  const thresholds = chooseThresholds(ARTICLE_IDS, outOfFold, drafts, THRESHOLD_DEFAULTS);
  const articles = withThresholds(
    trainOnFeatures(drafts, features, options),
    new Map(ARTICLE_IDS.map((a, h) => [a, thresholds[h]!])),
  );
  // The any-problem head: its threshold on the drafts nothing else warned on out of fold,
  // then trained on all drafts.
  const warned = drafts.map(
    (d, i) =>
      d.rulesWarn ||
      ARTICLE_IDS.some((a, h) => !rulesSpokeOn(a, d.ruled) && outOfFold[i]![h]! >= thresholds[h]!),
  );
  const anyProblem = asAnyProblem(drafts);
  const gateOutOfFold = outOfFoldLogits(anyProblem, features, speaks, folds, options).map(
    (row) => row[0]!,
  );
  const gateThreshold = chooseGate(gateOutOfFold, drafts, warned);
  const model = withGate(articles, trainOnFeatures(anyProblem, features, options), gateThreshold);
  return { drafts, features, speaks, outOfFold, gateOutOfFold, model, apart, repeated };
}

/** core/model/weights.json for a model: where it came from, then the numbers. */
export function weightsJson(model: StoredModel, drafts: number): string {
  const stored: StoredModel & { about: string } = {
    about: `Generated by npm run train (scripts/train.ts) from ${drafts} training drafts. Do not edit.`,
    version: model.version,
    bucketBits: model.bucketBits,
    heads: model.heads,
    ...(model.gate ? { gate: model.gate } : {}),
    data: model.data,
  };
  return `${JSON.stringify(stored, null, 2)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const { drafts, model, apart, repeated } = trainAll();
  writeFileSync(WEIGHTS_FILE, weightsJson(model, drafts.length));
  const bytes = Math.ceil((model.data.length * 3) / 4);
  console.log(
    `trained on ${drafts.length} drafts (${apart} left out: near a blind draft; ${repeated} repeated texts read once), thresholds on their ${FOLDS}-fold out-of-fold scores, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(`weights: ${bytes} bytes (${model.data.length} base64 characters)`);
  for (const h of model.heads) console.log(`  ${h.article.padEnd(14)} threshold ${h.threshold}`);
  if (model.gate) console.log(`  any problem    threshold ${model.gate.threshold}`);
}
