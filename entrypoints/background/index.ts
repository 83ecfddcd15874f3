import { browser } from 'wxt/browser';
import { createHandlers } from './handlers';
import { route } from './router';

export default defineBackground(() => {
  const handlers = createHandlers(browser.runtime.getManifest().version);
  browser.runtime.onMessage.addListener((message, sender) =>
    route(handlers, browser.runtime.id, message, sender),
  );
});
