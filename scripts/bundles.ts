// The built bundles and their budgets (shared/DESIGN.md "Budgets"): printed by `npm run bench`
// and checked on the production build by tests/e2e/bundle.spec.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type Bundle = {
  /** Path inside the built extension (.output/chrome-mv3). */
  file: string;
  /** What it is, for the printout. */
  what: string;
  /** Budget on the minified size, in KB of 1,024 bytes; null: no budget (loaded on need). */
  budgetKb: number | null;
  /**
   * Where the budget is not met yet: the most the bundle may weigh until it is (so it cannot
   * grow further), with the reason. The bench still prints it as over its budget.
   */
  ceiling?: { kb: number; why: string };
};

export const BUNDLES: readonly Bundle[] = [
  { file: 'content-scripts/content.js', what: 'content script, on every page', budgetKb: 200 },
  {
    file: 'background.js',
    what: 'worker (rules and model)',
    budgetKb: 300,
    ceiling: {
      kb: 360,
      why: 'the rules alone (core/rules, detectors, lexicons, text) are ~211 KB of it, their messages 33 KB, zod 32 KB',
    },
  },
  { file: 'fallback.js', what: "content script's fallback rules, on need", budgetKb: null },
];

export type BundleSize = Bundle & { bytes: number; gzipBytes: number };

/** The size of each bundle in a built extension directory, raw and gzipped (level 9). */
export function bundleSizes(dir: string): BundleSize[] {
  return BUNDLES.flatMap((b) => {
    const path = join(dir, b.file);
    if (!existsSync(path)) return [];
    const bytes = readFileSync(path);
    return [{ ...b, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length }];
  });
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
