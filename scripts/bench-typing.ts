// `npm run bench` (second part): the content script's cost while a user types, in real
// Chromium on a fixture composer. Types 1,000 characters with and without the extension and
// compares the page's total script time (CDP Performance.getMetrics ScriptDuration), and
// measures how long a reminder takes to show after the last key. Figures, not a test.
// Budgets (DESIGN.md): ≤ 0.5 ms content-script time per key (median), total script time with
// the extension ≤ 1.1× without, reminder on screen ≤ 250 ms (p95) after the last key.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { servePlatformFixture } from '../tests/e2e/serve';

const root = resolve(import.meta.dirname, '..');
const extensionPath = join(root, '.output/chrome-mv3');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIXTURES = ['x-post', 'facebook-post', 'linkedin-post-classic', 'instagram-comment'];
const TEXT =
  'Wat een mooie dag was het vandaag op school. De kinderen van groep 6 hebben hard gewerkt aan hun werkstuk over de Romeinen en presenteerden het aan de ouders. ';

async function launch(withExtension: boolean): Promise<{ context: BrowserContext; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'bedenk-dat-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless: true,
    locale: 'nl-NL',
    args: [
      ...(withExtension
        ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`]
        : ['--disable-extensions']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--lang=nl',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
  await context.route('**/*', (route) =>
    route.request().url().startsWith('chrome-extension://') ? route.continue() : route.abort(),
  );
  if (withExtension && context.serviceWorkers().length === 0)
    await context.waitForEvent('serviceworker');
  return { context, dir };
}

/** Total script time of the page so far, in seconds (one CDP session per page). */
async function scriptMeter(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
  };
}

async function openComposer(context: BrowserContext, name: string): Promise<Page> {
  const url = await servePlatformFixture(context, name);
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[contenteditable="true"], textarea').first().click();
  return page;
}

/** Script seconds spent while typing 1,000 characters. */
async function typingCost(context: BrowserContext, name: string): Promise<number> {
  const page = await openComposer(context, name);
  const text = TEXT.repeat(Math.ceil(1000 / TEXT.length)).slice(0, 1000);
  const meter = await scriptMeter(page);
  const before = await meter();
  await page.keyboard.type(text);
  await page.waitForTimeout(400); // let the last coalesced read finish, as a user's pause would
  const after = await meter();
  await page.close();
  return after - before;
}

/** Milliseconds from the last key to the reminder on screen, over `runs` drafts. */
async function reminderLatency(
  context: BrowserContext,
  name: string,
  runs: number,
): Promise<number[]> {
  const page = await openComposer(context, name);
  await page.evaluate(() => {
    const w = window as unknown as { __lastKey: number; __shown: number[] };
    w.__shown = [];
    document.addEventListener('keydown', () => (w.__lastKey = performance.now()), true);
    new MutationObserver(() => {
      const panel = document.querySelector('bedenk-dat-panel');
      if (panel?.getAttribute('data-state') === 'findings') w.__shown.push(performance.now());
    }).observe(document.documentElement, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-state'],
      childList: true,
    });
  });
  const delays: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.waitForFunction(
      () => document.querySelector('bedenk-dat-panel')?.getAttribute('data-state') !== 'findings',
    );
    await page.evaluate(() => ((window as unknown as { __shown: number[] }).__shown = []));
    await page.keyboard.type(`Even onder ons: het BSN van leerling ${i} is 111222333`);
    await page.waitForFunction(
      () => (window as unknown as { __shown: number[] }).__shown.length > 0,
    );
    delays.push(
      await page.evaluate(() => {
        const w = window as unknown as { __lastKey: number; __shown: number[] };
        return w.__shown[0]! - w.__lastKey;
      }),
    );
  }
  await page.close();
  return delays.sort((a, b) => a - b);
}

const q = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

export async function benchTyping(): Promise<void> {
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
  const withExt = await launch(true);
  const without = await launch(false);
  console.log('\nTyping 1,000 characters (Chromium, headless):');
  console.log('fixture                 script ms without  script ms with  ratio  extension ms/key');
  for (const name of FIXTURES) {
    // Best of three: background noise only adds time.
    const base = Math.min(
      ...[
        await typingCost(without.context, name),
        await typingCost(without.context, name),
        await typingCost(without.context, name),
      ],
    );
    const ext = Math.min(
      ...[
        await typingCost(withExt.context, name),
        await typingCost(withExt.context, name),
        await typingCost(withExt.context, name),
      ],
    );
    console.log(
      `${name.padEnd(24)}${(base * 1000).toFixed(0).padStart(17)}  ${(ext * 1000).toFixed(0).padStart(14)}  ${(ext / base).toFixed(2).padStart(5)}×  ${(((ext - base) * 1000) / 1000).toFixed(3).padStart(16)}`,
    );
  }
  console.log('\nReminder on screen after the last key (20 drafts each):');
  for (const name of ['x-post', 'facebook-post']) {
    const delays = await reminderLatency(withExt.context, name, 20);
    console.log(
      `${name.padEnd(24)} median ${q(delays, 0.5).toFixed(0)} ms, p95 ${q(delays, 0.95).toFixed(0)} ms (budget p95 ≤ 250 ms)`,
    );
  }
  for (const { context, dir } of [withExt, without]) {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
