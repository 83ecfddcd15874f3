import type { BrowserContext, Worker } from '@playwright/test';
import { platforms } from '../../core/platforms';
import { expect, test } from './fixtures';
import { FIXTURES, servePlatformFixture } from './serve';

// Privacy is a feature: the draft text never leaves the device, and is never stored unless
// the user parks it. These tests type confidential drafts into every platform's compose box,
// use the panel, and then look at every request and every store the extension has.

/** Everything the extension keeps: storage.local, .sync, .session and every IndexedDB database. */
async function everythingStored(
  worker: Worker,
  context: BrowserContext,
  extensionId: string,
): Promise<string> {
  const stored = await worker.evaluate(async () => {
    const all = await Promise.all([
      chrome.storage.local.get(null),
      chrome.storage.sync.get(null),
      chrome.storage.session.get(null),
    ]);
    return JSON.stringify(all);
  });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const databases = await page.evaluate(async () => {
    const out: unknown[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const name of db.objectStoreNames) {
        const rows = await new Promise<unknown[]>((resolve) => {
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => resolve(req.result);
        });
        out.push({ db: info.name, store: name, rows });
      }
      db.close();
    }
    return JSON.stringify(out);
  });
  await page.close();
  return stored + databases;
}

const SECRET =
  'Vertrouwelijk: Daan (BSN 111222333) heeft ADHD, mail zijn moeder op daan.ouder@gmail.com';

test('no request leaves the browser while drafts are typed and the panel is used on every platform', async ({
  context,
  worker,
  extensionId,
  outsideRequests,
}) => {
  test.setTimeout(150_000); // every platform's compose box, one after the other
  const seen: string[] = [];
  context.on('request', (r) => seen.push(r.url()));
  for (const f of FIXTURES) {
    const url = await servePlatformFixture(context, f.name);
    const page = await context.newPage();
    await page.goto(url);
    const surface = platforms
      .find((p) => p.id === f.platform)!
      .surfaces.find((s) => s.id === f.surface)!;
    await page.locator(surface.editor.join(', ')).first().click();
    await page.keyboard.type(SECRET);
    const panel = page.locator('bedenk-dat-panel');
    await expect(panel).toHaveAttribute('data-state', 'findings');
    await panel.locator('[data-action="dismiss"]').first().click();
    await page.close();
  }

  // Requests: only the fixture pages themselves (served by routes) and the extension's own files.
  const foreign = seen.filter((u) => {
    const host = new URL(u).hostname;
    return (
      !u.startsWith(`chrome-extension://${extensionId}/`) &&
      !FIXTURES.some((f) => new URL(f.url).hostname === host)
    );
  });
  expect(foreign).toEqual([]);
  expect(outsideRequests).toEqual([]);
  // Even fixture hosts got no request that carries the draft.
  expect(seen.filter((u) => /111222333|Daan|gmail/i.test(decodeURIComponent(u)))).toEqual([]);

  expect(await everythingStored(worker, context, extensionId)).not.toMatch(
    /111222333|Daan|gmail|ADHD/,
  );
});

test('no request leaves the browser from the nudge, the contact form, the options and the practice page', async ({
  context,
  worker,
  extensionId,
  outsideRequests,
}) => {
  const seen: string[] = [];
  context.on('request', (r) => seen.push(r.url()));
  // The options: a name and a leidinggevende saved.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Je naam', { exact: true }).fill('Anouk de Vries');
  await options.getByLabel('Naam', { exact: true }).fill('Marieke Jansen');
  await options.getByLabel('E-mailadres', { exact: true }).fill('directie@musselhorst.nl');
  await options.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await options.close();
  const site = await context.newPage();
  await site.goto(await servePlatformFixture(context, 'x-post'));
  await site.locator('[data-testid="tweetTextarea_0"]').click();
  await site.keyboard.type(SECRET);
  await expect(site.locator('bedenk-dat-panel')).toHaveAttribute('data-state', 'findings');
  // The nudge on Post, and from it the contact form with the draft quoted.
  await site.keyboard.press('ControlOrMeta+Enter');
  const nudge = site.locator('[data-bedenk-dat="nudge"]');
  const [contact] = await Promise.all([
    context.waitForEvent('page'),
    nudge.locator('[data-action="contact"]').click(),
  ]);
  await expect(contact.getByTestId('contact')).toBeVisible();
  await expect(
    contact.getByTestId('contact').getByLabel('Je concept (pas het aan of laat het weg)'),
  ).toHaveValue(SECRET);
  await contact.close();
  // The practice page: the same draft in its first box.
  const oefenen = await context.newPage();
  await oefenen.goto(`chrome-extension://${extensionId}/oefenen.html`);
  await oefenen.getByTestId('practice-box').click();
  await oefenen.keyboard.type(SECRET);
  await expect(oefenen.locator('bedenk-dat-panel')).toHaveAttribute('data-state', 'findings');
  await oefenen.close();

  // The extension's own files, also the content script's fallback rules at the per-session
  // address Chrome gives a web-accessible file (use_dynamic_url: another id than the extension's).
  const own = (u: string) =>
    u.startsWith(`chrome-extension://${extensionId}/`) ||
    /^chrome-extension:\/\/[0-9a-f-]{36}\/fallback\.js$/.test(u);
  const foreign = seen.filter((u) => !own(u) && new URL(u).hostname !== 'x.com');
  expect(foreign).toEqual([]);
  expect(outsideRequests).toEqual([]);
  expect(seen.filter((u) => /111222333|Daan|gmail/i.test(decodeURIComponent(u)))).toEqual([]);
  expect(await everythingStored(worker, context, extensionId)).not.toMatch(
    /111222333|Daan|gmail|ADHD/,
  );
});
