import { makeTextView } from '../text/normalize';
import type { ArticleId, Draft, Role } from '../types';
import { ARTICLE_IDS } from '../types';
import { BUCKETS, BUCKET_BITS, featureSet, type FeatureSet } from './features';
import {
  loadModel,
  packWeights,
  rowsOf,
  scoreDraft,
  unpackWeights,
  type StoredHead,
  type StoredModel,
} from './model';
import { longEnough, rulesSpokeOn } from './reader';

/** One labelled draft as training and threshold setting read it. */
export type LabelledDraft = {
  /** Unique within the data (file name and id): decides the dev split. */
  key: string;
  draft: Draft;
  role: Role;
  expect: readonly ArticleId[];
  /** How much this draft counts in training (1 when left out). */
  weight?: number;
};

/** The knobs of training; the defaults are what `npm run train` uses. */
export type TrainOptions = {
  seed: number;
  epochs: number;
  /** FTRL's per-coordinate learning rate (alpha). */
  rate: number;
  /** L1 penalty: weights it outweighs are exactly zero (a sparse model). */
  l1: number;
  /** L2 penalty. */
  l2: number;
  /** An article gets a head when the training split has at least this many drafts for it. */
  minPositives: number;
  /** Weights kept per head after pruning (the largest by magnitude). */
  keepPerHead: number;
  /** Positives weigh sqrt(negatives/positives), at most this much. */
  positiveCap: number;
  /**
   * What a draft of the project's own files (corpus.jsonl and the dev halves, written like
   * the evaluation sets) counts against one writer's draft (scripts/train.ts gives each its weight).
   */
  projectWeight: number;
};

export const TRAIN_DEFAULTS: TrainOptions = {
  seed: 20261201,
  epochs: 6,
  rate: 1,
  l1: 0.5,
  l2: 1,
  minPositives: 20,
  keepPerHead: 12000,
  positiveCap: 8,
  projectWeight: 1,
};

/** mulberry32: a small seeded generator, so the shuffles are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (x: number, digits: number): number => Number(x.toPrecision(digits));

/**
 * Trains one logistic-regression head per article that has enough drafts: FTRL-Proximal over
 * the hashed features, with L1 and L2, positives weighted up by the square
 * root of the class ratio (capped), in seeded random order. Then prunes each head to its
 * largest weights and quantises them to int8 with one scale per head. Thresholds are left
 * shut (setThresholds opens them). Deterministic: same data and options, same bytes.
 */
export function trainModel(
  data: readonly LabelledDraft[],
  options: TrainOptions = TRAIN_DEFAULTS,
): StoredModel {
  return trainOnFeatures(data, data.map(featuresOf), options);
}

/** The feature set of one labelled draft, as training and cross-validation read it. */
export const featuresOf = (d: LabelledDraft): FeatureSet =>
  featureSet(makeTextView(d.draft.text), d.draft, d.role);

