import type { TextView } from '../text/normalize';
import { ARTICLE_IDS, type ArticleId, type Draft, type Role, type Span } from '../types';
import { BUCKETS, featureSet, forEachFeature, type FeatureSet } from './features';
import { UNMARKED } from './stopwords';

/** One head of the model as stored: the article it reads for, and its numbers. */
export type StoredHead = {
  article: ArticleId;
  /** Intercept of the logit. */
  bias: number;
  /** What one step of the int8 weights is worth. */
  scale: number;
  /** The logit from which this head speaks (chosen on out-of-fold scores, see scripts/train.ts). */
  threshold: number;
};

/**
 * The "any problem" head: trained on every labelled problem draft against every clean one,
 * whatever the article. Where the rules and every article head are silent, it may still say
 * that a draft reads like the problem drafts; the reminder then goes under the article whose
 * head came closest to its threshold (core/model/reader.ts).
 */
export type StoredGate = {
  bias: number;
  scale: number;
  /** The logit from which it speaks (chosen on out-of-fold scores, see scripts/train.ts). */
  threshold: number;
};

/** The weights as committed in core/model/weights.json (parsed by asset.ts). */
export type StoredModel = {
  version: 1;
  bucketBits: number;
  heads: readonly StoredHead[];
  /** Optional: when present, its weights follow the heads' in `data`. */
  gate?: StoredGate;
  /**
   * Base64 of, per head in order (then the gate's): a varint count n, n varint gaps between
   * the sorted bucket numbers (first gap from -1), then n int8 weights.
   */
  data: string;
};

/** The model ready to score: for each bucket, the heads that weigh it (CSR layout). */
export type Model = {
  heads: readonly StoredHead[];
  /** The any-problem head, scored as head number `heads.length`. */
  gate?: StoredGate;
  start: Int32Array;
  head: Uint8Array;
  weight: Int8Array;
};

/** How many weight rows a model has: its heads, and the gate when it has one. */
export const rowsOf = (m: { heads: readonly unknown[]; gate?: StoredGate }): number =>
  m.heads.length + (m.gate ? 1 : 0);

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Bytes to base64 (written here: core/ has no Buffer or atob). */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    out += B64[a >> 2]! + B64[((a & 3) << 4) | (b >> 4)]!;
    out += i + 1 < bytes.length ? B64[((b & 15) << 2) | (c >> 6)]! : '=';
    out += i + 2 < bytes.length ? B64[c & 63]! : '=';
  }
  return out;
}

/** Base64 to bytes; throws on a character that is not base64. */
export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let n = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = B64.indexOf(clean[i]!);
    if (v < 0) throw new Error(`weights: not base64 at ${i}`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 255;
    }
  }
  return out.subarray(0, n);
}

/** Packs per-head sparse int8 weights as StoredModel.data. */
export function packWeights(perHead: readonly { buckets: number[]; weights: number[] }[]): string {
  const bytes: number[] = [];
  const varint = (v: number) => {
    while (v >= 128) {
      bytes.push((v & 127) | 128);
      v >>>= 7;
    }
    bytes.push(v);
  };
  for (const { buckets, weights } of perHead) {
    varint(buckets.length);
    let prev = -1;
    for (const b of buckets) {
      varint(b - prev - 1);
      prev = b;
    }
    for (const w of weights) bytes.push(w & 255);
  }
  return toBase64(Uint8Array.from(bytes));
}

/** Unpacks StoredModel.data into per-head sorted buckets and int8 weights; throws when cut short. */
export function unpackWeights(
  data: string,
  heads: number,
): { buckets: number[]; weights: number[] }[] {
  const bytes = fromBase64(data);
  let p = 0;
  const byte = (): number => {
    const b = bytes[p++];
    if (b === undefined) throw new Error('weights: cut short');
    return b;
  };
  const varint = (): number => {
    let v = 0;
    for (let shift = 0; ; shift += 7) {
      const b = byte();
      v += (b & 127) * 2 ** shift;
      if (b < 128) return v;
    }
  };
  return Array.from({ length: heads }, () => {
    const n = varint();
    const buckets: number[] = [];
    let prev = -1;
    for (let i = 0; i < n; i++) buckets.push((prev += varint() + 1));
    const weights = Array.from({ length: n }, () => {
      const b = byte();
      return b > 127 ? b - 256 : b;
    });
    return { buckets, weights };
  });
}

