import { browser } from 'wxt/browser';

/** What openOnInstall needs from the browser (passed in, so a test can hand a fake). */
type FirstRunBrowser = {
  runtime: {
    onInstalled: {
      addListener(cb: (details: { reason: string }) => void): void;
    };
    getURL(path: '/welcome.html' | '/oefenen.html'): string;
  };
  tabs: { create(props: { url: string; active?: boolean }): Promise<unknown> };
};

/**
 * On a fresh install (not an update), opens the welcome (role, leidinggevende, done) and,
 * behind it, the practice page "Oefenen", so a newcomer sees the product at once.
 */
export function openOnInstall(b: FirstRunBrowser = browser): void {
  b.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void b.tabs
      .create({ url: b.runtime.getURL('/oefenen.html'), active: false })
      .then(() => b.tabs.create({ url: b.runtime.getURL('/welcome.html'), active: true }))
      .catch(() => undefined);
  });
}
