import { describe, expect, it } from 'vitest';
import { CONFIDENTIAL, DISCLAIMER_EDITORS, OPINION, withDisclaimer } from '../shared/scenarios';
import { ctrl, inPanel, openFixture, typeInto, until, untilEqual, type FxOpened } from './driver';
import { extensionPage, tabIdOf } from './extensionPages';
import { firefoxPerFile, fixture, surfaceOf, type FixtureServer, type Launched } from './harness';

// Acting on a compose box in Firefox: the disclaimer through each editor framework's own
// editing (checked in the editor's state, with a double click and Ctrl+Z), the pre-publish
// nudge posting exactly once, and the toolbar badge.

let server: FixtureServer;
let ff: Launched;
firefoxPerFile('compose', (launched, fixtures) => {
  ff = launched;
  server = fixtures;
});

const insertButton = inPanel(
  '[data-rule-id="personalOrOnBehalf"] [data-action="insert-disclaimer"]',
);
const notice = (o: FxOpened) =>
  o.page.evaluate(
    () =>
      document
        .querySelector('bedenk-dat-panel')
        ?.shadowRoot?.querySelector('[data-bedenk-dat="notice"]')?.textContent ?? null,
  );

/**
 * What each editor needed in Firefox (firefox-esr 140, measured 2026-12-02; the drivers in
 * compose/editors/ say why): Draft.js and Lexical a paste built with Gecko's own
 * `dataType`/`data` init (it ignores `clipboardData`, so the paste arrived empty); Quill and
 * ProseMirror one insertParagraph per line (Firefox's insertText dropped or merged the line
 * breaks); the plain contenteditable one insertHTML (one command per line was one undo step
 * each, so Ctrl+Z left the blank line). The same code runs in Chromium (disclaimer.spec.ts).
 */
describe('the disclaimer in each editor (Firefox)', () => {
  for (const [name, framework] of Object.entries(DISCLAIMER_EDITORS)) {
    it(`${name} (${framework}): goes in once on a double click, Ctrl+Z takes it out, typing goes on after it`, async () => {
      const o = await openFixture(ff, server, name);
      await typeInto(o, OPINION);
      const button = await o.page.waitForSelector(insertButton);
      // A double click: the second press comes while the first insert runs.
      await button!.click({ count: 2 });
      await untilEqual('the disclaimer in the editor state', o.state, withDisclaimer(OPINION));
      // Firefox finishes the first insert before the second click arrives (Chromium is still
      // busy and ignores it), so the second press may answer "already there": either way once.
      await until(
        'the notice',
        () => notice(o),
        (t) => /Disclaimer toegevoegd|De disclaimer staat al in je bericht/.test(t ?? ''),
      );
      expect(await o.state()).toBe(withDisclaimer(OPINION)); // still once after the notice

      await ctrl(o.page, 'z');
      await untilEqual('one undo gives back the draft', o.state, OPINION);

      // The undone draft is judged again and the panel may render anew between finding the
      // button and clicking it: a click on a replaced button is tried again on the new one.
      await until(
        'the insert button clicked',
        async () => {
          await (await o.page.waitForSelector(insertButton))!.click();
          return true;
        },
        (clicked) => clicked,
      );
      await untilEqual('inserted again', o.state, withDisclaimer(OPINION));
      await o.page.keyboard.type(' Groet, Anna');
      await untilEqual('typing after it', o.state, `${withDisclaimer(OPINION)} Groet, Anna`);
      await until(
        'the reminder answered',
        () => o.page.$(insertButton),
        (b) => b === null,
      );
      await o.close();
    });
  }
});

describe('the nudge (Firefox)', () => {
  it('x-post: Post with a warning open asks first; "Toch plaatsen" posts exactly once', async () => {
    const o = await openFixture(ff, server, 'x-post');
    await typeInto(o, CONFIDENTIAL);
    await o.page.waitForSelector(inPanel('[data-rule-id="confidentialBsn"]'));
    const surface = surfaceOf(fixture('x-post'));
    const submit = (surface.container ?? [])
      .flatMap((c) => (surface.submit ?? []).map((s) => `${c} ${s}`))
      .join(', ');
    await o.page.click(submit);
    const dialog = 'bedenk-dat-nudge >>> [data-bedenk-dat="nudge"]';
    const text = await (await o.page.waitForSelector(dialog))!.evaluate((d) => d.textContent);
    expect(text).toContain('Bij twijfel publiceert men niet.');
    expect(await o.posted()).toEqual([]);
    const anyway = await o.page.waitForSelector('bedenk-dat-nudge >>> [data-action="post-anyway"]');
    expect(await anyway!.evaluate((b) => b.textContent)).toContain('Toch plaatsen');
    await anyway!.click();
    await untilEqual('posted once', o.posted, [CONFIDENTIAL]);
    await untilEqual('the nudge gone', () => o.page.$$eval(dialog, (d) => d.length), 0);
    await untilEqual('the site cleared its box', o.state, '');
    expect(await o.posted()).toEqual([CONFIDENTIAL]);
    await o.close();
  });
});

describe('the toolbar button (Firefox)', () => {
  it('counts open reminders in its badge and says so in its title', async () => {
    const o = await openFixture(ff, server, 'x-post');
    await typeInto(o, CONFIDENTIAL);
    await o.page.waitForSelector(inPanel('[data-rule-id="confidentialMarker"]'));
    const ext = await extensionPage(ff, 'popup.html');
    const tabId = await until(
      'the tab',
      () => tabIdOf(ext, o.page.url()),
      (id) => id !== undefined,
    );
    const button = () =>
      ext.evaluate(async (tabId) => {
        const a = (
          globalThis as unknown as {
            browser: {
              action: {
                getBadgeText(d: object): Promise<string>;
                getTitle(d: object): Promise<string>;
              };
            };
          }
        ).browser.action;
        return { text: await a.getBadgeText({ tabId }), title: await a.getTitle({ tabId }) };
      }, tabId!);
    await untilEqual('badge and title', button, {
      text: '2',
      title: 'Bedenk dat: 2 open herinneringen in dit tabblad',
    });
    await o.page.bringToFront();
    await o.page.click(inPanel('[data-rule-id="confidentialMarker"] [data-action="dismiss"]'));
    await untilEqual('one left', button, {
      text: '1',
      title: 'Bedenk dat: 1 open herinnering in dit tabblad',
    });
    await ext.close();
    await o.close();
  });
});
