import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { inPanel, openFixture, typeInto, until } from './driver';
import { extensionPage } from './extensionPages';
import { firefoxPerFile, type FixtureServer, type Launched } from './harness';

// Firefox runs the background as an event page, not a service worker: Firefox unloads it once
// no event or message has reached it for `extensions.background.idle.timeout` ms (30 s by
// default; 1 s here), and the next message from a content script loads it again. These tests
// type the start of a draft, wait until the page is seen unloaded, type the rest, and check
// that the reminders for the rest still come.
//
// How it is seen: extension.getViews() from a *quiet* extension page (the privacy page, which
// sends no message). The event page itself does sleep on every fixture (checked in Firefox
// 153esr, 2026-12-02, logging every message it got); what kept it "loaded" in CI was the check:
// it opened the popup, which asks the background for the parked drafts and the week's numbers
// as it opens: every check opened a new popup and so woke the page again, under a second before
// getViews() looked.

const IDLE_MS = 1_000;

let server: FixtureServer;
let ff: Launched;
firefoxPerFile(
  'idle',
  (launched, fixtures) => {
    ff = launched;
    server = fixtures;
  },
  { prefs: { 'extensions.background.idle.timeout': IDLE_MS } },
);

type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
type Views = { browser: { extension: { getViews(): Window[] } } };

/** A quiet extension page to watch the event page from (see above). */
const watcher = () => extensionPage(ff, 'privacy.html');

/**
 * Is the event page loaded? Asked through extension.getViews(), which does not wake it; Firefox
 * takes no "background" filter there, so the views are looked at by address.
 */
function backgroundLoaded(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    (globalThis as unknown as Views).browser.extension
      .getViews()
      .some((view) => /background/.test(view.location.pathname)),
  );
}

describe('the event page (Firefox)', () => {
  it('is seen loaded while it answers (the check below is not vacuous)', async () => {
    const page = await watcher();
    // A message wakes it; asked in the same evaluation, long before the idle timeout.
    const up = await until(
      'the event page loaded after a message',
      () =>
        page.evaluate(async () => {
          const b = (globalThis as unknown as { browser: Views['browser'] & Api }).browser;
          await b.runtime.sendMessage({ name: 'ping', data: {} });
          return b.extension.getViews().some((view) => /background/.test(view.location.pathname));
        }),
      (loaded) => loaded,
    );
    expect(up).toBe(true);
  });

  for (const name of ['mastodon-post', 'facebook-post']) {
    it(`${name}: suspended mid-typing, reminders keep coming for the rest of the draft`, async () => {
      const page = await watcher();
      const o = await openFixture(ff, server, name);
      await typeInto(o, 'Even onder ons:');
      await o.page.waitForSelector(inPanel('[data-rule-id="confidentialMarker"]'));
      // Wait for the positive signal that the event page has been unloaded.
      await until(
        'the event page unloaded',
        () => backgroundLoaded(page),
        (up) => !up,
        60_000,
      );
      await o.page.bringToFront();
      await o.page.click(o.editor);
      await o.page.keyboard.press('End');
      await o.page.keyboard.type(' het BSN van Daan is 111222333');
      const rules = await until('the BSN reminder', o.rules, (r) => 'confidentialBsn' in r);
      expect(rules).toMatchObject({ confidentialBsn: '3', confidentialMarker: '3' });
      expect(await o.state()).toBe('Even onder ons: het BSN van Daan is 111222333');
      await o.close();
    });
  }
});
