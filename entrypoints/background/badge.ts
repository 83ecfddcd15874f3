import { browser } from 'wxt/browser';
import { badgeLook, type BadgeState } from '@/core/badge';
import { translator } from '@/core/i18n';
import { loadSettings, localeOf } from '@/utils/settings';

/**
 * Shows one tab's state on the toolbar button: the badge (open reminders, or "uit" while
 * paused) and the button's title in words. Tab-specific values go when the tab navigates or
 * closes, and the next page's content script reports afresh.
 */
export async function showBadge(tabId: number, state: BadgeState): Promise<void> {
  const settings = await loadSettings().catch(() => undefined);
  const look = badgeLook(state, translator(settings ? localeOf(settings) : 'nl'));
  // `browser.action` in MV3 (both builds); a tab closed meanwhile makes these reject.
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: look.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: look.color }),
    browser.action.setTitle({ tabId, title: look.title }),
  ]);
  // Chrome picks a dark or light badge text by itself; Firefox needs to be told.
  await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
}
