import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'core/**/*.test.ts',
      'components/**/*.test.tsx',
      'utils/**/*.test.ts',
      'entrypoints/**/*.test.ts',
      'compose/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.ts',
      'tests/corpus/**/*.test.ts',
    ],
    environment: 'node',
    // Property and corpus tests are budgeted by count (numRuns, corpus size), never by the
    // clock: on a busy 2-core machine the default 5 s per test failed `npm test` (issue 11).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
