import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, loadCorpus } from './evaluate';

// The second blind corpus (issue 13), dev half: written from the protocol and a short brief by
// a session that never saw the rules. The rules WERE tuned on this half, so these figures are
// not blind (the test half is kept outside the project and measured by the lead). Floors at
// what the rules reach, so a change cannot quietly lose it. Figures: `npx tsx
// scripts/corpus-report.ts --file tests/corpus/second-dev.jsonl`.
const file = fileURLToPath(new URL('./second-dev.jsonl', import.meta.url));

describe('second blind corpus, dev half (tuned on)', () => {
  const corpus = loadCorpus(file);
  const report = evaluateCorpus(corpus);
  const recall = (a: string) => report.articles.find((r) => r.article === a)!.recall;

  it('is the half it should be', () => {
    expect(corpus.length).toBe(139);
    expect(report.drafts.problems).toBe(82);
  });

  it('warns on at least 65% of the problem drafts, and reminds on 85%', () => {
    expect(report.drafts.warningRecall).toBeGreaterThanOrEqual(0.65);
    expect(report.drafts.withFinding / report.drafts.problems).toBeGreaterThanOrEqual(0.85);
  });

  it('finds article 3 (confidential information) at least 9 times in 10', () => {
    expect(recall('3')).toBeGreaterThanOrEqual(0.9);
  });

  it('warns no clean draft', () => {
    expect(report.clean.withWarning).toBe(0);
  });
});
