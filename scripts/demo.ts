// `npm run demo`: builds the extension and shows it working. With a display, Chromium opens
// with the extension loaded on its try-it page; without one (a server, CI), it types example
// drafts headless and saves screenshots in ./screenshots/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');
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
    viewport: { width: 420, height: 560 },
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
const page = await context.newPage();
await page.goto(`chrome-extension://${id}/popup.html`);

if (!headless) {
  console.log('Chromium is open with Bedenk dat on its try-it page. Close the window to stop.');
  await new Promise((done) => context.on('close', done));
} else {
  const examples = [
    ['vertrouwelijk', 'Even onder ons: het BSN van Daan is 111222333, niet doorsturen!'],
    ['schoon', 'Morgen is de sportdag! Vergeet je gymschoenen en een bidon niet.'],
  ];
  const out = join(root, 'screenshots');
  mkdirSync(out, { recursive: true });
  for (const [name, text] of examples) {
    await page.getByLabel('Probeer een bericht').fill(text!);
    await page.waitForSelector('[data-testid="try-findings"] :is(li, p)');
    const file = join(out, `demo-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`saved ${file}`);
  }
  console.log(
    'No display here: screenshots saved in ./screenshots/. Try the rules on the command line too:',
  );
  console.log('  npm run --silent check -- "Het BSN van Daan is 111222333"');
  await context.close();
}
