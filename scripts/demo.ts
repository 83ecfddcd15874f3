// `npm run demo`: builds the extension and shows it working. With a display, Chromium opens
// with the extension loaded on its practice page "Oefenen"; without one (a server, CI), it
// loads the example drafts headless and saves screenshots of the practice page with its
// reminders (and of the options page) in ./screenshots/. `--headless` forces the latter.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');
/** The size both stores take for screenshots. */
export const STORE_SHOT = { width: 1280, height: 800 };
const extensionPath = join(root, '.output/chrome-mv3');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

console.log('Building the extension (wxt build)…');
execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });

const context = await chromium.launchPersistentContext(
  mkdtempSync(join(tmpdir(), 'bedenk-dat-demo-')),
  {
    executablePath,
    headless,
    viewport: { width: 1120, height: 760 },
    locale: 'nl-NL',
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=nl',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...(headless ? ['--disable-gpu'] : []),
    ],
  },
);
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
const practiceUrl = `chrome-extension://${id}/oefenen.html`;

/** The practice tab the extension opens on install, or a new one. */
async function practicePage(): Promise<Page> {
  const opened = context.pages().find((p) => p.url() === practiceUrl);
  if (opened) return opened;
  const page = await context.newPage();
  await page.goto(practiceUrl);
  return page;
}

const page = await practicePage();
await page.bringToFront();
await page.getByRole('heading', { name: /Oefenen/ }).waitFor();

if (!headless) {
  console.log('Chromium is open with Bedenk dat on its practice page "Oefenen".');
  console.log('Load an example or type a post; close the window to stop.');
  await new Promise((done) => context.on('close', done));
} else {
  const out = join(root, 'screenshots');
  mkdirSync(out, { recursive: true });
  const save = async (target: Page, name: string) => {
    const file = join(out, `${name}.png`);
    await target.screenshot({ path: file });
    console.log(`saved ${file}`);
  };
  // Site, example button, file name: one of each kind of reminder a newcomer should see.
  const shots = [
    ['X', 'Vertrouwelijk', 'oefenen-vertrouwelijk'],
    ['X', 'Mening over onderwijs', 'oefenen-mening'],
    ['Instagram', "Foto's van de sportdag", 'oefenen-foto'],
    ['Facebook', 'Boos op een ouder', 'oefenen-boos'],
  ] as const;
  const panel = page.locator('bedenk-dat-panel');
  for (const [site, example, name] of shots) {
    await page.getByRole('button', { name: site, exact: true }).click();
    await page.getByRole('button', { name: example, exact: true }).click();
    await panel.and(page.locator('[data-state="findings"]')).waitFor();
    await save(page, name);
  }
  // Post with reminders open: the nudge.
  await page.getByRole('button', { name: 'X', exact: true }).click();
  await page.getByRole('button', { name: 'Vertrouwelijk', exact: true }).click();
  await page.getByTestId('practice-post').click();
  await page.locator('[data-bedenk-dat="nudge"]').waitFor();
  await save(page, 'oefenen-nudge');

  // The stores' screenshots (Chrome Web Store: 1280 × 800; addons.mozilla.org takes the
  // same), kept in docs/store/screenshots/ beside the listing texts.
  const store = join(root, 'docs/store/screenshots');
  mkdirSync(store, { recursive: true });
  await page.keyboard.press('Escape'); // "back to your text": the nudge goes
  await page.locator('[data-bedenk-dat="nudge"]').waitFor({ state: 'detached' });
  await page.setViewportSize(STORE_SHOT);
  const storeShots = [
    ['X', 'Vertrouwelijk', '1-vertrouwelijk'],
    ['Facebook', 'Mening over onderwijs', '2-disclaimer'],
    ['Instagram', "Foto's van de sportdag", '3-foto'],
  ] as const;
  for (const [site, example, name] of storeShots) {
    await page.getByRole('button', { name: site, exact: true }).click();
    await page.getByRole('button', { name: example, exact: true }).click();
    await panel.and(page.locator('[data-state="findings"]')).waitFor();
    await page.screenshot({ path: join(store, `${name}.png`) });
    console.log(`saved docs/store/screenshots/${name}.png`);
  }
  await page.getByRole('button', { name: 'X', exact: true }).click();
  await page.getByRole('button', { name: 'Vertrouwelijk', exact: true }).click();
  await page.getByTestId('practice-post').click();
  await page.locator('[data-bedenk-dat="nudge"]').waitFor();
  await page.screenshot({ path: join(store, '4-bij-twijfel.png') });
  console.log('saved docs/store/screenshots/4-bij-twijfel.png');

  const options = await context.newPage();
  await options.setViewportSize(STORE_SHOT);
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.getByRole('heading', { name: /Instellingen/ }).waitFor();
  await options.screenshot({ path: join(store, '5-instellingen.png') });
  console.log('saved docs/store/screenshots/5-instellingen.png');
  await options.setViewportSize({ width: 900, height: 1100 });
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.getByRole('heading', { name: /Instellingen/ }).waitFor();
  await save(options, 'options');

  console.log(
    'No display here: screenshots saved in ./screenshots/. Try the rules on the command line too:',
  );
  console.log('  npm run --silent check -- "Het BSN van Daan is 111222333"');
  await context.close();
}
