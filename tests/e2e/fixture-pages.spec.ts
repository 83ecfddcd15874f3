import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { platformForHost, platforms } from '../../core/platforms';
import type { ComposeSurface } from '../../core/platforms/types';
import { expect, launchWithExtension, test as base } from './fixtures';
import { FIXTURES, servePlatformFixture, type FixtureInfo } from './serve';

// Proves each fixture page works on its own, without relying on the extension: typing lands in
// the editor's own state, the site's submit handler gets it once, re-renders replace the element
// — and the platform data in core/platforms finds the editor, its container, the submit button
// and the media preview on the page, with the right surface winning. One test per platform, all
// in one Chromium (with the extension) per worker: a launch costs about 2 s on this machine.

type Shared = { shared: { context: BrowserContext; outside: string[] } };

const test = base.extend<object, Shared>({
  shared: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'bedenk-dat-fixtures-'));
      const launched = await launchWithExtension(dir);
      await use(launched);
      await launched.context.close();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

const TEXT = 'Hallo wereld';

/** What the platform data finds on the page, looked up in the page itself. */
type Found = {
  /** Surface id that wins (first in order) for each editor found, in page order. */
  surfaces: (string | null)[];
  /** For each editor: a container, a submit button (when the data has one), media shown. */
  boxes: { container: boolean; submit: boolean; media: boolean }[];
};

/**
 * Finds the editors of `surfaceId` through the platform's selectors (also inside open shadow
 * roots) and marks them `data-bd-editor=i`, their submit buttons `data-bd-submit=i`.
 */
function find(page: Page, surfaces: readonly ComposeSurface[], surfaceId: string): Promise<Found> {
  return page.evaluate(
    ({ surfaces, surfaceId }) => {
      const roots: (Document | ShadowRoot)[] = [document];
      for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
      const all = (sel: string) => roots.flatMap((r) => [...r.querySelectorAll(sel)]);
      const first = <T, R>(items: readonly T[] | undefined, fn: (item: T) => R | null) => {
        for (const item of items ?? []) {
          const r = fn(item);
          if (r) return r;
        }
        return null;
      };
      const surface = surfaces.find((s) => s.id === surfaceId)!;
      const editors = [...new Set(surface.editor.flatMap(all))];
      editors.forEach((el, i) => el.setAttribute('data-bd-editor', String(i)));
      return {
        surfaces: editors.map(
          (el) => surfaces.find((s) => s.editor.some((sel) => el.matches(sel)))?.id ?? null,
        ),
        boxes: editors.map((el, i) => {
          const container = first(surface.container, (c) => el.closest(c));
          const submit = container && first(surface.submit, (s) => container.querySelector(s));
          submit?.setAttribute('data-bd-submit', String(i));
          return {
            container: !!container || !surface.container,
            submit: !!submit || !surface.submit,
            media: !!container && first(surface.media, (m) => container.querySelector(m)) !== null,
          };
        }),
      };
    },
    { surfaces: surfaces as ComposeSurface[], surfaceId },
  );
}

const state = (page: Page, i: number) => page.evaluate((i) => window.__fixture!.state(i), i);
const states = (page: Page) => page.evaluate(() => window.__fixture!.states());
const posted = (page: Page) => page.evaluate(() => window.__fixture!.posted);

