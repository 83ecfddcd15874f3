import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';

/** Where the production build for Chromium lands (`wxt build`). */
export const extensionPath = resolve(
  import.meta.dirname,
  '../..',
  process.env.BEDENK_OUT_DIR ?? '.output',
  'chrome-mv3',
);

/** Debian's Chromium by default; a laptop can point CHROMIUM_PATH at Playwright's own. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches Chromium with the built extension; every request not routed by a test is aborted and recorded. */
export async function launchWithExtension(
  userDataDir: string,
  lang = 'nl',
): Promise<{ context: BrowserContext; outside: string[] }> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    locale: lang === 'nl' ? 'nl-NL' : 'en-US',
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--lang=${lang}`,
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
  const outside: string[] = [];
  // Fixture routes registered by tests win over this catch-all (last registered first).
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  return { context, outside };
}

type Fixtures = {
  context: BrowserContext;
  /** Requests that tried to leave the machine (fixture routes aside). */
  outsideRequests: string[];
  worker: Worker;
  extensionId: string;
};

/** Playwright test with the real extension loaded in real Chromium. */
export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'bedenk-dat-e2e-'));
    const { context, outside } = await launchWithExtension(dir);
    (context as BrowserContext & { __outside?: string[] }).__outside = outside;
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
  outsideRequests: async ({ context }, use) => {
    await use((context as BrowserContext & { __outside?: string[] }).__outside ?? []);
  },
  worker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
});

export const expect = test.expect;
