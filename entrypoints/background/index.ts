import { browser } from 'wxt/browser';
import { askTab, listen } from '@/utils/messaging';
import { showBadge } from './badge';
import { openOnInstall } from './firstRun';
import { createHandlers, warmUp } from './handlers';
import { workerListener } from './router';
import { isCoveredUrl, syncUserSites } from './userSites';

export default defineBackground(() => {
  const handlers = createHandlers(
    browser.runtime.getManifest().version,
    undefined,
    (path) => browser.tabs.create({ url: browser.runtime.getURL(path as '/popup.html') }),
    showBadge,
  );
  const trust = {
    ownId: browser.runtime.id,
    ownOrigin: browser.runtime.getURL('/'),
    coversUrl: isCoveredUrl,
  };
  listen(workerListener(handlers, trust));
  void warmUp().catch(() => undefined);
  // Sites the user enables or disables from the popup (optional host permissions).
  const sync = () => void syncUserSites().catch(() => undefined);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  openOnInstall(); // welcome + practice page on a fresh install
  // The disclaimer's keyboard shortcut: the tab's content script inserts it (insertDisclaimer
  // in entrypoints/content/tabMessages.ts).
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'insertDisclaimer' || tab?.id === undefined) return;
    void askTab(tab.id, command, {}).catch(() => undefined);
  });
});