/** Builds the scoring tables from the stored weights. Throws on weights that do not fit. */
export function loadModel(stored: StoredModel): Model {
  if (stored.bucketBits !== Math.log2(BUCKETS)) throw new Error('weights: other bucket size');
  for (const h of stored.heads)
    if (!ARTICLE_IDS.includes(h.article)) throw new Error(`weights: article ${h.article}`);
  const perHead = unpackWeights(stored.data, rowsOf(stored));
  // Counting sort by bucket into typed arrays (about 200,000 weights at 12,000 per head): the worker
  // builds this once, before its first answer, so it must cost milliseconds, not a sort of
  // objects. Heads are visited in order, so within a bucket they stay in head order.
  const start = new Int32Array(BUCKETS + 1);
  for (const { buckets } of perHead)
    for (const bucket of buckets) {
      if (bucket >= BUCKETS) throw new Error('weights: bucket out of range');
      start[bucket + 1]!++;
    }
  for (let b = 0; b < BUCKETS; b++) start[b + 1]! += start[b]!;
  const next = start.slice(0, BUCKETS);
  const total = start[BUCKETS]!;
  const head = new Uint8Array(total);
  const weight = new Int8Array(total);
  perHead.forEach(({ buckets, weights }, h) => {
    buckets.forEach((bucket, i) => {
      const at = next[bucket]!++;
      head[at] = h;
      weight[at] = weights[i]!;
    });
  });
  return {
    heads: stored.heads,
    ...(stored.gate ? { gate: stored.gate } : {}),
    start,
    head,
    weight,
  };
}

/** The logit of every head for one draft (the gate's last, when there is one): a few sparse dot products. */
export function scoreDraft(model: Model, view: TextView, draft: Draft, role: Role): Float64Array {
  return scoreFeatures(model, featureSet(view, draft, role));
}

/** scoreDraft on a feature set computed before (training scores many models on the same drafts). */
export function scoreFeatures(model: Model, { buckets, value }: FeatureSet): Float64Array {
  const rows = rowsOf(model);
  const sums = new Int32Array(rows);
  const { start, head, weight } = model;
  for (let i = 0; i < buckets.length; i++) {
    const b = buckets[i]!;
    for (let p = start[b]!; p < start[b + 1]!; p++) sums[head[p]!]! += weight[p]!;
  }
  const out = new Float64Array(rows);
  model.heads.forEach((h, i) => (out[i] = h.bias + h.scale * value * sums[i]!));
  const gate = model.gate;
  if (gate) out[rows - 1] = gate.bias + gate.scale * value * sums[rows - 1]!;
  return out;
}

/** A word that weighed for a head: where it is in the raw text, and its share of the logit. */
export type Weighed = { span: Span; weight: number };

/**
 * Why a head spoke: the words whose n-grams and word features added most to its logit,
 * strongest first, as raw-text spans (function words and words under three letters left out:
 * they explain nothing). Each feature's weight is spread over the characters it
 * covers; a word gets the sum over its characters.
 */
export function explain(
  model: Model,
  headIndex: number,
  view: TextView,
  draft: Draft,
  role: Role,
  max = 3,
): Weighed[] {
  return explainHeads(model, [headIndex], view, draft, role, max)[0]!;
}

/**
 * explain() for several heads at once, in the order given: one pass over the draft's features
 * for all of them (the reader explains every head that speaks, and walking the features again
 * per head cost as much as scoring the draft).
 */
export function explainHeads(
  model: Model,
  headIndices: readonly number[],
  view: TextView,
  draft: Draft,
  role: Role,
  max = 3,
): Weighed[][] {
  const norm = view.norm;
  if (norm.length === 0 || headIndices.length === 0) return headIndices.map(() => []);
  const { start, head, weight } = model;
  // slot[h] is the row of head h in perChar, or -1 when it is not asked about.
  const slot = new Int16Array(rowsOf(model)).fill(-1);
  headIndices.forEach((h, row) => (slot[h] = row));
  const width = norm.length + 1;
  const perChar = new Float64Array(width * headIndices.length);
  forEachFeature(view, draft, role, (bucket, from, to, kind) => {
    if (kind === 'context' || to <= from) return;
    for (let p = start[bucket]!; p < start[bucket + 1]!; p++) {
      const row = slot[head[p]!]!;
      if (row < 0) continue;
      const share = weight[p]! / (to - from);
      const base = row * width;
      for (let i = from; i < to; i++) perChar[base + i]! += share;
    }
  });
  // Words of the norm view (letters, digits, symbols), found once for every head.
  const WORD = /[\p{L}\p{N}\p{M}\p{So}\p{Cs}]+/gu;
  const spans = [...norm.matchAll(WORD)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
  return headIndices.map((_, row) => {
    const base = row * width;
    const words: { from: number; to: number; weight: number }[] = [];
    for (const { from, to } of spans) {
      let sum = 0;
      for (let i = from; i < to; i++) sum += perChar[base + i]!;
      if (sum > 0) words.push({ from, to, weight: sum });
    }
    words.sort((a, b) => b.weight - a.weight || a.from - b.from);
    const top = words.find((w) => !UNMARKED.has(norm.slice(w.from, w.to)))?.weight ?? 0;
    const out: Weighed[] = [];
    const seen = new Set<string>();
    for (const w of words) {
      if (out.length >= max || w.weight < top * 0.25) break;
      const word = norm.slice(w.from, w.to);
      if (seen.has(word) || word.length < 3 || UNMARKED.has(word)) continue;
      seen.add(word);
      out.push({ span: view.toRaw(w.from, w.to), weight: w.weight });
    }
    return out;
  });
}
