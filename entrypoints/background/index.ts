import { browser } from 'wxt/browser';
import { createHandlers } from './handlers';
import { route } from './router';
import { syncUserSites } from './userSites';

export default defineBackground(() => {
  const handlers = createHandlers(browser.runtime.getManifest().version);
  browser.runtime.onMessage.addListener((message, sender) =>
    route(handlers, browser.runtime.id, message, sender),
  );
  // Sites the user enables or disables from the popup (optional host permissions).
  const sync = () => void syncUserSites().catch(() => undefined);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
});
