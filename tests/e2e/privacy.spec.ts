import { platforms } from '../../core/platforms';
import { expect, test } from './fixtures';
import { FIXTURES, servePlatformFixture } from './serve';

// Privacy is a feature: the draft text never leaves the device, and is never stored unless
// the user parks it. These tests type confidential drafts into every platform's compose box,
// use the panel, and then look at every request and every store the extension has.

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

  // Stores: storage.local, .sync, .session and every IndexedDB database of the extension.
  const stored = await worker.evaluate(async () => {
    const all = await Promise.all([
      chrome.storage.local.get(null),
      chrome.storage.sync.get(null),
      chrome.storage.session.get(null),
    ]);
    return JSON.stringify(all);
  });
  expect(stored).not.toMatch(/111222333|Daan|gmail|ADHD/);
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
  expect(databases).not.toMatch(/111222333|Daan|gmail|ADHD/);
});
