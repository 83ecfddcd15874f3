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
      'tests/unit/**/*.test.ts',
      'tests/corpus/**/*.test.ts',
    ],
    environment: 'node',
  },
});
