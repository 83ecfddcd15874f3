import { describe, expect, it } from 'vitest';
import { TINY_TRAINING } from '../testkit/tinyTraining';
import { ARTICLE_IDS, type ArticleId, type Draft } from '../types';
import { columns, foldOf, outOfFoldLogits, writerOf } from './crossval';
import { chooseThresholds, featuresOf, SHUT, type DevDraft, type LabelledDraft } from './train';

const draft = (text: string): Draft => ({ text, platform: 'facebook' });
const rude = [
  'wat een waardeloze juf is dat zeg echt',
  'die ouders zijn echt dom en lastig hoor',
  'stomme juf weer met haar gezeur vandaag',
];
const kind = [
  'fijne sportdag allemaal en tot morgen dan',
  'dank aan de ouders voor de hulp vandaag',
  'de juf leest voor in de klas vanmiddag',
];
const labelled = (text: string, i: number, expect: ArticleId[]): LabelledDraft => ({
  key: `k${i}`,
  draft: draft(`${text} ${i}`),
  role: 'medewerker',
  expect,
});
const at4 = ARTICLE_IDS.indexOf('4');

describe('out-of-fold scores', () => {
  it('score each draft with a model that never trained on its fold', () => {
    // Fold 0 holds every rude draft: a model trained without it has no head for art. 4, so
    // the rude drafts get no score; fold 1 (kind drafts) is scored by a model that has one.
    const data = [
      ...Array.from({ length: 30 }, (_, i) => labelled(rude[i % 3]!, i, ['4'])),
      ...Array.from({ length: 30 }, (_, i) => labelled(kind[i % 3]!, 30 + i, [])),
    ];
    const folds = data.map((_, i) => (i < 30 ? 0 : 1));
    const speaks = data.map(() => true);
    const oof = outOfFoldLogits(data, data.map(featuresOf), speaks, folds, TINY_TRAINING);
    expect(oof.slice(0, 30).every((row) => row[at4] === -Infinity)).toBe(true);
    expect(oof.slice(30).every((row) => Number.isFinite(row[at4]!))).toBe(true);
  });

  it('give no score where the model may not speak (too short)', () => {
    const data = Array.from({ length: 40 }, (_, i) =>
      labelled((i % 2 ? kind : rude)[i % 3]!, i, i % 2 ? [] : ['4']),
    );
    const folds = data.map((d) => foldOf(d.key, 4, 1));
    const speaks = data.map((_, i) => i !== 3);
    const oof = outOfFoldLogits(data, data.map(featuresOf), speaks, folds, TINY_TRAINING);
    expect(oof[3]![at4]).toBe(-Infinity);
    expect(Number.isFinite(oof[2]![at4]!)).toBe(true);
    // Out of fold, the rude drafts still score above the kind ones: the model generalises here.
    const z = columns(oof, ['4']).map((r) => r[0]!);
    const rudeMin = Math.min(...z.filter((_, i) => i % 2 === 0 && i !== 3));
    const kindMax = Math.max(...z.filter((_, i) => i % 2 === 1 && i !== 3));
    expect(rudeMin).toBeGreaterThan(kindMax);
  });

  it('folds are seeded and stable, writers are read from the file name', () => {
    expect(foldOf('w1-batch01.jsonl:w1-0001', 5, 1)).toBe(foldOf('w1-batch01.jsonl:w1-0001', 5, 1));
    const spread = new Set(Array.from({ length: 50 }, (_, i) => foldOf(`k${i}`, 5, 1)));
    expect(spread.size).toBe(5);
    expect(writerOf('w10-batch03.jsonl:w10-0042')).toBe('w10');
    expect(writerOf('c1-batch01.jsonl:c1-7')).toBe('c1');
    expect(writerOf('corpus.jsonl:a-1')).toBe('corpus');
    expect(writerOf('second-dev.jsonl:b2-005')).toBe('second-dev');
  });
});

describe('chooseThresholds', () => {
  const dev = (z: number[], labels: boolean[], rulesWarn = false): DevDraft[] =>
    z.map((_, i) => ({
      key: `d${i}`,
      draft: draft('x'),
      role: 'medewerker',
      expect: labels[i] ? ['4'] : [],
      ruled: new Set<ArticleId>(),
      rulesWarn,
    }));
  const logits = (z: number[]) => z.map((v) => Float64Array.of(v));

  it('opens a head down to the last positive the clean budget allows', () => {
    // Scores, highest first: three positives, one clean, two positives, then clean ones.
    const z = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0];
    const pos = [true, true, true, false, true, true, false, false, false, false];
    // With no clean draft allowed the head stops at 7, above the clean one at 6.
    expect(
      chooseThresholds(['4'], logits(z), dev(z, pos), {
        cleanBudget: 0,
        minPrecision: 0.5,
        lookAhead: 6,
        otherCost: 0.5,
      }),
    ).toEqual([7]);
    // 20% of the five clean drafts is one: the head reaches the positive at 4, past it.
    expect(
      chooseThresholds(['4'], logits(z), dev(z, pos), {
        cleanBudget: 0.2,
        minPrecision: 0.5,
        lookAhead: 6,
        otherCost: 0.5,
      }),
    ).toEqual([4]);
  });

  it('a clean draft the rules already warn on costs nothing', () => {
    const z = [9, 8, 7];
    const pos = [true, false, true];
    const d = dev(z, pos);
    d[1] = { ...d[1]!, rulesWarn: true };
    expect(
      chooseThresholds(['4'], logits(z), d, {
        cleanBudget: 0,
        minPrecision: 0.5,
        lookAhead: 6,
        otherCost: 0.5,
      }),
    ).toEqual([7]);
  });

  it('stays shut where no positive can be reached', () => {
    const z = [9, 8];
    expect(chooseThresholds(['4'], logits(z), dev(z, [false, false]))).toEqual([SHUT]);
  });
});
