import { describe, expect, it } from 'vitest';
import {
  CLEAN,
  CLEAN_SAYS,
  CONFIDENTIAL,
  CONFIDENTIAL_EXPECT,
  NEVER_SAYS,
  REPEATED,
} from '../shared/scenarios';
import { inPanel, openFixture, retype, typeInto, until, untilEqual, type FxOpened } from './driver';
import { FIXTURES, firefoxPerFile, type FixtureServer, type Launched } from './harness';
import { extensionPage, extensionStorageHolds } from './extensionPages';

// Live reminders on every compose surface in Firefox, on the Chromium suite's fixture pages
// (tests/e2e/serve.ts lists them; a page added there is tested here too). Then, in the same
// browser: nothing left the machine and no storage holds a draft; and a page's own script
// cannot reach the extension or press the panel's buttons.

/** The panel's text, and each reminder row's text by rule id (in rows' order). */
const panelText = (o: FxOpened) =>
  o.page.evaluate(() => {
    const root = document.querySelector('bedenk-dat-panel')?.shadowRoot;
    return {
      all: root?.textContent ?? '',
      rows: [...(root?.querySelectorAll<HTMLElement>('[data-rule-id]') ?? [])].map((el) => [
        el.dataset.ruleId!,
        el.textContent ?? '',
      ]),
    };
  });

let server: FixtureServer;
let ff: Launched;
firefoxPerFile('reminders', (launched, fixtures) => {
  ff = launched;
  server = fixtures;
});

describe('reminders on every surface (Firefox)', () => {
  for (const f of FIXTURES) {
    it(`${f.name} (${f.editor}): a confidential draft is marked, a clean one is not`, async () => {
      let o = await openFixture(ff, server, f.name);
      await typeInto(o, CONFIDENTIAL);
      await untilEqual('the panel with findings', o.panelState, 'findings');
      const rules = await until('both rules', o.rules, (r) => 'confidentialMarker' in r);
      expect(rules).toMatchObject(CONFIDENTIAL_EXPECT.rules);
      const marks = await until('a stop and a warning mark', o.marks, (m) =>
        ['stop', 'warning'].every((s) => m.some((x) => x.severity === s)),
      );
      if (f.editor !== 'textarea') {
        // Firefox 140 has the CSS Custom Highlight API: the marks are highlights over exactly
        // the words concerned, and no box is drawn.
        for (const [severity, words] of Object.entries(CONFIDENTIAL_EXPECT.marked)) {
          expect(marks.filter((m) => m.severity === severity)).toEqual(
            words.map((w) => ({ severity, words: w, drawn: 'highlight' })),
          );
        }
        expect(marks.filter((m) => m.drawn === 'box')).toEqual([]);
      } else {
        // A textarea has no DOM ranges: boxes over the measured words.
        expect(marks.map((m) => m.drawn)).toEqual(['box', 'box']);
      }
      expect(await o.state()).toBe(CONFIDENTIAL);
      o = await retype(o, CLEAN, () => openFixture(ff, server, f.name));
      await untilEqual('a clean panel', o.panelState, 'clean');
      await untilEqual('no marks', o.marks, []);
      expect(await o.state()).toBe(CLEAN);
      // Say only what is true (issue 13): no remarks, never "a good post".
      const clean = await until(
        'the clean summary',
        () => panelText(o),
        (p) => p.all.includes(CLEAN_SAYS),
      );
      expect(clean.all).not.toMatch(NEVER_SAYS);
      // Reminders read as one: three findings of one rule, one reminder naming each word.
      o = await retype(o, REPEATED.draft, () => openFixture(ff, server, f.name));
      const listed = REPEATED.words.map((w) => `'${w}'`).join(', ');
      const repeated = await until(
        'the repeated words in one reminder',
        () => panelText(o),
        (p) => p.rows.some(([id, text]) => id === REPEATED.ruleId && text!.includes(listed)),
      );
      expect(repeated.rows.map(([id]) => id)).toEqual([REPEATED.ruleId]);
      await o.close();
    });
  }

  it('a typed reminder comes with the confidential draft in every box of a page with three', async () => {
    const name = FIXTURES.find((f) => f.boxes)!.name;
    const o = await openFixture(ff, server, name, { boxes: '3' });
    await typeInto(o, CONFIDENTIAL);
    await untilEqual('one panel with findings', o.panelState, 'findings');
    expect(await o.page.$$eval('bedenk-dat-panel', (p) => p.length)).toBe(1);
    await o.close();
  });
});

describe('privacy and hostile pages (Firefox)', () => {
  it('no request left the browser and no storage holds a draft, after every surface was typed in', async () => {
    expect(ff.outside).toEqual([]);
    expect(server.unexpected).toEqual([]);
    const ext = await extensionPage(ff, 'popup.html');
    const found = await extensionStorageHolds(ext, ['111222333', 'onder ons', 'herfstvakantie']);
    expect(found).toEqual([]);
    await ext.close();
  });

  it("a page's own script cannot reach the extension or press the panel's buttons", async () => {
    const o = await openFixture(ff, server, 'x-post');
    const reach = await o.page.evaluate(() => {
      const w = window as unknown as {
        chrome?: { runtime?: { sendMessage?: unknown } };
        browser?: { runtime?: unknown };
      };
      window.postMessage(
        { name: 'park', data: { text: 'x', platform: 'x', url: '', findings: [] } },
        '*',
      );
      return [typeof w.chrome?.runtime?.sendMessage, typeof w.browser?.runtime];
    });
    expect(reach).toEqual(['undefined', 'undefined']);
    await typeInto(o, 'Het BSN van Daan is 111222333');
    const dismiss = inPanel('[data-rule-id="confidentialBsn"] [data-action="dismiss"]');
    await o.page.waitForSelector(dismiss);
    // A script clicks "Negeren": an untrusted click does nothing.
    await o.page.evaluate(() => {
      const button = document
        .querySelector('bedenk-dat-panel')!
        .shadowRoot!.querySelector<HTMLButtonElement>(
          '[data-rule-id="confidentialBsn"] [data-action="dismiss"]',
        )!;
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    // The user's own click (trusted) does; until then the reminder stays.
    expect(Object.keys(await o.rules())).toContain('confidentialBsn');
    await o.page.click(dismiss);
    await until('the reminder dismissed', o.rules, (r) => !('confidentialBsn' in r));
    await o.close();
  });
});
