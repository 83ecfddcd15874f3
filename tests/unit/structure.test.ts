import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManagedSchema } from '../../core/config';
import { en, nl } from '../../core/i18n/strings.generated';
import { platforms as covered } from '../../core/platforms';
import other from '../../core/platforms/other';
import { rules } from '../../core/rules';
import type { Rule } from '../../core/rules/types';
import { PLATFORM_IDS } from '../../core/types';
import { practiceBoxes } from '../../entrypoints/oefenen/boxes';
import { FIXTURES } from '../e2e/serve';

// Structure tests, in the style of refined-github's own (a test per convention, run over every
// file, so a new rule or platform that skips a step fails here, not in a user's browser): the
// steps of docs/ARCHITECTURE.md "Adding things", checked for every rule and every platform.

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const RULES_DIR = 'core/rules';

/** Files in core/rules that are not rules, and why. */
const NOT_RULES: Record<string, string> = {
  'index.ts': 'the list of rules',
  'types.ts': 'the Rule type and defineRule',
  'repeats.ts': 'merges several findings of one rule into one reminder (core/analyze.ts)',
};

const ruleFiles = readdirSync(join(root, RULES_DIR))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !(f in NOT_RULES))
  .sort();

describe('every rule file in core/rules', () => {
  it('finds the rule files (the checks below are not vacuous)', () => {
    expect(ruleFiles.length).toBeGreaterThan(50);
    expect(ruleFiles.length).toBe(rules.length);
  });

  it.each(ruleFiles)(
    '%s: its default export is a rule whose id is its file name, listed in the index',
    async (file) => {
      const rule = ((await import(`../../core/rules/${file}`)) as { default: Rule }).default;
      expect(rule?.id).toBe(file.replace(/\.ts$/, ''));
      expect(typeof rule.detect).toBe('function');
      expect(rules).toContain(rule);
    },
  );

  it.each(ruleFiles)('%s: has a table test beside it', (file) => {
    const test = `${RULES_DIR}/${file.replace(/\.ts$/, '.test.ts')}`;
    expect(existsSync(join(root, test)), `${test} is missing`).toBe(true);
    // A table: the cases in a list run by one body (it.each, or a loop over cases).
    expect(read(test)).toMatch(/\.each\(|for \(const /);
  });

  it.each(ruleFiles)('%s: has its message in Dutch and in English', (file) => {
    const key = `rules.${file.replace(/\.ts$/, '')}.message`;
    expect(Object.keys(nl)).toContain(key);
    expect((nl as Record<string, string>)[key]?.trim()).not.toBe('');
    expect((en as Record<string, string>)[key]?.trim()).not.toBe('');
  });

  // The README's table is by protocol article (what a school reads); a rule is named there
  // through its article's row, and by its id in the message tables above.
  const readmeRows = read('README.md')
    .split('\n')
    .filter((line) => /^\| (\d+ — |Bedenk dat…)/.test(line))
    .map((line) => line.split('|')[1]!.trim());
  const rowOf = (article: string) =>
    article.startsWith('bg-')
      ? 'Bedenk dat…'
      : readmeRows.find((r) => r.startsWith(`${article} — `));

  it('the README has the article table (the check below is not vacuous)', () => {
    expect(readmeRows.length).toBeGreaterThanOrEqual(11);
  });

  it.each(rules.map((r) => [r.id, r.article] as const))(
    '%s: its article (%s) has a row in the README table',
    (_id, article) => {
      const row = rowOf(article);
      expect(row && readmeRows.includes(row), `no README row for article ${article}`).toBe(true);
    },
  );
});

/** Surfaces without a fixture page of their own, and why (known gaps, listed, not silent). */
const NO_FIXTURE: Record<string, string> = {
  'other/textarea':
    'known gap: a site the user enables has no page of its own to rebuild; the generic path (a box no selector names) is tested on redesigned fixture pages in tests/e2e/unknown-boxes.spec.ts, not on a page served under a host the user enabled',
  'other/richText':
    'known gap: as other/textarea (unknown-boxes.spec.ts covers a generic contenteditable on a redesigned page)',
};

/**
 * Where a platform has no practice box, and why (never silently: a new platform must get a
 * box or an entry here).
 */
const NO_PRACTICE_BOX: Partial<Record<(typeof PLATFORM_IDS)[number], string>> = {
  other:
    'any site the user enables: it has no look of its own to copy, and the practice page shows each platform as it looks',
};

/** The covered platforms and "other" (sites the user enables), each a file in core/platforms. */
const platforms = [...covered, other];

describe('every platform in core/platforms', () => {
  it('finds every platform id (the checks below are not vacuous)', () => {
    expect(platforms.map((p) => p.id).sort()).toEqual([...PLATFORM_IDS].sort());
  });

  const surfaces = platforms.flatMap((p) => p.surfaces.map((s) => [p.id, s.id] as const));
  it.each(surfaces)('%s %s: has a fixture page, or a reason why not', (platform, surface) => {
    const pages = FIXTURES.filter((f) => f.platform === platform && f.surface === surface);
    const reason = NO_FIXTURE[`${platform}/${surface}`];
    if (reason)
      expect(pages, `${platform}/${surface} has a fixture now: remove its entry`).toEqual([]);
    else expect(pages, `${platform}/${surface} has no fixture page`).not.toEqual([]);
  });

  it.each([...PLATFORM_IDS])(
    '%s: has a managed-settings key (on/off pushed by the school)',
    (id) => {
      const schema = JSON.parse(read('public/managed_schema.json')) as {
        properties: { platforms: { properties: Record<string, unknown> } };
      };
      expect(Object.keys(schema.properties.platforms.properties)).toContain(id);
      expect(ManagedSchema.shape.platforms.safeParse({ [id]: false }).success).toBe(true);
    },
  );

  it.each([...PLATFORM_IDS])('%s: has a practice box, or a reason why not', (id) => {
    const reason = NO_PRACTICE_BOX[id];
    const boxes = practiceBoxes.filter((b) => b.platform.id === id);
    if (reason) expect(boxes, `${id} has a box now: remove its entry`).toEqual([]);
    else expect(boxes.length, `${id} has no practice box`).toBe(1);
  });
});
