import { browser } from 'wxt/browser';
import type { TabView } from '@/components/PopupStatus';
import {
  tabMessages,
  type TabMessageName,
  type TabRequest,
  type TabResponse,
} from '@/core/messages';
import { readSettings, type Settings } from '@/core/settings';
import { siteKey } from '@/core/sites';
import { SETTINGS_KEY } from '@/utils/settings';

// The popup's browser glue: which tab it is about, talking to that tab's content script,
// enabling a site, the clipboard.

/** The tab the popup is opened for: its id and, where we may see it, its address. */
export type TargetTab = { id: number | undefined; url: string | undefined };

/**
 * The active tab of the window, or the tab named by `?tab=<id>` when the popup is opened as a
 * page of its own (keyboard users, end-to-end tests): then the active tab is the popup itself.
 */
export async function targetTab(search = location.search): Promise<TargetTab> {
  const named = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(named) && named > 0) {
    const tab = await browser.tabs.get(named).catch(() => undefined);
    return { id: tab?.id, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, url: tab?.url };
}

/** How long the tab's content script may take to answer before we say it is not there. */
const TAB_TIMEOUT_MS = 1500;

/** Sends a tab message to the content script of `tabId` and parses its answer. */
export async function askTab<N extends TabMessageName>(
  tabId: number,
  name: N,
  data: TabRequest<N>,
): Promise<TabResponse<N>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${name} answer`)), TAB_TIMEOUT_MS);
  });
  try {
    const answer: unknown = await Promise.race([
      browser.tabs.sendMessage(tabId, { name, data }),
      timeout,
    ]);
    const parsed = tabMessages[name].response.safeParse(answer);
    if (!parsed.success) throw new Error(`bad ${name} answer from the tab`);
    return parsed.data as TabResponse<N>;
  } finally {
    clearTimeout(timer);
  }
}

/** What the popup shows about `tab`, and the content script's status when it answered. */
export async function describeTab(
  tab: TargetTab,
): Promise<{ view: TabView; status: TabResponse<'tabStatus'> | null }> {
  if (tab.id !== undefined) {
    try {
      const status = await askTab(tab.id, 'tabStatus', {});
      const site = siteKey(new URL(status.url).hostname);
      return {
        view: {
          kind: 'covered',
          site,
          platformName: status.platformName,
          openReminders: status.openReminders,
        },
        status,
      };
    } catch {
      // No content script in this tab: a site we do not watch, or a page from before install.
    }
  }
  let url: URL | null = null;
  try {
    url = tab.url ? new URL(tab.url) : null;
  } catch {
    url = null;
  }
  // Only https sites can be enabled (optional_host_permissions in wxt.config.ts).
  if (!url || url.protocol !== 'https:') return { view: { kind: 'unsupported' }, status: null };
  const site = siteKey(url.hostname);
  const covered = await browser.permissions
    .contains({ origins: [`${url.origin}/*`] })
    .catch(() => false);
  return { view: { kind: covered ? 'reload' : 'notCovered', site }, status: null };
}

/**
 * Asks for the site's optional host permission (the background then registers the content
 * script for it) and starts Bedenk dat in the tab at once, so no reload is needed.
 */
export async function enableSite(tab: TargetTab): Promise<boolean> {
  if (!tab.url) return false;
  const origin = new URL(tab.url).origin;
  const granted = await browser.permissions
    .request({ origins: [`${origin}/*`] })
    .catch(() => false);
  if (granted && tab.id !== undefined) {
    await browser.scripting
      .executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] })
      .catch(() => undefined); // the registered script runs on the next load anyway
  }
  return granted;
}

/** Copies text to the clipboard; false when the browser refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers, or no focus: the classic way, from a hidden field.
    const field = document.createElement('textarea');
    field.value = text;
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.append(field);
    field.select();
    const ok = document.execCommand('copy');
    field.remove();
    return ok;
  }
}

/**
 * The user's own settings, read quickly so the popup can show at once; the settings in force
 * (with the school's managed values) follow, as managed storage can take a second to answer.
 */
export async function quickSettings(): Promise<Settings> {
  try {
    return readSettings((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).settings;
  } catch {
    return readSettings(undefined).settings;
  }
}

/** Opens the options page (to set the leidinggevende). */
export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}
