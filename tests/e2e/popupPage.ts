import type { BrowserContext, Page } from '@playwright/test';

// The popup as a page object: opened as chrome-extension://<id>/popup.html?tab=<id>, so it
// describes a fixture tab (opened as a page, the popup's own tab would be the active one).

/** The bits of the extension API the tests call inside extension pages. */
type ExtensionApi = {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: { sync: { set(items: Record<string, unknown>): Promise<void> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

/** The extension's id, from its service worker. */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** Opens an extension page (no tab) for messages and storage. */
export async function extensionPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${await extensionIdOf(context)}/popup.html`);
  return page;
}

/** Sends a message to the background worker from an extension page, as the content script does. */
export function sendFromPage(page: Page, name: string, data: unknown): Promise<unknown> {
  return page.evaluate(
    ([n, d]) =>
      (globalThis as unknown as { chrome: ExtensionApi }).chrome.runtime.sendMessage({
        name: n,
        data: d,
      }),
    [name, data] as const,
  );
}

/** Writes the user's settings (storage.sync), as the options page does. */
export async function setSettings(page: Page, settings: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    (s) =>
      (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.sync.set({ settings: s }),
    settings,
  );
}

/**
 * Opens the popup for the tab showing `tabUrl`. Without the `tabs` permission the extension
 * cannot read other tabs' addresses, so the tab is found by asking each tab's content script.
 */
export async function openPopupFor(context: BrowserContext, tabUrl: string): Promise<Page> {
  const popup = await extensionPage(context);
  const tabId = await popup.evaluate(async (url) => {
    const c = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    for (const tab of (await c.tabs.query({})).reverse()) {
      if (tab.id === undefined) continue;
      const answer = (await c.tabs
        .sendMessage(tab.id, { name: 'tabStatus', data: {} })
        .catch(() => null)) as { url?: string } | null;
      if (answer?.url === url) return tab.id;
    }
    return undefined;
  }, tabUrl);
  if (tabId === undefined) throw new Error(`no tab at ${tabUrl}`);
  await popup.goto(`${popup.url().split('?')[0]}?tab=${tabId}`);
  return popup;
}

type ActionApi = {
  tabs: ExtensionApi['tabs'];
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getTitle(d: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
  };
};

/**
 * The toolbar button (badge text, title, colour) of the tab at `url`, read from an extension
 * page; null while no tab's content script reports that address.
 */
export async function toolbarButton(ext: Page, url: string) {
  return ext.evaluate(async (url) => {
    const c = (globalThis as unknown as { chrome: ActionApi }).chrome;
    for (const tab of await c.tabs.query({})) {
      if (tab.id === undefined) continue;
      const status = (await c.tabs
        .sendMessage(tab.id, { name: 'tabStatus', data: {} })
        .catch(() => null)) as { url?: string } | null;
      if (status?.url !== url) continue;
      return {
        text: await c.action.getBadgeText({ tabId: tab.id }),
        title: await c.action.getTitle({ tabId: tab.id }),
        color: (await c.action.getBadgeBackgroundColor({ tabId: tab.id })).join(','),
      };
    }
    return null;
  }, url);
}
