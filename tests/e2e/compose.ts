import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { platforms } from '../../core/platforms';
import { launchWithExtension, test as base } from './fixtures';
import { fixture, servePlatformFixture, type FixtureInfo } from './serve';

// Shared by the specs that act on a compose box (disclaimer, nudge): one browser with the
// built extension per worker (a launch costs ~2 s), a fresh page per test.

type Shared = { shared: { context: BrowserContext; outside: string[] } };

/** Playwright test with one Chromium (and the extension) per worker. */
export const test = base.extend<object, Shared>({
  shared: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'bedenk-dat-compose-'));
      const launched = await launchWithExtension(dir);
      await use(launched);
      await launched.context.close();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

/** A fixture page opened in the shared browser, with its compose box and the site's state. */
export type Opened = {
  page: Page;
  f: FixtureInfo;
  /** The editor, found through the platform data. */
  editor: Locator;
  /** The editor's own state: what the site would post. */
  state(): Promise<string>;
  /** What the site's submit handler received, oldest first. */
  posted(): Promise<string[]>;
  /** Our panel next to the box. */
  panel: Locator;
};

/** Opens fixture `name` under its real URL (in `page` if given, e.g. one watched over CDP). */
export async function open(context: BrowserContext, name: string, page?: Page): Promise<Opened> {
  const f = fixture(name);
  page ??= await context.newPage();
  await page.goto(await servePlatformFixture(context, f.name));
  await page.waitForFunction(() => window.__fixture !== undefined);
  const surface = platforms
    .find((p) => p.id === f.platform)!
    .surfaces.find((s) => s.id === f.surface)!;
  return {
    page,
    f,
    editor: page.locator(surface.editor.join(', ')).first(),
    state: () => page.evaluate(() => window.__fixture!.state()),
    posted: () => page.evaluate(() => [...window.__fixture!.posted]),
    panel: page.locator('bedenk-dat-panel'),
  };
}

/** The site's own Post button, found through the platform data (inside the box's container). */
export function postButton(o: Opened): Locator {
  if (o.f.submit) return o.page.locator(o.f.submit).first(); // text-only buttons (Threads…)
  const surface = platforms
    .find((p) => p.id === o.f.platform)!
    .surfaces.find((s) => s.id === o.f.surface)!;
  return o.page
    .locator((surface.container ?? []).join(', '))
    .locator((surface.submit ?? []).join(', '))
    .first();
}

/** Clicks into the box and types `text` as a user does. */
export async function typeInto(o: Opened, text: string): Promise<void> {
  await o.editor.click();
  await o.page.keyboard.type(text);
}

/** Sends a runtime message to the background worker from an extension page, as the popup does. */
export async function askWorker(
  context: BrowserContext,
  name: string,
  data: unknown = {},
): Promise<unknown> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
  const answer = await page.evaluate(([name, data]) => chrome.runtime.sendMessage({ name, data }), [
    name,
    data,
  ] as const);
  await page.close();
  return answer;
}

/** This week's count of `event` (numbers only), as the popup shows it. */
export async function weekCount(context: BrowserContext, event: string): Promise<number> {
  const stats = (await askWorker(context, 'weekStats')) as { counts?: Record<string, number> };
  return stats.counts?.[event] ?? 0;
}