/** trainModel on feature sets computed once (cross-validation trains many models on them). */
export function trainOnFeatures(
  data: readonly LabelledDraft[],
  features: readonly FeatureSet[],
  options: TrainOptions = TRAIN_DEFAULTS,
): StoredModel {
  const counts = new Map<ArticleId, number>();
  for (const d of data) for (const a of new Set(d.expect)) counts.set(a, (counts.get(a) ?? 0) + 1);
  const articles = ARTICLE_IDS.filter((a) => (counts.get(a) ?? 0) >= options.minPositives);
  const H = articles.length;
  const labels = data.map((d) => Uint8Array.from(articles, (a) => (d.expect.includes(a) ? 1 : 0)));
  const positiveWeight = articles.map((a) => {
    const pos = counts.get(a)!;
    return Math.min(options.positiveCap, Math.sqrt((data.length - pos) / pos));
  });

  // FTRL-Proximal (per-coordinate rates; L1 makes most weights exactly zero, L2 keeps the
  // rest small): McMahan et al., "Ad Click Prediction: a View from the Trenches", KDD 2013.
  const Z = new Float64Array(BUCKETS * H);
  const N = new Float64Array(BUCKETS * H);
  const W = new Float64Array(BUCKETS * H);
  const bias = new Float64Array(H);
  const biasZ = new Float64Array(H);
  const biasN = new Float64Array(H);
  const z = new Float64Array(H);
  const g = new Float64Array(H);
  const random = seededRandom(options.seed);
  const order = data.map((_, i) => i);
  const { rate: alpha, l1, l2 } = options;
  const beta = 1;
  const weightOf = (zi: number, ni: number, lambda1: number): number =>
    Math.abs(zi) <= lambda1
      ? 0
      : -(zi - Math.sign(zi) * lambda1) / ((beta + Math.sqrt(ni)) / alpha + l2);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const d of order) {
      const { buckets, value } = features[d]!;
      const y = labels[d]!;
      const weight = data[d]!.weight ?? 1;
      for (let h = 0; h < H; h++) {
        bias[h] = weightOf(biasZ[h]!, biasN[h]!, 0);
        z[h] = bias[h]!;
      }
      for (let k = 0; k < buckets.length; k++) {
        const base = buckets[k]! * H;
        for (let h = 0; h < H; h++) {
          const w = weightOf(Z[base + h]!, N[base + h]!, l1);
          W[base + h] = w;
          z[h]! += w * value;
        }
      }
      for (let h = 0; h < H; h++) {
        const p = 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, z[h]!))));
        g[h] = (y[h] ? (p - 1) * positiveWeight[h]! : p) * weight;
        const sigma = (Math.sqrt(biasN[h]! + g[h]! * g[h]!) - Math.sqrt(biasN[h]!)) / alpha;
        biasZ[h]! += g[h]! - sigma * bias[h]!;
        biasN[h]! += g[h]! * g[h]!;
      }
      for (let k = 0; k < buckets.length; k++) {
        const base = buckets[k]! * H;
        for (let h = 0; h < H; h++) {
          const at = base + h;
          const grad = g[h]! * value;
          const n = N[at]!;
          const sigma = (Math.sqrt(n + grad * grad) - Math.sqrt(n)) / alpha;
          Z[at]! += grad - sigma * W[at]!;
          N[at]! += grad * grad;
        }
      }
    }
  }
  for (let at = 0; at < W.length; at++) W[at] = N[at] === 0 ? 0 : weightOf(Z[at]!, N[at]!, l1);
  for (let h = 0; h < H; h++) bias[h] = weightOf(biasZ[h]!, biasN[h]!, 0);

  // Prune to the largest weights per head, then int8 with one scale per head.
  const heads: StoredHead[] = [];
  const packed: { buckets: number[]; weights: number[] }[] = [];
  articles.forEach((article, h) => {
    const nonZero: number[] = [];
    for (let b = 0; b < BUCKETS; b++) if (W[b * H + h] !== 0) nonZero.push(b);
    nonZero.sort((a, b) => Math.abs(W[b * H + h]!) - Math.abs(W[a * H + h]!) || a - b);
    const kept = nonZero.slice(0, options.keepPerHead).sort((a, b) => a - b);
    let max = 0;
    for (const b of kept) max = Math.max(max, Math.abs(W[b * H + h]!));
    const scale = round(max > 0 ? max / 127 : 1, 6);
    const buckets: number[] = [];
    const weights: number[] = [];
    for (const b of kept) {
      const q = Math.max(-127, Math.min(127, Math.round(W[b * H + h]! / scale)));
      if (q !== 0) {
        buckets.push(b);
        weights.push(q);
      }
    }
    heads.push({ article, bias: round(bias[h]!, 6), scale, threshold: SHUT });
    packed.push({ buckets, weights });
  });
  return { version: 1, bucketBits: BUCKET_BITS, heads, data: packWeights(packed) };
}

/** A threshold no logit reaches: the head stays silent. */
export const SHUT = 99;

/** One dev draft with what the rules said about it. */
export type DevDraft = LabelledDraft & {
  /** Articles the rules warned or stopped on (a tip does not silence the model). */
  ruled: ReadonlySet<ArticleId>;
  /** The rules gave a warning or stop. */
  rulesWarn: boolean;
};

/** How much the thresholds may cost on the drafts they are chosen on. */
export type ThresholdOptions = {
  /**
   * Share of the clean drafts the model may warn on where the rules did not. Not the rules'
   * and model's warnings together: on the writers' clean drafts, deliberate near-misses, the
   * rules alone already warn 2.7% (250 of 9,186), so a joint 2% would shut every head; on the
   * dev halves, written like the blind sets, the rules warn none.
   */
  cleanBudget: number;
  /** A step must gain at least this share of true reminders among what it adds. */
  minPrecision: number;
  /** How many further positives a step may reach past the next one. */
  lookAhead: number;
  /** What a step's reminder on a problem draft about another article costs (a clean one costs 1). */
  otherCost: number;
};

