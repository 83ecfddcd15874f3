import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { platforms } from '../../core/platforms';
import {
  CLEAN,
  CLEAN_SAYS,
  CONFIDENTIAL,
  CONFIDENTIAL_EXPECT,
  NEVER_SAYS,
  REPEATED,
} from '../shared/scenarios';
import { contentWorld } from './contentWorld';
import { expect, launchWithExtension, test as base } from './fixtures';
import { FIXTURES, servePlatformFixture, type FixtureInfo } from './serve';

// Live reminders on every compose surface: the real extension in real Chromium, on fixture
// pages built with each site's editor framework and served under the site's own host name.
// One browser per worker (a launch costs ~2 s); each test opens its own page.

type Shared = { shared: { context: BrowserContext; outside: string[] } };
const test = base.extend<object, Shared>({
  shared: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'bedenk-dat-reminders-'));
      const launched = await launchWithExtension(dir);
      await use(launched);
      await launched.context.close();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

/** The editor of a fixture, found through the platform data (Playwright pierces shadow roots). */
function editorOf(page: Page, f: FixtureInfo): Locator {
  const surface = platforms
    .find((p) => p.id === f.platform)!
    .surfaces.find((s) => s.id === f.surface)!;
  return page.locator(surface.editor.join(', '));
}

async function open(context: BrowserContext, f: FixtureInfo, boxes?: number) {
  const url = new URL(await servePlatformFixture(context, f.name));
  if (boxes) url.searchParams.set('boxes', String(boxes));
  const page = await context.newPage();
  const world = await contentWorld(page);
  await page.goto(url.href);
  return { page, world };
}

