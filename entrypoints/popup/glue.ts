import { browser } from 'wxt/browser';
import type { TabView } from '@/components/PopupStatus';
import type { Response } from '@/core/messages';
import { siteKey } from '@/core/sites';
import { askTab } from '@/utils/messaging';

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

/** What the popup shows about `tab`, and the content script's status when it answered. */
export async function describeTab(
  tab: TargetTab,
): Promise<{ view: TabView; status: Response<'tabStatus'> | null }> {
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

/** Opens the options page (to set the leidinggevende). */
export function openOptions(): void {
  void browser.runtime.openOptionsPage();
}
