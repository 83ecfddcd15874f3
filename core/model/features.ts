import { firstNames } from '../detectors/names';
import { forEachClass } from './classes';
import type { TextView } from '../text/normalize';
import type { Draft, Role } from '../types';

/**
 * The second reader's features, shared by training (scripts/train.ts) and scoring, so both
 * see exactly the same numbers. Everything is read from the normaliser's `norm` view, so the
 * evasions it undoes (`v3rtrouwelijk`, `k u t`, look-alike letters) stay undone here too.
 *
 * - character 3-, 4- and 5-grams over the words, with one space between words (so "e ju"
 *   carries a little of the word pair);
 * - word unigrams and bigrams;
 * - a person's name as a class, alone and in pairs; the rules' word classes (classes.ts), and
 *   every pair of classes present in the draft;
 * - the draft's context: role, reply, media, platform.
 *
 * Digits are read as `#`: a BSN or phone number is a shape, not a value. Each feature is
 * hashed (FNV-1a, then a mixer) into 2^BUCKET_BITS buckets; a draft is the set of its
 * buckets, each with value 1/sqrt(count), so long and short drafts score on one scale.
 */
export const BUCKET_BITS = 16;
export const BUCKETS = 1 << BUCKET_BITS;
const MASK = BUCKETS - 1;

const FNV_OFFSET = 2166136261;
const step = (h: number, c: number): number => Math.imul(h ^ c, 16777619) >>> 0;
/** Spreads FNV's low bits (murmur3's finaliser). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) & MASK;
}

const SPACE = 32;
const DIGIT = 35; // '#'
const WORD_MARK = 0x1f001;
const PAIR_MARK = 0x1f002;

const WORDISH = /[\p{L}\p{N}\p{M}\p{So}\p{Cs}]/u;
const classCache = new Map<number, boolean>();

/** 0: separator, 1: letter or symbol kept as itself, 2: digit. */
function classOf(c: number): 0 | 1 | 2 {
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 1;
    if (c >= 48 && c <= 57) return 2;
    return 0;
  }
  let wordish = classCache.get(c);
  if (wordish === undefined) {
    wordish = WORDISH.test(String.fromCharCode(c));
    if (classCache.size < 8192) classCache.set(c, wordish);
  }
  return wordish ? 1 : 0;
}

/** The character stream features are read from: codes, and the norm index of each. */
type Stream = { codes: Int32Array; at: Int32Array; length: number };

function streamOf(norm: string): Stream {
  const codes = new Int32Array(norm.length + 2);
  const at = new Int32Array(norm.length + 2);
  let n = 0;
  codes[n] = SPACE;
  at[n++] = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    const kind = classOf(c);
    if (kind === 0) {
      if (codes[n - 1] === SPACE) continue;
      codes[n] = SPACE;
    } else codes[n] = kind === 2 ? DIGIT : c;
    at[n++] = i;
  }
  if (codes[n - 1] !== SPACE) {
    codes[n] = SPACE;
    at[n++] = norm.length;
  }
  return { codes, at, length: n };
}

const contextKeys = (draft: Draft, role: Role): string[] => [
  `role=${role}`,
  `platform=${draft.platform}`,
  draft.isReply ? 'reply' : 'post',
  draft.hasMedia ? 'media' : 'text',
];

/** FNV-1a over a string's UTF-16 code units, from `h` (unmixed: callers mix or reduce it). */
export function fnv1a(s: string, h: number = FNV_OFFSET): number {
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return h;
}

function hashString(s: string): number {
  return mix(fnv1a(s, step(FNV_OFFSET, 0x1f003)));
}

/**
 * Calls `emit` for every feature occurrence of the draft, in text order (duplicates
 * included; the caller keeps the set). With `spans`, also says where each one is in `norm`.
 * Linear in the text length: five hash steps per character, one per word and pair.
 */