export const THRESHOLD_DEFAULTS: ThresholdOptions = {
  cleanBudget: 0.02,
  minPrecision: 0.5,
  lookAhead: 6,
  otherCost: 0.5,
};

/**
 * Chooses each article's threshold from scores the model did not train on (out-of-fold,
 * core/model/crossval.ts) or from a dev split: `logits[i][h]` is draft i's logit for
 * `articles[h]` (-Infinity: no score). Greedily, each step lowers one head's threshold to a
 * positive the rules missed on that article, choosing the step with the best share of true
 * reminders (a clean draft newly warned costs 1, a problem draft about another article
 * `otherCost`); no step may take the clean drafts the model warns on (and the rules did not)
 * past the budget, or fall below the minimum precision. Where the rules already spoke on an
 * article the model is silent and costs nothing. SHUT where a head stays closed.
 */
export function chooseThresholds(
  articles: readonly ArticleId[],
  logits: readonly Float64Array[],
  dev: readonly DevDraft[],
  options: ThresholdOptions = THRESHOLD_DEFAULTS,
): number[] {
  const H = articles.length;
  const clean = dev.map((d) => d.expect.length === 0);
  // A draft counts with its weight here too (the project's own drafts, see TrainOptions).
  const w = dev.map((d) => d.weight ?? 1);
  const cleanTotal = dev.reduce((sum, d, i) => sum + (clean[i] ? w[i]! : 0), 0);
  const budget = options.cleanBudget * cleanTotal;
  const firing = new Uint8Array(dev.length); // heads of the model that warn on each draft
  const thresholds = new Array<number>(H).fill(SHUT);
  let cleanUsed = 0;
  // Per head, the drafts it may speak on (the rules silent on its article), highest first;
  // `reached[h]` of them are at or above its threshold.
  const sorted = articles.map((article, h) =>
    dev
      .map((_, i) => i)
      .filter((i) => !rulesSpokeOn(article, dev[i]!.ruled) && Number.isFinite(logits[i]![h]!))
      .sort((a, b) => logits[b]![h]! - logits[a]![h]! || a - b),
  );
  const reached = new Array<number>(H).fill(0);
  for (;;) {
    let best: { h: number; end: number; ratio: number; tp: number; newClean: number } | null = null;
    for (let h = 0; h < H; h++) {
      const list = sorted[h]!;
      const article = articles[h]!;
      let tp = 0;
      let newClean = 0;
      let other = 0;
      let seen = 0;
      for (let j = reached[h]!; j < list.length && seen < options.lookAhead; j++) {
        const i = list[j]!;
        if (dev[i]!.expect.includes(article)) tp += w[i]!;
        else if (clean[i] && !dev[i]!.rulesWarn && firing[i] === 0) newClean += w[i]!;
        else if (!clean[i]) other += w[i]!;
        // A threshold sits on a positive, past every draft with the same logit.
        const z = logits[i]![h]!;
        if (!dev[i]!.expect.includes(article)) continue;
        if (j + 1 < list.length && logits[list[j + 1]!]![h]! === z) continue;
        seen++;
        const ratio = tp / (tp + newClean + options.otherCost * other);
        if (ratio < options.minPrecision || cleanUsed + newClean > budget) continue;
        if (!best || ratio > best.ratio || (ratio === best.ratio && tp > best.tp))
          best = { h, end: j + 1, ratio, tp, newClean };
      }
    }
    if (!best) break;
    const list = sorted[best.h]!;
    for (let j = reached[best.h]!; j < best.end; j++) firing[list[j]!]!++;
    reached[best.h] = best.end;
    thresholds[best.h] = logits[list[best.end - 1]!]![best.h]!;
    cleanUsed += best.newClean;
  }
  // Rounded down, so the draft a threshold was set on stays above it.
  return thresholds.map((t) => (t >= SHUT ? SHUT : Math.floor(t * 1e6) / 1e6));
}

/** The model with these thresholds (by article; a head not named stays shut), shut heads left out. */
export function withThresholds(
  stored: StoredModel,
  thresholds: ReadonlyMap<ArticleId, number>,
): StoredModel {
  const heads = stored.heads.map((head) => ({
    ...head,
    threshold: thresholds.get(head.article) ?? SHUT,
  }));
  return dropShutHeads({ ...stored, heads });
}

