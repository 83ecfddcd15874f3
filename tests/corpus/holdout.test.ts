import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, loadCorpus } from './evaluate';

// The hold-out corpus was written blind — from the protocol alone, by an author who never saw
// the rules or the main corpus. Rules are tuned on its dev half only; the test half is never
// tuned on, so its figures are the honest ones (README, "What it checks"). These floors keep
// a change from quietly losing what generalises. Figures: `npx tsx scripts/corpus-report.ts
// --file tests/corpus/holdout-test.jsonl`.
const file = (name: string) => fileURLToPath(new URL(name, import.meta.url));

describe('blind hold-out corpus, test half', () => {
  const corpus = loadCorpus(file('./holdout-test.jsonl'));
  const report = evaluateCorpus(corpus);

  it('is the half it should be', () => {
    expect(corpus.length).toBe(80);
    expect(report.drafts.problems).toBe(32);
  });

  it('gives at least 80% of the problem drafts a reminder', () => {
    expect(report.drafts.withFinding / report.drafts.problems).toBeGreaterThanOrEqual(0.8);
  });

  it('gives at most 5% of the clean drafts a warning', () => {
    expect(report.clean.warningRate).toBeLessThanOrEqual(0.05);
  });
});
