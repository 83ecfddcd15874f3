// `npx tsx scripts/model-report.ts --file F [--misses]`: per-article recall and clean drafts
// warned for the rules only, the second reader only, and both (as the worker judges), on a
// corpus file of the usual shape. For the training data's own out-of-fold and
// leave-one-writer-out figures: scripts/model-cv.ts. Figures only: nothing here tunes anything.
import { resolve } from 'node:path';
import { analyze } from '../core/analyze';
import { secondReader } from '../core/model';
import { makeTextView } from '../core/text/normalize';
import { defaultPolicy } from '../core/policy/musselhorst';
import { ARTICLE_IDS, isWarningOrStop, type ArticleId, type Finding } from '../core/types';
import type { LabelledDraft } from '../core/model/train';
import { loadCorpus } from '../tests/corpus/evaluate';
import { sayIn } from '../core/i18n';

type Mode = 'rules' | 'model' | 'both';

function judge(d: LabelledDraft, mode: Mode): Finding[] {
  if (mode === 'rules') return analyze(d.draft, { role: d.role });
  if (mode === 'both') return analyze(d.draft, { role: d.role, secondReader });
  return secondReader({
    draft: d.draft,
    view: makeTextView(d.draft.text),
    role: d.role,
    policy: defaultPolicy,
    say: sayIn('nl'),
    ruled: new Set(),
  });
}

/** Recall per article (any reminder on it), and drafts warned (warning or stop). */
export function report(drafts: readonly LabelledDraft[], mode: Mode, misses = false) {
  const pos = new Map<ArticleId, number>();
  const hit = new Map<ArticleId, number>();
  let clean = 0;
  let cleanWarned = 0;
  let problems = 0;
  let problemsWarned = 0;
  for (const d of drafts) {
    const findings = judge(d, mode);
    const fired = new Set(findings.map((f) => f.article));
    const warned = findings.some((f) => isWarningOrStop(f.severity));
    for (const a of d.expect) {
      pos.set(a, (pos.get(a) ?? 0) + 1);
      if (fired.has(a)) hit.set(a, (hit.get(a) ?? 0) + 1);
      else if (misses) console.log(`  missed [${a}] ${d.key}: ${d.draft.text.slice(0, 120)}`);
    }
    if (d.expect.length === 0) {
      clean++;
      if (warned) {
        cleanWarned++;
        if (misses)
          console.log(
            `  clean warned ${d.key}: ${d.draft.text.slice(0, 120)} → ${findings.map((f) => f.ruleId).join(',')}`,
          );
      }
    } else {
      problems++;
      if (warned) problemsWarned++;
    }
  }
  const articles = ARTICLE_IDS.filter((a) => pos.has(a)).map((a) => ({
    article: a,
    positives: pos.get(a)!,
    recall: (hit.get(a) ?? 0) / pos.get(a)!,
  }));
  return { articles, clean, cleanWarned, problems, problemsWarned };
}

/** Prints the three modes side by side. */
export function printReport(name: string, drafts: readonly LabelledDraft[], misses = false): void {
  const modes: Mode[] = ['rules', 'model', 'both'];
  const r = modes.map((m) => report(drafts, m, misses && m === 'both'));
  console.log(
    `\n${name}: ${drafts.length} drafts, ${r[0]!.problems} with a problem, ${r[0]!.clean} clean`,
  );
  console.log(
    'article         n     rules   model   both   (recall: any reminder on that article)',
  );
  for (const row of r[0]!.articles) {
    const cells = r.map((x) =>
      x.articles.find((a) => a.article === row.article)!.recall.toFixed(2),
    );
    console.log(
      `${row.article.padEnd(14)} ${String(row.positives).padStart(3)}   ${cells.map((c) => c.padStart(5)).join('   ')}`,
    );
  }
  const pct = (a: number, b: number) => `${a}/${b} (${((100 * a) / Math.max(1, b)).toFixed(1)}%)`;
  for (const [i, m] of modes.entries())
    console.log(
      `${m.padEnd(5)}: problem drafts warned ${pct(r[i]!.problemsWarned, r[i]!.problems)}, clean drafts warned ${pct(r[i]!.cleanWarned, r[i]!.clean)}`,
    );
}

const fileAt = process.argv.indexOf('--file');
const misses = process.argv.includes('--misses');
if (fileAt > 0) {
  const file = resolve(process.argv[fileAt + 1]!);
  // Borderline real texts are kept for reading, not scored (as in tests/corpus/blind.test.ts).
  const drafts = loadCorpus(file)
    .filter((e) => e.label !== 'borderline')
    .map((e) => ({
      key: e.id,
      draft: { text: e.text, platform: e.platform, isReply: e.isReply, hasMedia: e.hasMedia },
      role: e.role,
      expect: e.expect,
    }));
  printReport(file.split('/').at(-1)!, drafts, misses);
}