/**
 * Sets the thresholds of a trained model on dev drafts it was not trained on (see
 * chooseThresholds).
 */
export function setThresholds(
  stored: StoredModel,
  dev: readonly DevDraft[],
  options: ThresholdOptions = THRESHOLD_DEFAULTS,
): StoredModel {
  const model = loadModel(stored);
  const H = stored.heads.length;
  // A draft too short for the model to speak on gets logits no threshold reaches.
  const logits = dev.map((d) => {
    const view = makeTextView(d.draft.text);
    return longEnough(view)
      ? scoreDraft(model, view, d.draft, d.role)
      : new Float64Array(H).fill(-Infinity);
  });
  const articles = stored.heads.map((h) => h.article);
  const chosen = chooseThresholds(articles, logits, dev, options);
  return withThresholds(stored, new Map(articles.map((a, h) => [a, chosen[h]!])));
}

/** Leaves out the heads whose threshold stayed shut: they would never speak. */
function dropShutHeads(stored: StoredModel): StoredModel {
  const unpacked = unpackWeights(stored.data, rowsOf(stored));
  const open = stored.heads.flatMap((head, h) =>
    head.threshold < SHUT ? [{ head, weights: unpacked[h]! }] : [],
  );
  // The gate's weights stay last.
  const gate = stored.gate ? [unpacked[stored.heads.length]!] : [];
  return {
    ...stored,
    heads: open.map((o) => o.head),
    data: packWeights([...open.map((o) => o.weights), ...gate]),
  };
}

/** How much the any-problem head may cost: the share of clean drafts it may newly warn. */
export const GATE_BUDGET = 0.005;

/**
 * The any-problem head's threshold, from out-of-fold scores (`gateLogits[i]`, -Infinity where
 * the draft is too short): among the drafts nothing else warned on (`warned[i]` false), the
 * lowest logit at which the clean drafts it newly warns stay within `budget` of all clean
 * drafts (by weight). SHUT when it cannot speak within the budget.
 */
export function chooseGate(
  gateLogits: readonly number[],
  dev: readonly LabelledDraft[],
  warned: readonly boolean[],
  budget = GATE_BUDGET,
): number {
  const w = dev.map((d) => d.weight ?? 1);
  const cleanTotal = dev.reduce((sum, d, i) => sum + (d.expect.length === 0 ? w[i]! : 0), 0);
  const rest = dev
    .map((_, i) => i)
    .filter((i) => !warned[i] && Number.isFinite(gateLogits[i]!))
    .sort((a, b) => gateLogits[b]! - gateLogits[a]! || a - b);
  let cleanUsed = 0;
  let threshold = SHUT;
  for (let j = 0; j < rest.length; j++) {
    const i = rest[j]!;
    if (dev[i]!.expect.length === 0) cleanUsed += w[i]!;
    if (cleanUsed > budget * cleanTotal) break;
    // Past every draft with the same logit, on a problem draft.
    if (j + 1 < rest.length && gateLogits[rest[j + 1]!] === gateLogits[i]) continue;
    if (dev[i]!.expect.length > 0) threshold = gateLogits[i]!;
  }
  return threshold >= SHUT ? SHUT : Math.floor(threshold * 1e6) / 1e6;
}

/**
 * Every draft as the any-problem head learns it: a problem draft (any article) is one class.
 * It is trained as a one-head model on article '1' (a stand-in label; `withGate` keeps only
 * its numbers).
 */
export const asAnyProblem = <D extends LabelledDraft>(drafts: readonly D[]): D[] =>
  drafts.map((d) => ({ ...d, expect: d.expect.length > 0 ? (['1'] as const) : [] }));

/** The model with the any-problem head (trained by trainOnFeatures on asAnyProblem drafts) added. */
export function withGate(stored: StoredModel, gate: StoredModel, threshold: number): StoredModel {
  const [head] = gate.heads;
  if (!head || threshold >= SHUT) return stored;
  const rows = unpackWeights(stored.data, stored.heads.length);
  const [gateRow] = unpackWeights(gate.data, 1);
  return {
    ...stored,
    gate: { bias: head.bias, scale: head.scale, threshold },
    data: packWeights([...rows, gateRow!]),
  };
}
