import { defineConfig } from 'vitest/config';

// The Firefox end-to-end suite (`npm run test:e2e:firefox`): one Firefox per file, files one
// after the other (two browsers on 2 cores only slow each other down), a new tab per test.
export default defineConfig({
  test: {
    root: import.meta.dirname + '/../..',
    include: ['tests/firefox/**/*.firefox.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    reporters: ['verbose'],
  },
});
