// `npx tsx scripts/model-explore.ts '<json of TrainOptions overrides>' …`: compares training
// choices by how the second reader does on writers it did not train on. Four groups of
// writers (the project's own drafts with c1's real texts; w1–w3; w4–w7; w8–w13): each group
// scored by a model trained on the other three, thresholds chosen on those scores as `npm run
// train` chooses them (the model adds ≤ 2% clean drafts warned), then recall and clean drafts
// warned (rules and model together) overall and on the project's own drafts, which are
// written like the blind sets. Training data only; nothing is written.
import { foldOf, outOfFoldLogits, writerOf } from '../core/model/crossval';
import { rulesSpokeOn } from '../core/model/reader';
import {
  THRESHOLD_DEFAULTS,
  TRAIN_DEFAULTS,
  chooseThresholds,
  type DevDraft,
  type ThresholdOptions,
} from '../core/model/train';
import { ARTICLE_IDS } from '../core/types';
import { isProjectDraft, prepare, weighed } from './train';

// Writers held out as groups; the project's own drafts and c1's real texts spread over the four
// folds by a seeded hash (so every fold trains on most of them, as the final model does).
const WRITER_GROUPS = [/^w[1-3]$/, /^w[4-6]$/, /^w[7-9]$/, /^w1\d$/];
const groupOf = (key: string) => {
  const g = WRITER_GROUPS.findIndex((re) => re.test(writerOf(key)));
  return g >= 0 ? g : foldOf(key, 4, TRAIN_DEFAULTS.seed);
};

const prepared = prepare();
const { features, speaks } = prepared;
const folds = prepared.drafts.map((d) => groupOf(d.key));
let drafts = prepared.drafts;

function measure(name: string, overrides: object) {
  const t0 = performance.now();
  const options = { ...TRAIN_DEFAULTS, ...overrides };
  drafts = weighed(prepared.drafts, options);
  const logits = outOfFoldLogits(drafts, features, speaks, folds, options);
  for (const [tname, thOptions] of THRESHOLD_VARIANTS)
    report(
      `${name} ${tname}`,
      logits,
      chooseThresholds(ARTICLE_IDS, logits, drafts, thOptions),
      t0,
    );
}

function report(name: string, logits: Float64Array[], th: number[], t0: number) {
  const warned = drafts.map(
    (d: DevDraft, i) =>
      d.rulesWarn ||
      ARTICLE_IDS.some((a, h) => !rulesSpokeOn(a, d.ruled) && logits[i]![h]! >= th[h]!),
  );
  const line = (pick: (d: DevDraft) => boolean) => {
    const idx = drafts.flatMap((d, i) => (pick(d) ? [i] : []));
    const p = idx.filter((i) => drafts[i]!.expect.length > 0);
    const c = idx.filter((i) => drafts[i]!.expect.length === 0);
    const pw = p.filter((i) => warned[i]).length;
    const cw = c.filter((i) => warned[i]).length;
    return `${((100 * pw) / p.length).toFixed(1)}% of ${p.length} at ${((100 * cw) / c.length).toFixed(1)}% of ${c.length} clean`;
  };
  console.log(
    `${name.padEnd(40)} all: ${line(() => true)} | project: ${line(isProjectDraft)} | heads open ${th.filter((t) => t < 99).length} (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
  );
}

/** The threshold options compared on each model's scores (the first: npm run train's). */
const THRESHOLD_VARIANTS: [string, ThresholdOptions][] = [
  ['', THRESHOLD_DEFAULTS],
  ['other 0.25', { ...THRESHOLD_DEFAULTS, otherCost: 0.25 }],
  ['precision 0.4', { ...THRESHOLD_DEFAULTS, minPrecision: 0.4 }],
];

const configs = process.argv.slice(2);
for (const c of configs.length ? configs : ['{}']) measure(c, JSON.parse(c) as object);
