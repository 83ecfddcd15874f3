// Runs the labelled corpus (tests/corpus/corpus.jsonl) through analyze and prints, per
// article, recall on the drafts that must fire and the false alarms on those that must not.
// `--misses ARTICLE` lists the drafts behind the figures; `--file F` reads another corpus (the
// held-out one: tests/corpus/holdout.jsonl).
import { resolve } from 'node:path';
import { evaluateCorpus, loadCorpus } from '../tests/corpus/evaluate';

const fileAt = process.argv.indexOf('--file');
const corpus = fileAt > 0 ? loadCorpus(resolve(process.argv[fileAt + 1]!)) : loadCorpus();
// --strict: an article counts only when a finding is shown under it (no alsoArticles).
const report = evaluateCorpus(corpus, process.argv.includes('--strict'));
console.log(`drafts: ${corpus.length}, clean: ${report.clean.total}`);
console.log('article         positives  recall   forbidden-fired');
for (const row of report.articles) {
  console.log(
    `${row.article.padEnd(15)} ${String(row.positives).padStart(9)}  ${row.recall.toFixed(3).padStart(6)}   ${row.forbiddenFired}`,
  );
}
const { drafts } = report;
console.log(
  `problem drafts with a warning/stop: ${drafts.withWarning}/${drafts.problems} (${(drafts.warningRecall * 100).toFixed(1)}%), with any reminder: ${drafts.withFinding}`,
);
console.log(
  `clean drafts with a warning/stop: ${report.clean.withWarning} (${(report.clean.warningRate * 100).toFixed(1)}%), with only info: ${report.clean.withInfoOnly}`,
);
const want = process.argv.indexOf('--misses');
if (want > 0) {
  const article = process.argv[want + 1];
  for (const miss of report.misses.filter((m) => !article || m.article === article)) {
    console.log(
      `${miss.kind} [${miss.article}] ${miss.id}: ${miss.text.slice(0, 140)} → ${miss.got.join(',')}`,
    );
  }
}
