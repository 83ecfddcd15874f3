import { describe, expect, it } from 'vitest';
import { evaluateCorpus, loadCorpus } from './evaluate';

// The labelled corpus: realistic drafts written for this project, each with the articles
// that must and must not fire. `npx tsx scripts/corpus-report.ts --misses` explains a failure.
const corpus = loadCorpus();
const report = evaluateCorpus(corpus);

describe('labelled corpus', () => {
  it('is big and varied enough to mean something', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    const clean = corpus.filter((d) => d.expect.length === 0).length;
    expect(clean / corpus.length).toBeGreaterThanOrEqual(0.4);
    for (const platform of ['x', 'facebook', 'instagram', 'linkedin', 'youtube'] as const) {
      expect(
        corpus.some((d) => d.platform === platform),
        platform,
      ).toBe(true);
    }
    expect(corpus.some((d) => d.role === 'leidinggevende')).toBe(true);
    expect(corpus.some((d) => d.isReply)).toBe(true);
  });

  it.each(report.articles.filter((a) => a.positives > 0).map((a) => [a.article, a] as const))(
    'article %s: recall at least 0.9',
    (_article, row) => {
      expect(row.recall).toBeGreaterThanOrEqual(0.9);
    },
  );

  it('at most 3% of clean drafts get a warning', () => {
    expect(report.clean.warningRate).toBeLessThanOrEqual(0.03);
  });
});
