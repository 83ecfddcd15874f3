// `npx tsx scripts/screenshots.ts`: the README's pictures, taken from the production build on
// the fixture pages (served under the sites' real host names, as in the end-to-end tests).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../tests/e2e/fixtures';
import { servePlatformFixture } from '../tests/e2e/serve';

const root = resolve(import.meta.dirname, '..');
const docs = join(root, 'docs');
execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
const dir = mkdtempSync(join(tmpdir(), 'bedenk-dat-shots-'));
const { context } = await launchWithExtension(dir);

const shots = [
  {
    fixture: 'x-post',
    file: 'panel-x.png',
    text: 'Even onder ons: het BSN van Daan uit groep 6 is 111222333. Niet doorsturen!',
  },
  {
    fixture: 'facebook-post',
    file: 'panel-facebook.png',
    text: 'Ik vind dat de werkdruk in het onderwijs echt veel te hoog is. Het wordt tijd dat de minister iets doet!',
  },
];
for (const shot of shots) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 620 });
  await page.goto(await servePlatformFixture(context, shot.fixture));
  await page.locator('[contenteditable="true"]').first().click();
  await page.keyboard.type(shot.text);
  await page.locator('bedenk-dat-panel[data-state="findings"]').waitFor();
  await page.waitForTimeout(300); // let the panel settle beside the box
  await page.screenshot({ path: join(docs, shot.file) });
  console.log(`saved docs/${shot.file}`);
  await page.close();
}
await context.close();
rmSync(dir, { recursive: true, force: true });
