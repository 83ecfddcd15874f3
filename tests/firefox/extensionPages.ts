import type { Page } from 'puppeteer-core';
import { until } from './driver';
import type { Launched } from './harness';

// The extension's own pages (popup, options) in Firefox. BiDi navigates a tab to
// moz-extension:// only with --remote-allow-system-access, and then the navigation's promise
// may never settle: so navigate without waiting and wait for the page itself.

/** Opens `path` (e.g. "popup.html?tab=3") of the extension in a new tab. */
export async function extensionPage(ff: Launched, path: string): Promise<Page> {
  const page = await ff.newPage();
  await gotoExtension(ff, page, path);
  return page;
}

/** Navigates `page` to an extension page and waits until it has loaded. */
export async function gotoExtension(ff: Launched, page: Page, path: string): Promise<void> {
  const url = `${ff.origin}/${path}`;
  page.goto(url).catch(() => undefined);
  await until(
    `${path} to load`,
    () => page.evaluate(() => [location.href, document.readyState] as const),
    ([href, state]) => href === url && state === 'complete',
    15_000,
  );
}

type Api = {
  storage: Record<'local' | 'sync' | 'session', { get(k: null): Promise<unknown> }>;
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
  };
};

/** Sends a message to the background from an extension page, as the popup does. */
export function askBackground(page: Page, name: string, data: unknown = {}): Promise<unknown> {
  return page.evaluate(
    (name, data) =>
      (globalThis as unknown as { browser: Api }).browser.runtime.sendMessage({ name, data }),
    name,
    data as object,
  );
}

/**
 * Which of `needles` appear anywhere in the extension's storage: storage.local, .sync,
 * .session, and every record of every IndexedDB database of its origin.
 */
export function extensionStorageHolds(page: Page, needles: string[]): Promise<string[]> {
  return page.evaluate(async (needles) => {
    const b = (globalThis as unknown as { browser: Api }).browser;
    const dumps: string[] = [];
    for (const area of ['local', 'sync', 'session'] as const) {
      dumps.push(JSON.stringify(await b.storage[area].get(null)));
    }
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((ok, fail) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
        dumps.push(JSON.stringify(all));
      }
      db.close();
    }
    const text = dumps.join('\n');
    return needles.filter((n) => text.includes(n));
  }, needles);
}

/** The id of the tab whose content script reports `url` (no `tabs` permission needed). */
export function tabIdOf(page: Page, url: string): Promise<number | undefined> {
  return page.evaluate(async (url) => {
    const b = (globalThis as unknown as { browser: Api }).browser;
    for (const tab of await b.tabs.query({})) {
      if (tab.id === undefined) continue;
      const status = (await b.tabs
        .sendMessage(tab.id, { name: 'tabStatus', data: {} })
        .catch(() => null)) as { url?: string } | null;
      if (status?.url === url) return tab.id;
    }
    return undefined;
  }, url);
}
