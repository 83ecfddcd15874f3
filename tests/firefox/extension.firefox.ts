import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { CONFIDENTIAL } from '../shared/scenarios';
import { inPanel, openFixture, typeInto, until, untilEqual } from './driver';
import { askBackground, extensionPage, gotoExtension, tabIdOf } from './extensionPages';
import { firefoxPerFile, type FixtureServer, type Launched } from './harness';

// The extension's own pages in Firefox, and what it keeps: the popup for a tab, the options
// page saving the user's settings, and a parked draft (IndexedDB) across a browser restart.

let server: FixtureServer;
let ff: Launched;
const browser = firefoxPerFile(
  'ext',
  (launched, fixtures) => {
    ff = launched;
    server = fixtures;
  },
  { restartable: true },
);

const text = (page: Page, sel: string) => page.$eval(sel, (el) => el.textContent ?? '');

describe('extension pages (Firefox)', () => {
  it('the popup describes the tab it was opened for: platform and open reminders', async () => {
    const o = await openFixture(ff, server, 'x-post');
    await typeInto(o, CONFIDENTIAL);
    await o.page.waitForSelector(inPanel('[data-rule-id="confidentialMarker"]'));
    const probe = await extensionPage(ff, 'popup.html');
    const tab = await until(
      'the tab',
      () => tabIdOf(probe, o.page.url()),
      (t) => t !== undefined,
    );
    await gotoExtension(ff, probe, `popup.html?tab=${tab}`);
    const status = await until(
      'the status',
      () => text(probe, '[data-testid="tab-status"]'),
      (t) => t.includes('open herinneringen'),
    );
    expect(status).toContain('Bedenk dat kijkt mee op X.');
    expect(status).toContain('2 open herinneringen');
    await probe.close();
    await o.close();
  });

  it('the options page saves role and name, and shows them again after a reload', async () => {
    const page = await extensionPage(ff, 'options.html');
    await page.waitForSelector('#bd-name');
    expect(await text(page, 'h1')).toContain('Instellingen');
    await page.click('input[name="role"][value="leidinggevende"]');
    await page.click('#bd-name');
    await page.keyboard.type('Anouk de Vries');
    await page.click('#bd-leaderName');
    await page.keyboard.type('Marieke Jansen');
    const save = await page.waitForSelector('::-p-text(Opslaan)');
    await save!.click();
    await until(
      'saved',
      () => text(page, '[data-testid="save-status"]'),
      (t) => t === 'Opgeslagen.',
    );
    await gotoExtension(ff, page, 'options.html?again');
    await page.waitForSelector('#bd-name');
    await untilEqual(
      'the values back',
      () =>
        page.evaluate(() => [
          document.querySelector<HTMLInputElement>('#bd-name')!.value,
          document.querySelector<HTMLInputElement>('#bd-leaderName')!.value,
          document.querySelector<HTMLInputElement>('input[name="role"][value="leidinggevende"]')!
            .checked,
        ]),
      ['Anouk de Vries', 'Marieke Jansen', true],
    );
    // Back to a medewerker, for the tests after this one.
    await page.click('input[name="role"][value="medewerker"]');
    await (await page.waitForSelector('::-p-text(Opslaan)'))!.click();
    await until(
      'saved',
      () => text(page, '[data-testid="save-status"]'),
      (t) => t === 'Opgeslagen.',
    );
    await page.close();
  });
});

describe('parked drafts (Firefox)', () => {
  it('a draft parked from the nudge comes back after a browser restart, character for character', async () => {
    const draft = `${CONFIDENTIAL} — “met” é & <b>`;
    const o = await openFixture(ff, server, 'x-post');
    await typeInto(o, draft);
    await o.page.waitForSelector(inPanel('[data-rule-id="confidentialBsn"]'));
    await o.page.click('[data-testid="tweetButton"], [data-testid="tweetButtonInline"]');
    await (await o.page.waitForSelector('bedenk-dat-nudge >>> [data-action="park"]'))!.click();
    const ext = await extensionPage(ff, 'popup.html');
    await until(
      'the draft parked',
      () => askBackground(ext, 'listParked') as Promise<{ drafts: { text: string }[] }>,
      (a) => a.drafts?.some((d) => d.text === draft) ?? false,
    );
    expect(await o.posted()).toEqual([]);
    await browser.restart();
    const popup = await extensionPage(ff, 'popup.html');
    const listed = (await until(
      'the background after the restart',
      () => askBackground(popup, 'listParked') as Promise<{ drafts?: { text: string }[] }>,
      (a) => Array.isArray(a.drafts),
    )) as { drafts: { text: string; platform: string }[] };
    expect(listed.drafts.map((d) => [d.text, d.platform])).toEqual([[draft, 'x']]);
    // And the popup shows it as the user opens it.
    await gotoExtension(ff, popup, 'popup.html?shown');
    await untilEqual(
      'the parked list',
      () => popup.$$eval('.bd-parked-text', (els) => els.map((e) => e.textContent)),
      [draft],
    );
    await popup.close();
  });
});
