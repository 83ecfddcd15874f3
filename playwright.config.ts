import { defineConfig } from '@playwright/test';

// End-to-end tests drive a real Chromium with the production build loaded (see
// tests/e2e/fixtures.ts). `npm run test:e2e` builds first.
export default defineConfig({
  testDir: './tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 1, // two workers gave no speed-up on 2 cores
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
});
