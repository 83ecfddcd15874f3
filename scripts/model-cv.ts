// `npx tsx scripts/model-cv.ts [--lowo]`: how the second reader does on text it did not train
// on, from the training data alone. Per article and per writer: recall (a warning or stop on
// the article, by the rules or the model: the rules' tips do not count, as they do not silence
// the model) and clean drafts warned, rules and model together, on
// - the 5-fold out-of-fold scores the thresholds of `npm run train` are chosen on, and
// - with --lowo, leave-one-writer-out scores (each writer's drafts scored by a model trained
//   on the other writers, with the same thresholds): the honest estimate of the next teacher.
// Figures only: nothing here tunes anything, and no blind set is read.
import { columns, outOfFoldLogits, writerOf } from '../core/model/crossval';
import { closestHead, rulesSpokeOn } from '../core/model/reader';
import { type DevDraft } from '../core/model/train';
import { ARTICLE_IDS, type ArticleId } from '../core/types';
import { trainAll } from './train';

type Row = {
  name: string;
  n: number;
  problems: number;
  warned: number;
  clean: number;
  cleanWarned: number;
  modelOnly: number;
};

/** Which drafts the model warns on and which articles get a reminder, at the model's thresholds. */
function judge(
  drafts: readonly DevDraft[],
  logits: readonly Float64Array[],
  heads: readonly { article: ArticleId; threshold: number }[],
  gate?: { logits: readonly number[]; threshold: number },
) {
  const cols = columns(
    logits,
    heads.map((h) => h.article),
  );
  return drafts.map((d, i) => {
    const model = new Set<ArticleId>();
    heads.forEach((h, k) => {
      if (!rulesSpokeOn(h.article, d.ruled) && cols[i]![k]! >= h.threshold) model.add(h.article);
    });
    // The any-problem head, as core/model/reader.ts uses it: nothing else warned, and the
    // reminder under the article whose head came closest to its threshold.
    if (!d.rulesWarn && model.size === 0 && gate && gate.logits[i]! >= gate.threshold) {
      const best = closestHead(heads, cols[i]!);
      if (best >= 0) model.add(heads[best]!.article);
    }
    return { model, warned: d.rulesWarn || model.size > 0 };
  });
}

function table(
  title: string,
  drafts: readonly DevDraft[],
  logits: readonly Float64Array[],
  heads: readonly { article: ArticleId; threshold: number }[],
  gate?: { logits: readonly number[]; threshold: number },
) {
  const judged = judge(drafts, logits, heads, gate);
  console.log(`\n${title}`);
  console.log('article          n   rules  model-alone  both');
  for (const a of ARTICLE_IDS) {
    const idx = drafts.flatMap((d, i) => (d.expect.includes(a) ? [i] : []));
    if (idx.length === 0) continue;
    const r = idx.filter((i) => drafts[i]!.ruled.has(a)).length;
    const m = idx.filter((i) => judged[i]!.model.has(a)).length;
    const b = idx.filter((i) => drafts[i]!.ruled.has(a) || judged[i]!.model.has(a)).length;
    const f = (x: number) => (x / idx.length).toFixed(2).padStart(5);
    console.log(
      `${a.padEnd(14)} ${String(idx.length).padStart(5)}  ${f(r)}  ${f(m)}        ${f(b)}`,
    );
  }
  const rows = new Map<string, Row>();
  const add = (name: string, i: number) => {
    const row = rows.get(name) ?? {
      name,
      n: 0,
      problems: 0,
      warned: 0,
      clean: 0,
      cleanWarned: 0,
      modelOnly: 0,
    };
    const d = drafts[i]!;
    row.n++;
    if (d.expect.length === 0) {
      row.clean++;
      if (judged[i]!.warned) row.cleanWarned++;
    } else {
      row.problems++;
      if (judged[i]!.warned) row.warned++;
      if (judged[i]!.model.size > 0 && !d.rulesWarn) row.modelOnly++;
    }
    rows.set(name, row);
  };
  drafts.forEach((d, i) => {
    add(writerOf(d.key), i);
    add('ALL', i);
  });
  const pct = (a: number, b: number) => `${a}/${b} (${((100 * a) / Math.max(1, b)).toFixed(1)}%)`;
  console.log(
    'writer        problems warned (both)   of which by the model alone   clean warned (both)',
  );
  for (const row of [...rows.values()].sort((a, b) =>
    a.name === 'ALL'
      ? 1
      : b.name === 'ALL'
        ? -1
        : a.name.localeCompare(b.name, 'en', { numeric: true }),
  ))
    console.log(
      `${row.name.padEnd(12)}  ${pct(row.warned, row.problems).padEnd(22)}   ${String(row.modelOnly).padEnd(27)}   ${pct(row.cleanWarned, row.clean)}`,
    );
  const rulesOnly = drafts.filter((d) => d.expect.length > 0 && d.rulesWarn).length;
  const rulesClean = drafts.filter((d) => d.expect.length === 0 && d.rulesWarn).length;
  console.log(
    `rules alone: problems warned ${pct(rulesOnly, drafts.filter((d) => d.expect.length > 0).length)}, clean warned ${pct(rulesClean, drafts.filter((d) => d.expect.length === 0).length)}`,
  );
}

const t0 = performance.now();
const trained = trainAll();
const { drafts, features, speaks, outOfFold, gateOutOfFold, model } = trained;
console.log(
  `${drafts.length} drafts, ${model.heads.length} heads, in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
);
table('5-fold out-of-fold, article heads only', drafts, outOfFold, model.heads);
table(
  '5-fold out-of-fold with the any-problem head (the thresholds were chosen on these scores)',
  drafts,
  outOfFold,
  model.heads,
  model.gate ? { logits: gateOutOfFold, threshold: model.gate.threshold } : undefined,
);
if (process.argv.includes('--lowo')) {
  const writers = drafts.map((d) => writerOf(d.key));
  const ids = [...new Set(writers)].sort();
  const lowo = outOfFoldLogits(
    drafts,
    features,
    speaks,
    writers.map((w) => ids.indexOf(w)),
  );
  table('leave-one-writer-out (same thresholds)', drafts, lowo, model.heads);
}