/** Runs one fixture page through typing, media, submit, shortcut and re-render. */
async function exercise(context: BrowserContext, page: Page, f: FixtureInfo) {
  const url = await servePlatformFixture(context, f.name);
  await page.goto(f.boxes ? `${url}${url.includes('?') ? '&' : '?'}boxes=3` : url);
  await page.waitForFunction(() => window.__fixture !== undefined);

  const platform = platformForHost(new URL(url).hostname);
  expect(platform?.id, 'the platform data claims the host').toBe(f.platform);
  const surfaces = platform!.surfaces;
  const surface = surfaces.find((s) => s.id === f.surface)!;
  expect(surface.kind).toBe(f.editor);

  const count = f.boxes ? 3 : 1;
  const found = await find(page, surfaces, f.surface);
  expect(found.surfaces, 'every editor is found, and as this surface').toEqual(
    Array(count).fill(f.surface),
  );
  // Where the data's container and submit do not match (X Pro), the semantic finder must.
  const byData = !f.semanticPost;
  expect(found.boxes.map((b) => [b.container, b.submit, b.media])).toEqual(
    Array(count).fill([byData, byData, false]),
  );
  // With several boxes, work in the middle one: the others must stay untouched.
  const i = count > 1 ? 1 : 0;
  const editor = page.locator(`[data-bd-editor="${i}"]`);

  await editor.click();
  // The content script is focus-driven: what has focus must be the element the data names.
  const focused = await page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.getAttribute('data-bd-editor');
  });
  expect(focused, 'focus is on the editor the platform data names').toBe(String(i));
  await page.keyboard.type(TEXT);
  await expect.poll(() => state(page, i)).toBe(TEXT);
  if (count > 1) expect(await states(page)).toEqual(['', TEXT, '']);

  if (f.media && byData) {
    await page.evaluate((i) => window.__fixture!.attachMedia(i), i);
    const after = await find(page, surfaces, f.surface);
    expect(after.boxes[i]?.media, 'the platform data sees the attached media').toBe(true);
  }

  const submit = f.submit
    ? page.locator(f.submit).first()
    : page.locator(`[data-bd-submit="${i}"]`);
  if (f.next) {
    await page.locator(f.next).click(); // the next step: the editor leaves the page
    await expect(editor).toHaveCount(0);
  }
  await submit.click();
  await expect.poll(() => posted(page)).toEqual([TEXT]);
  // What stays in the box after submitting: nothing, except where saving keeps it (Studio).
  const kept = f.keepsText ? TEXT : '';
  expect(await state(page, i)).toBe(kept);

  if (f.shortcut) {
    await editor.click();
    await page.keyboard.type('Tot morgen');
    await expect.poll(() => state(page, i)).toBe('Tot morgen');
    await page.keyboard.press(f.shortcut);
    await expect.poll(() => posted(page)).toEqual([TEXT, 'Tot morgen']);
  }

  // An SPA re-render: a new element, the draft kept; then one that starts empty.
  const draft = kept ? `${kept} weer` : 'Weer';
  await editor.click();
  await page.keyboard.press('End');
  await page.keyboard.type(draft.slice(kept.length));
  await expect.poll(() => state(page, i)).toBe(draft);
  const old = await editor.elementHandle();
  await page.evaluate(() => window.__fixture!.rerender());
  expect(await old!.evaluate((el) => el.isConnected), 'the old editor element is gone').toBe(false);
  const again = await find(page, surfaces, f.surface);
  expect(again.surfaces).toEqual(Array(count).fill(f.surface));
  expect(await state(page, i)).toBe(draft);
  await page.evaluate(() => window.__fixture!.rerender({ keepText: false }));
  expect(await state(page, i)).toBe('');
}

test('every surface of the platform data has a fixture page', () => {
  const covered = new Set(FIXTURES.map((f) => `${f.platform}.${f.surface}`));
  const missing = platforms.flatMap((p) =>
    p.surfaces.map((s) => `${p.id}.${s.id}`).filter((id) => !covered.has(id)),
  );
  expect(missing).toEqual([]);
});

test('every selector of the platform data is valid CSS in Chromium', async ({ shared }) => {
  const page = await shared.context.newPage();
  const selectors = platforms.flatMap((p) =>
    p.surfaces.flatMap((s) => [s.editor, s.container ?? [], s.submit ?? [], s.media ?? []].flat()),
  );
  const invalid = await page.evaluate((selectors) => {
    return selectors.filter((sel) => {
      try {
        document.querySelector(sel);
        return false;
      } catch {
        return true;
      }
    });
  }, selectors);
  expect(invalid).toEqual([]);
});

// Map.groupBy needs Node 21; this runs on Node 20.
const byPlatform = new Map<string, FixtureInfo[]>();
for (const f of FIXTURES) byPlatform.set(f.platform, [...(byPlatform.get(f.platform) ?? []), f]);

for (const [platform, fixtures] of byPlatform) {
  test(`${platform}: ${fixtures.map((f) => f.name).join(', ')}`, async ({ shared }) => {
    test.setTimeout(15_000 * fixtures.length); // one platform's pages in one test
    const { context, outside } = shared;
    const before = outside.length;
    const page = await context.newPage();
    for (const f of fixtures) await test.step(f.name, () => exercise(context, page, f));
    await page.close();
    expect(outside.slice(before), 'no request left the machine').toEqual([]);
  });
}
