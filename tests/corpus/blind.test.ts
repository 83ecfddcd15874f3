import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/analyze';
import { secondReader } from '../../core/model';
import { isWarningOrStop } from '../../core/types';
import { loadCorpus, type CorpusEntry } from './evaluate';

// The blind sets (tests/corpus/blind/README.md): written or collected by sessions that never
// saw the rules, and never tuned on. Judged as the worker judges a draft (the rules and the
// second reader). The floors are what the product reaches today, so that a change cannot
// quietly lose what generalises; raise them when it does better, never lower them to pass.
const file = (name: string) => fileURLToPath(new URL(`./blind/${name}`, import.meta.url));

function judge(corpus: readonly CorpusEntry[]) {
  let problems = 0;
  let problemsWarned = 0;
  let clean = 0;
  let cleanWarned = 0;
  for (const e of corpus) {
    if (e.label === 'borderline') continue;
    const findings = analyze(
      { text: e.text, platform: e.platform, isReply: e.isReply, hasMedia: e.hasMedia },
      { role: e.role, secondReader },
    );
    const warned = findings.some((f) => isWarningOrStop(f.severity));
    if (e.expect.length === 0) {
      clean++;
      if (warned) cleanWarned++;
    } else {
      problems++;
      if (warned) problemsWarned++;
    }
  }
  return { problems, problemsWarned, clean, cleanWarned };
}

describe('second blind corpus, test half', () => {
  const r = judge(loadCorpus(file('second-test.jsonl')));
  it('is the half it should be', () => {
    expect([r.problems, r.clean]).toEqual([81, 56]);
  });
  it('warns on the problem drafts it reached', () => {
    expect(r.problemsWarned).toBeGreaterThanOrEqual(FLOOR.secondTest.problemsWarned);
  });
  it('warns on no more clean drafts than it did', () => {
    expect(r.cleanWarned).toBeLessThanOrEqual(FLOOR.secondTest.cleanWarned);
  });
});

describe('real texts published by schools', () => {
  const r = judge(loadCorpus(file('realtexts.jsonl')));
  it('scores the quiet and warn pieces only', () => {
    expect([r.problems, r.clean]).toEqual([9, 108]);
  });
  it('warns on no more ordinary school texts than it did', () => {
    expect(r.cleanWarned).toBeLessThanOrEqual(FLOOR.realTexts.cleanWarned);
  });
  it('warns on the pieces with private details it reached', () => {
    expect(r.problemsWarned).toBeGreaterThanOrEqual(FLOOR.realTexts.problemsWarned);
  });
});

describe('real incidents: posts that cost staff their job', () => {
  const r = judge(loadCorpus(file('incidents.jsonl')));
  it('holds the 44 cases and 10 controls', () => {
    expect([r.problems, r.clean]).toEqual([44, 10]);
  });
  it('warns on the cases it reached', () => {
    expect(r.problemsWarned).toBeGreaterThanOrEqual(FLOOR.incidents.problemsWarned);
  });
  it('warns on no more controls than it did', () => {
    expect(r.cleanWarned).toBeLessThanOrEqual(FLOOR.incidents.cleanWarned);
  });
});

/** Measured once on 2026-12-03 (session 24), with the final code, decided beforehand to ship
 * whatever it showed: the rules for real posts by employees of other sectors (c8), the look-
 * alikes of three new writers and 353 real school texts, a calm view of one's own as a tip, and
 * the second reader retrained on 29,742 drafts with 12,000 weights per head (was 4,000). Not
 * tuned on. Session 23 reached 55/81 at 1/56, 6/9 at 6/108, 14/44. */
// Far from the targets (≥ 90% of problems warned, ≤ 2% of clean texts warned): see the README.
const FLOOR = {
  secondTest: { problemsWarned: 56, cleanWarned: 0 }, // 56/81 warned (69%), 0/56 clean warned
  realTexts: { problemsWarned: 7, cleanWarned: 6 }, // 7/9 warned, 6/108 ordinary texts warned (5.6%)
  incidents: { problemsWarned: 17, cleanWarned: 0 }, // 17/44 cases warned (38.6%), 0/10 controls
};