/** Replaces the whole draft the way a user does: select all, type. */
async function retype(page: Page, editor: Locator, text: string) {
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

for (const f of FIXTURES) {
  test(`${f.name} (${f.editor}): a confidential draft is marked, a clean one is not`, async ({
    shared,
  }) => {
    const { page, world } = await open(shared.context, f);
    const editor = editorOf(page, f).first();
    await editor.click();
    await page.keyboard.type(CONFIDENTIAL);
    const panel = page.locator('bedenk-dat-panel');
    await expect(panel).toHaveCount(1);
    await expect(panel).toHaveAttribute('data-state', 'findings');
    for (const [ruleId, article] of Object.entries(CONFIDENTIAL_EXPECT.rules)) {
      await expect(panel.locator(`[data-rule-id="${ruleId}"]`)).toHaveAttribute(
        'data-article',
        article,
      );
    }
    await expect(panel.locator('[data-rule-id="confidentialMarker"]')).toContainText('onder ons');

    if (f.editor === 'textarea') {
      // No DOM ranges in a textarea: the marks are boxes drawn over the measured words.
      await expect(page.locator('bedenk-dat-marks [data-bedenk-dat-mark="stop"]')).toHaveCount(1);
    } else {
      // Chromium has the CSS Custom Highlight API: highlights over exactly the words, no box.
      await expect
        .poll(() => world.markedWords())
        .toEqual({ info: [], ...CONFIDENTIAL_EXPECT.marked });
      await expect(page.locator('bedenk-dat-marks [data-bedenk-dat-mark]')).toHaveCount(0);
    }

    await retype(page, editor, CLEAN);
    await expect(panel).toHaveAttribute('data-state', 'clean');
    // The exact empty state: no highlighted range left (not even a stale one), no box.
    await expect.poll(() => world.markedWords()).toEqual({ info: [], warning: [], stop: [] });
    await expect(page.locator('bedenk-dat-marks [data-bedenk-dat-mark]')).toHaveCount(0);
    // Say only what is true: no remarks, never "a good post".
    await expect(panel).toContainText(CLEAN_SAYS);
    await expect(panel).not.toContainText(NEVER_SAYS);

    // Reminders read as one: three findings of one rule are one reminder naming each word.
    await retype(page, editor, REPEATED.draft);
    const repeated = panel.locator(`[data-rule-id="${REPEATED.ruleId}"]`);
    await expect(repeated).toContainText(REPEATED.words.map((w) => `'${w}'`).join(', '));
    await expect(repeated).toHaveCount(1);
    await expect(panel.locator('[data-rule-id]')).toHaveCount(1);
    await page.close();
  });
}

test('two BSNs in one draft: one reminder naming both, and both marked in place', async ({
  shared,
}) => {
  const f = FIXTURES.find((x) => x.name === 'facebook-post')!;
  const { page, world } = await open(shared.context, f);
  await editorOf(page, f).first().click();
  await page.keyboard.type('BSN van Daan is 111222333 en van Sanne 123456782');
  const panel = page.locator('bedenk-dat-panel');
  await expect(panel.locator('[data-rule-id="confidentialBsn"]')).toHaveCount(1);
  await expect(panel.locator('[data-rule-id="confidentialBsn"]')).toContainText('111222333');
  await expect(panel.locator('[data-rule-id="confidentialBsn"]')).toContainText('123456782');
  // Both places of the one merged reminder are underlined, not only the newest.
  await expect
    .poll(() => world.markedWords())
    .toEqual({ info: [], warning: [], stop: ['111222333', '123456782'] });
  await page.close();
});

for (const name of [
  'x-post',
  'facebook-post',
  'linkedin-post',
  'youtube-comment',
  'instagram-comment',
]) {
  const f = FIXTURES.find((x) => x.name === name)!;
  test(`${f.name}: a compose box replaced by an SPA re-render is picked up`, async ({ shared }) => {
    const { page } = await open(shared.context, f);
    const editor = editorOf(page, f).first();
    await editor.click();
    await page.keyboard.type(CLEAN);
    await expect(page.locator('bedenk-dat-panel')).toHaveAttribute('data-state', 'clean');
    await page.evaluate(() => window.__fixture!.rerender({ keepText: false }));
    // The old box's panel goes with the old box.
    await expect(page.locator('bedenk-dat-panel')).toHaveCount(0, { timeout: 5_000 });
    await editorOf(page, f).first().click();
    await page.keyboard.type(CONFIDENTIAL);
    await expect(page.locator('bedenk-dat-panel')).toHaveAttribute('data-state', 'findings');
    await page.close();
  });
}

for (const name of ['facebook-comment', 'youtube-comment']) {
  const f = FIXTURES.find((x) => x.name === name)!;
  test(`${f.name}: three comment boxes keep three states`, async ({ shared }) => {
    const { page } = await open(shared.context, f, 3);
    const editors = editorOf(page, f);
    await expect(editors).toHaveCount(3);
    const drafts = [CONFIDENTIAL, CLEAN, 'Wat een kutouders hier, echt waardeloos'];
    for (let i = 0; i < 3; i++) {
      await editors.nth(i).click();
      await page.keyboard.type(drafts[i]!);
      await expect(page.locator('bedenk-dat-panel')).toHaveCount(i + 1);
    }
    const panels = page.locator('bedenk-dat-panel');
    await expect(panels.nth(0)).toHaveAttribute('data-state', 'findings');
    await expect(panels.nth(1)).toHaveAttribute('data-state', 'clean');
    await expect(panels.nth(2)).toHaveAttribute('data-state', 'findings');
    await expect(panels.nth(0).locator('[data-article="3"]').first()).toBeVisible();
    await expect(panels.nth(2).locator('[data-article="bg-civility"]').first()).toBeVisible();
    await expect(panels.nth(2).locator('[data-article="3"]')).toHaveCount(0);
    // Each box's own state, as the site holds it, is untouched by us.
    expect(await page.evaluate(() => window.__fixture!.states())).toEqual(drafts);
    await page.close();
  });
}

test('reminders keep coming when the background worker is stopped mid-typing', async ({
  shared,
}) => {
  const f = FIXTURES.find((x) => x.name === 'x-post')!;
  const { page } = await open(shared.context, f);
  const editor = editorOf(page, f).first();
  await editor.click();
  await page.keyboard.type('Morgen sportdag. ');
  await expect(page.locator('bedenk-dat-panel')).toHaveAttribute('data-state', 'clean');
  const cdp = await shared.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.keyboard.type('Het BSN van Daan is 111222333');
  await expect(page.locator('bedenk-dat-panel [data-rule-id="confidentialBsn"]')).toBeVisible();
  await page.close();
});

test('the panel: collapse to a badge, expand the article, dismiss for these words', async ({
  shared,
}) => {
  const f = FIXTURES.find((x) => x.name === 'facebook-post')!;
  const { page } = await open(shared.context, f);
  const editor = editorOf(page, f).first();
  await editor.click();
  await page.keyboard.type('Het BSN van Daan is 111222333');
  const panel = page.locator('bedenk-dat-panel');
  const finding = panel.locator('[data-rule-id="confidentialBsn"]');
  await expect(finding).toBeVisible();

  // The article the reminder comes from, in the protocol's own words.
  await finding.getByRole('button', { name: /Art\. 3/ }).click();
  await expect(finding).toContainText('publiceren geen vertrouwelijke informatie');
  await expect(editor).toBeFocused(); // the site's editor keeps focus

  // Collapse to a badge with the count, and back.
  await panel.getByRole('button', { name: 'Inklappen' }).click();
  await expect(panel.locator('.bd-badge')).toHaveText(/1/);
  await panel.locator('.bd-badge').click();
  await expect(finding).toBeVisible();

  // Dismissed for these words: gone, and back when the words change.
  await finding.locator('[data-action="dismiss"]').click();
  await expect(finding).toHaveCount(0);
  await expect(panel).toHaveAttribute('data-state', 'clean');
  await page.keyboard.type(' en 123456782');
  await expect(panel.locator('[data-rule-id="confidentialBsn"]')).toHaveCount(1);
  await expect(panel.locator('[data-rule-id="confidentialBsn"] q')).toHaveText(/123456782/);

  // Keys typed while the panel has focus do not reach the site's shortcuts.
  const keysSeen = await page.evaluate(() => {
    let seen = 0;
    // Sites listen for their shortcuts on the document, as keys bubble up.
    document.addEventListener('keydown', () => seen++);
    (window as unknown as { __seen: () => number }).__seen = () => seen;
    return seen;
  });
  await panel.getByRole('button', { name: 'Inklappen' }).focus();
  await page.keyboard.press('j');
  expect(await page.evaluate(() => (window as unknown as { __seen: () => number }).__seen())).toBe(
    keysSeen,
  );
  await page.close();
});
