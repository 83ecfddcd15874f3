import { browser } from 'wxt/browser';
import { defaultMatches, platformForHost } from '@/core/platforms';

/** Id of the dynamically registered content script for sites the user enabled. */
export const USER_SITES_SCRIPT = 'bedenk-dat-user-sites';

/** The origins the user granted beyond the covered platforms (optional host permissions). */
export async function userSiteOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => !defaultMatches.includes(o));
}

/**
 * Keeps the content script registered for exactly the sites the user enabled (Mastodon
 * instances, other sites), so they get reminders like the covered platforms do.
 */
export async function syncUserSites(): Promise<void> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting?.registerContentScripts) return;
  const origins = await userSiteOrigins();
  const existing = await scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT] });
  if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT] });
  if (origins.length === 0) return;
  await scripting.registerContentScripts([
    {
      id: USER_SITES_SCRIPT,
      matches: origins,
      js: ['content-scripts/content.js'],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

/**
 * Does our content script run on this page: a platform covered by default, or a site the
 * user enabled (its optional host permission granted)? The worker answers no other site.
 */
export async function isCoveredUrl(url: URL): Promise<boolean> {
  if (platformForHost(url.hostname)?.defaultOn) return true;
  return browser.permissions.contains({ origins: [`${url.origin}/*`] });
}
