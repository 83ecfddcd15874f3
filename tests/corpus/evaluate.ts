import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { analyze } from '../../core/analyze';
import { rules } from '../../core/rules';
import {
  ARTICLE_IDS,
  PLATFORM_IDS,
  ROLES,
  isWarningOrStop,
  type ArticleId,
} from '../../core/types';

/** One labelled draft of the corpus. */
export const CorpusEntrySchema = z.object({
  id: z.string(),
  text: z.string().min(1),
  platform: z.enum(PLATFORM_IDS),
  role: z.enum(ROLES).default('medewerker'),
  isReply: z.boolean().default(false),
  hasMedia: z.boolean().default(false),
  expect: z.array(z.enum(ARTICLE_IDS)),
  forbid: z.array(z.enum(ARTICLE_IDS)).default([]),
  note: z.string().optional(),
  /** Real-text sets: `borderline` pieces are kept for reading but not scored. */
  label: z.enum(['quiet', 'warn', 'borderline']).optional(),
});
export type CorpusEntry = z.infer<typeof CorpusEntrySchema>;

/** Reads tests/corpus/corpus.jsonl (or another file of the same shape); throws with the line number on a bad line. */
export function loadCorpus(
  file: string = fileURLToPath(new URL('./corpus.jsonl', import.meta.url)),
): CorpusEntry[] {
  const name = file.split('/').at(-1);
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, n }) => {
      const parsed = CorpusEntrySchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${name} line ${n}: ${parsed.error.message}`);
      return parsed.data;
    });
}

export type Miss = {
  kind: 'missed' | 'false';
  article: string;
  id: string;
  text: string;
  got: string[];
};

/** Per-article recall, forbidden firings, and the false-alarm rate on clean drafts. */
const ALSO = new Map(rules.map((r) => [r.id, r.alsoArticles ?? []]));

export function evaluateCorpus(corpus: CorpusEntry[], strict = false) {
  const stats = new Map<ArticleId, { positives: number; hits: number; forbiddenFired: number }>();
  for (const a of ARTICLE_IDS) stats.set(a, { positives: 0, hits: 0, forbiddenFired: 0 });
  const misses: Miss[] = [];
  let clean = 0;
  let cleanWithWarning = 0;
  let cleanWithInfoOnly = 0;
  // Draft level, as a user sees it: does a problem draft get any reminder at all?
  let problems = 0;
  let problemsWithFinding = 0;
  let problemsWithWarning = 0;
  for (const entry of corpus) {
    const findings = analyze(
      {
        text: entry.text,
        platform: entry.platform,
        isReply: entry.isReply,
        hasMedia: entry.hasMedia,
      },
      { role: entry.role },
    );
    // A finding reminds of its article and of the points its rule also speaks to (a pupil's
    // diagnosis: art. 3 and bg-privacy); `strict` counts the shown article only.
    const fired = new Set(
      findings.flatMap((f) => [f.article, ...(strict ? [] : (ALSO.get(f.ruleId) ?? []))]),
    );
    const got = findings.map((f) => `${f.ruleId}(${f.article},${f.severity})`);
    for (const a of entry.expect) {
      const s = stats.get(a)!;
      s.positives++;
      if (fired.has(a)) s.hits++;
      else misses.push({ kind: 'missed', article: a, id: entry.id, text: entry.text, got });
    }
    for (const a of entry.forbid) {
      if (fired.has(a)) {
        stats.get(a)!.forbiddenFired++;
        misses.push({ kind: 'false', article: a, id: entry.id, text: entry.text, got });
      }
    }
    if (entry.expect.length > 0) {
      problems++;
      if (findings.length > 0) problemsWithFinding++;
      if (findings.some((f) => isWarningOrStop(f.severity))) problemsWithWarning++;
    }
    if (entry.expect.length === 0) {
      clean++;
      if (findings.some((f) => isWarningOrStop(f.severity))) {
        cleanWithWarning++;
        misses.push({ kind: 'false', article: 'clean', id: entry.id, text: entry.text, got });
      } else if (findings.length > 0) cleanWithInfoOnly++;
    }
  }
  return {
    articles: [...stats].map(([article, s]) => ({
      article,
      positives: s.positives,
      recall: s.positives === 0 ? 1 : s.hits / s.positives,
      forbiddenFired: s.forbiddenFired,
    })),
    clean: {
      total: clean,
      withWarning: cleanWithWarning,
      withInfoOnly: cleanWithInfoOnly,
      warningRate: clean === 0 ? 0 : cleanWithWarning / clean,
    },
    drafts: {
      problems,
      withFinding: problemsWithFinding,
      withWarning: problemsWithWarning,
      warningRecall: problems === 0 ? 1 : problemsWithWarning / problems,
    },
    misses,
  };
}