export function forEachFeature(
  view: TextView,
  draft: Draft,
  role: Role,
  emit: (bucket: number, start: number, end: number, kind: 'char' | 'word' | 'context') => void,
): void {
  for (const key of contextKeys(draft, role)) emit(hashString(key), 0, 0, 'context');
  const { codes, at, length } = streamOf(view.norm);
  // Character n-grams: from each start, the 3-, 4- and 5-gram share their first steps.
  for (let i = 0; i + 3 <= length; i++) {
    let h = FNV_OFFSET;
    for (let k = 0; k < 5 && i + k < length; k++) {
      h = step(h, codes[i + k]!);
      if (k >= 2) {
        const last = i + k;
        // A gram that is only a space around one letter says nothing.
        emit(mix(h), at[i]!, at[last]! + (codes[last] === SPACE ? 0 : 1), 'char');
      }
    }
  }
  // Words and word pairs; a person's name also as the class PERSON_NAME, in pairs too ("juf
  // <name>", "<name> heeft"), so what is said of Sem is learnt for every name.
  let prev = -1;
  let prevClass = -1;
  /** Bit 0: a person's name; bit k+1: word class k (classes.ts). */
  let present = 0;
  let prevStart = 0;
  let i = 1;
  while (i < length) {
    if (codes[i] === SPACE) {
      i++;
      continue;
    }
    let h = step(FNV_OFFSET, WORD_MARK);
    const start = i;
    while (i < length && codes[i] !== SPACE) h = step(h, codes[i++]!);
    const end = at[i - 1]! + 1;
    emit(mix(h), at[start]!, end, 'word');
    if (prev >= 0) emit(mix(step(step(h, PAIR_MARK), prev)), prevStart, end, 'word');
    const cls = isPersonName(view, at[start]!, end) ? PERSON_NAME : h;
    if (cls !== h) emit(mix(cls), at[start]!, end, 'word');
    if (prev >= 0 && (cls !== h || prevClass !== prev))
      emit(mix(step(step(cls, PAIR_MARK), prevClass)), prevStart, end, 'word');
    prev = h;
    prevClass = cls;
    prevStart = at[start]!;
    if (cls !== h) present |= NAME_BIT;
  }
  // Word classes (classes.ts), each match as its class, and every pair of classes present.
  forEachClass(view, (klass, from, to) => {
    present |= 1 << (klass + 1);
    emit(mix(step(CLASS_SEED, klass)), from, to, 'word');
  });
  for (let a = 0; a < 31; a++) {
    if (!(present & (1 << a))) continue;
    for (let b = a + 1; b < 31; b++) {
      if (present & (1 << b)) emit(mix(step(step(PAIR_SEED, a), b)), 0, 0, 'context');
    }
  }
}

const NAME_BIT = 1;
const CLASS_SEED = step(step(FNV_OFFSET, WORD_MARK), 0x1f005);
const PAIR_SEED = step(step(FNV_OFFSET, WORD_MARK), 0x1f006);

const PERSON_NAME = step(step(FNV_OFFSET, WORD_MARK), 0x1f004);
const UPPER = /^\p{Lu}\p{Ll}/u;

/**
 * A first name of the list (core/detectors/names.ts) written with a capital, or any word
 * written with a capital mid-sentence ("met Jayden", "zei mevrouw Pieters"): Dutch writes
 * nouns in lower case, so that is nearly always a name. Read from the raw text: the norm
 * view is lower case.
 */
function isPersonName(view: TextView, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const raw = view.toRaw(start, end);
  const word = view.raw.slice(raw.start, raw.end);
  if (!UPPER.test(word)) return false;
  if (firstNames.has(view.norm.slice(start, end))) return true;
  // Mid-sentence: the last non-space character before it is a letter, digit or comma.
  let k = raw.start - 1;
  while (k >= 0 && /\s/u.test(view.raw[k]!)) k--;
  return k >= 0 && /[\p{L}\p{N},;]/u.test(view.raw[k]!);
}

/** The set of buckets of one draft (in the order first seen), and the value each has (1/sqrt(size)). */
export type FeatureSet = { buckets: Int32Array; value: number };

let stamp = new Uint32Array(0);
let stampRound = 0;

/** The draft's feature set (unique buckets). Linear in the text length. */
export function featureSet(view: TextView, draft: Draft, role: Role): FeatureSet {
  if (stamp.length !== BUCKETS) stamp = new Uint32Array(BUCKETS);
  stampRound = (stampRound + 1) >>> 0;
  if (stampRound === 0) {
    stamp.fill(0);
    stampRound = 1;
  }
  const round = stampRound;
  const seen: number[] = [];
  forEachFeature(view, draft, role, (bucket) => {
    if (stamp[bucket] !== round) {
      stamp[bucket] = round;
      seen.push(bucket);
    }
  });
  const buckets = Int32Array.from(seen);
  return { buckets, value: buckets.length === 0 ? 0 : 1 / Math.sqrt(buckets.length) };
}
