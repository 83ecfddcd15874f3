import { makeTextView } from '../text/normalize';
import type { ArticleId, Draft, Role } from '../types';
import { ARTICLE_IDS } from '../types';
import { BUCKETS, BUCKET_BITS, featureSet } from './features';
import {
  loadModel,
  packWeights,
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
};

export const TRAIN_DEFAULTS: TrainOptions = {
  seed: 20261201,
  epochs: 6,
  rate: 1,
  l1: 0.5,
  l2: 1,
  minPositives: 20,
  keepPerHead: 500,
  positiveCap: 8,
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

/** FNV-1a of a string, for the dev split. */
function hash32(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** The fixed dev split: one draft in `every` by a seeded hash of its key. */
export function isDev(key: string, seed: number, every = 5): boolean {
  return hash32(`${seed}:${key}`) % every === 0;
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
  const counts = new Map<ArticleId, number>();
  for (const d of data) for (const a of new Set(d.expect)) counts.set(a, (counts.get(a) ?? 0) + 1);
  const articles = ARTICLE_IDS.filter((a) => (counts.get(a) ?? 0) >= options.minPositives);
  const H = articles.length;
  const features = data.map((d) => featureSet(makeTextView(d.draft.text), d.draft, d.role));
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
        g[h] = y[h] ? (p - 1) * positiveWeight[h]! : p;
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
  /** Articles the rules had any finding on. */
  ruled: ReadonlySet<ArticleId>;
  /** The rules gave a warning or stop. */
  rulesWarn: boolean;
};

/** How much the thresholds may cost on the dev drafts. */
export type ThresholdOptions = {
  /** Share of the clean dev drafts the model may warn on (that the rules did not). */
  cleanBudget: number;
  /** A step must gain at least this share of true reminders among what it adds. */
  minPrecision: number;
  /** How many further dev positives a step may reach past the next one. */
  lookAhead: number;
  /** What a step's reminder on a problem draft about another article costs (a clean one costs 1). */
  otherCost: number;
};

export const THRESHOLD_DEFAULTS: ThresholdOptions = {
  cleanBudget: 0.01,
  minPrecision: 0.5,
  lookAhead: 6,
  otherCost: 0.5,
};

/**
 * Opens the heads' thresholds on the dev drafts, greedily: each step lowers one head's
 * threshold to a dev problem draft the rules missed on that article, choosing the step with
 * the best share of true reminders (a clean draft newly warned costs 1, a problem draft
 * about another article 0.5); no step may exceed the clean budget or fall below the minimum
 * precision. Where the rules already spoke on an article, the model is silent and costs
 * nothing. Returns the model with its thresholds set.
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
  const clean = dev.map((d) => d.expect.length === 0);
  const cleanTotal = clean.filter(Boolean).length;
  const budget = Math.floor(options.cleanBudget * cleanTotal);
  const firing = new Uint8Array(dev.length); // heads of the model that warn on each draft
  const thresholds = new Array<number>(H).fill(SHUT);
  let cleanUsed = 0;

  // Per head, the logits of the dev positives the rules missed, highest first.
  const candidates = stored.heads.map((head, h) =>
    [
      ...new Set(
        dev.flatMap((d, i) =>
          d.expect.includes(head.article) &&
          !rulesSpokeOn(head.article, d.ruled) &&
          Number.isFinite(logits[i]![h]!)
            ? [logits[i]![h]!]
            : [],
        ),
      ),
    ].sort((a, b) => b - a),
  );

  const stepCost = (h: number, to: number) => {
    const article = stored.heads[h]!.article;
    let tp = 0;
    let newClean = 0;
    let other = 0;
    dev.forEach((d, i) => {
      const z = logits[i]![h]!;
      if (rulesSpokeOn(article, d.ruled) || z < to || z >= thresholds[h]!) return;
      if (d.expect.includes(article)) tp++;
      else if (clean[i] && !d.rulesWarn && firing[i] === 0) newClean++;
      else if (!clean[i]) other++;
    });
    return { tp, newClean, cost: newClean + options.otherCost * other };
  };

  for (;;) {
    let best: { h: number; to: number; ratio: number; tp: number; newClean: number } | null = null;
    for (let h = 0; h < H; h++) {
      const below = candidates[h]!.filter((c) => c < thresholds[h]!).slice(0, options.lookAhead);
      for (const to of below) {
        const { tp, newClean, cost } = stepCost(h, to);
        const ratio = tp / (tp + cost);
        if (ratio < options.minPrecision || cleanUsed + newClean > budget) continue;
        if (!best || ratio > best.ratio || (ratio === best.ratio && tp > best.tp))
          best = { h, to, ratio, tp, newClean };
      }
    }
    if (!best) break;
    const article = stored.heads[best.h]!.article;
    dev.forEach((d, i) => {
      const z = logits[i]![best.h]!;
      if (!rulesSpokeOn(article, d.ruled) && z >= best.to && z < thresholds[best.h]!) firing[i]!++;
    });
    thresholds[best.h] = best.to;
    cleanUsed += best.newClean;
  }
  // Rounded down, so the dev draft a threshold was set on stays above it.
  const opened = stored.heads.map((head, h) => ({
    ...head,
    threshold: Math.floor(thresholds[h]! * 1e6) / 1e6,
  }));
  return dropShutHeads({ ...stored, heads: opened });
}

/** Leaves out the heads whose threshold stayed shut: they would never speak. */
function dropShutHeads(stored: StoredModel): StoredModel {
  const unpacked = unpackWeights(stored.data, stored.heads.length);
  const open = stored.heads.flatMap((head, h) =>
    head.threshold < SHUT ? [{ head, weights: unpacked[h]! }] : [],
  );
  return {
    ...stored,
    heads: open.map((o) => o.head),
    data: packWeights(open.map((o) => o.weights)),
  };
}
