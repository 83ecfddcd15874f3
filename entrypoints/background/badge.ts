import { browser } from 'wxt/browser';
import { badgeLook, type BadgeState } from '@/core/badge';
import { badgeTranslator } from '@/core/i18n/badge';
import { loadSettings, localeOf } from '@/utils/settings';

/** The newest report per tab (in this event page's life). */
const latest = new Map<number, number>();

/**
 * Shows one tab's state on the toolbar button: the badge (open reminders, or "uit" while
 * paused) and the button's title in words. Tab-specific values go when the tab navigates or
 * closes, and the next page's content script reports afresh.
 */
export async function showBadge(tabId: number, state: BadgeState): Promise<void> {
  // Reports come in bursts and reading the settings takes a while (managed storage): a
  // report overtaken by a newer one for the same tab is dropped, so the last one wins.
  const seq = (latest.get(tabId) ?? 0) + 1;
  latest.set(tabId, seq);
  const settings = await loadSettings().catch(() => undefined);
  if (latest.get(tabId) !== seq) return;
  const look = badgeLook(state, badgeTranslator(settings ? localeOf(settings) : 'nl'));
  // `browser.action` in MV3 (both builds); a tab closed meanwhile makes these reject.
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: look.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: look.color }),
    browser.action.setTitle({ tabId, title: look.title }),
  ]);
  // Chrome picks a dark or light badge text by itself; Firefox needs to be told.
  await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
}
