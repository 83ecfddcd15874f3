import type { CDPSession, Page } from '@playwright/test';
import { expect } from './fixtures';
import { open, test, type Opened } from './compose';

// Bad input in real compose boxes, with the real extension: a 1 MB paste, only emoji,
// right-to-left text, NUL and lone surrogates, thousands of line breaks. The extension must
// not throw, must not freeze the page (a freeze shows as this test's timeout), must keep
// answering in the panel, must leave the site's editor working, and must mark only text.

/** The sentence the user types after the bad input: the panel must answer it. */
const TYPED = ' Dit blijft vertrouwelijk, niet doorsturen';

// About 1 MB of an ordinary Dutch notice, with a line break now and then and a finding at the
// start, as an accidental paste of a whole document would bring.
const PARAGRAPH =
  'De sportdag begint om negen uur op het veld achter de school. Neem een fles water mee. ' +
  'Ouders die willen helpen melden zich bij de conciërge.\n';
const megabyte = (head: string, line: string) =>
  (head + line.repeat(Math.ceil(1_000_000 / line.length))).slice(0, 1_000_000);

/** A bad input, and how it gets into the box. */
type BadInput = { name: string; text: string; via: 'clipboard' | 'script'; timeout?: number };

const BAD_INPUTS: BadInput[] = [
  {
    name: 'a 1 MB paste',
    text: megabyte('Even onder ons: het BSN van Daan is 111222333.\n', PARAGRAPH),
    via: 'clipboard',
    timeout: 120_000,
  },
  {
    // A pasted pupil list: a finding on every line, tens of thousands in all.
    name: 'a 1 MB paste with a finding on every line',
    text: megabyte('', 'Daan, groep 6, BSN 111222333, onder ons.\n'),
    via: 'clipboard',
    timeout: 120_000,
  },
  { name: 'only emoji', text: '😀🏃‍♀️👨‍👩‍👧🇳🇱🏳️‍🌈❤️‍🔥'.repeat(300), via: 'clipboard' },
  {
    name: 'right-to-left text with a Dutch confidential phrase',
    text:
      'مرحبا بالجميع، \u200Fהיום יום ספורט\u200E Even onder ons: het BSN van Daan is 111222333 ' +
      '\u202Eشكرا لكم\u202C שלום 🙂',
    via: 'script',
  },
  {
    name: 'NUL and lone surrogates',
    text: 'a\u0000b \uD800 onder\u0000ons \uDC00\uDC00 BSN\u0000111222333 \uDBFF\u0000\uD83D',
    via: 'script',
  },
  { name: '5,000 line breaks', text: `Begin${'\n'.repeat(5000)}Eind`, via: 'clipboard' },
];

/**
 * Exceptions and console errors of the page and of the extension's content script (an
 * isolated world, which Playwright's `pageerror` does not see), recorded over CDP.
 */
async function recordErrors(page: Page): Promise<{ errors: string[]; cdp: CDPSession }> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  const cdp = await page.context().newCDPSession(page);
  const extensionWorlds = new Set<number>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://')) extensionWorlds.add(context.id);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const where = extensionWorlds.has(d.executionContextId ?? -1) ? 'extension' : 'page';
    errors.push(`${where} exception: ${d.exception?.description ?? d.text}`);
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, executionContextId, args }) => {
    if (type === 'error' && extensionWorlds.has(executionContextId)) {
      errors.push(
        `extension console.error: ${args.map((a) => a.description ?? a.value).join(' ')}`,
      );
    }
  });
  await cdp.send('Runtime.enable');
  return { errors, cdp };
}

/**
 * Puts `text` into the box. Large texts go through the real clipboard and Ctrl+V, as a user's
 * paste does (scripted inserts of thousands of lines take Chromium itself minutes). Texts with
 * NUL or lone surrogates are built in the page from their code units (the clipboard and the
 * protocol would turn lone surrogates into U+FFFD) and inserted the way each editor takes a
 * script's insert (TOOLCHAIN.md): a synthetic paste for Draft.js and Lexical, execCommand else.
 */
async function insert(o: Opened, text: string, via: 'clipboard' | 'script'): Promise<void> {
  await o.editor.click();
  if (via === 'clipboard') {
    const origin = new URL(o.page.url()).origin;
    await o.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await o.page.evaluate((data) => navigator.clipboard.writeText(data), text);
    await o.page.keyboard.press('ControlOrMeta+V');
    return;
  }
  const codes = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  await o.editor.evaluate(
    (el, [units, paste]) => {
      const data = String.fromCharCode(...units);
      if (!paste) return void document.execCommand('insertText', false, data);
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      el.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    },
    [codes, o.f.editor === 'draftjs' || o.f.editor === 'lexical'] as const,
  );
}

/** Every mark the extension shows lies on text inside the compose box. */
async function expectMarksInside(o: Opened, cdp: CDPSession): Promise<void> {
  if (o.f.editor === 'textarea') {
    // A textarea's marks are boxes drawn over the measured words: inside the box's rectangle.
    // Read in one go, as a repaint may replace the boxes at any time.
    const read = () =>
      o.editor.evaluate((area) => {
        const own = area.getBoundingClientRect();
        const host = document.querySelector('bedenk-dat-marks')?.shadowRoot;
        const boxes = [...(host?.querySelectorAll('[data-bedenk-dat-mark]') ?? [])];
        return boxes.map((box) => {
          const r = box.getBoundingClientRect();
          return (
            r.left >= own.left - 1 &&
            r.top >= own.top - 1 &&
            r.right <= own.right + 1 &&
            r.bottom <= own.bottom + 1
          );
        });
      });
    // The words just typed are in view (the caret is there) and marked.
    await expect.poll(async () => (await read()).length).toBeGreaterThan(0);
    expect((await read()).every(Boolean)).toBe(true);
    return;
  }
  // Highlights (CSS Custom Highlight API) live in the content script's world.
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `(() => {
      const ranges = ['info', 'warning', 'stop'].flatMap((s) => [...(CSS.highlights.get('bedenk-dat-' + s) ?? [])]);
      const box = (node) => (node.nodeType === 1 ? node : node.parentElement)?.closest('[contenteditable="true"]');
      return ranges.map((r) => ({
        text: r.toString(),
        inside: !!box(r.startContainer) && box(r.startContainer) === box(r.endContainer),
      }));
    })()`,
    contextId: await contentWorldId(cdp),
    returnByValue: true,
  });
  const marks = result.value as { text: string; inside: boolean }[];
  expect(marks.map((m) => m.text)).toContain('niet doorsturen');
  for (const mark of marks) {
    expect(mark.inside, JSON.stringify(mark.text.slice(0, 40))).toBe(true);
    expect(mark.text.trim()).not.toBe('');
  }
}

/** The id of the extension's isolated world in the page (the content script's). */
async function contentWorldId(cdp: CDPSession): Promise<number> {
  const { executionContextId } = await new Promise<{ executionContextId: number }>((resolve) => {
    const seen = (e: { context: { id: number; origin: string } }) => {
      if (e.context.origin.startsWith('chrome-extension://')) {
        cdp.off('Runtime.executionContextCreated', seen);
        resolve({ executionContextId: e.context.id });
      }
    };
    cdp.on('Runtime.executionContextCreated', seen);
    // Re-enabling replays every live context.
    void cdp.send('Runtime.disable').then(() => cdp.send('Runtime.enable'));
  });
  return executionContextId;
}

// LinkedIn's classic page: the shadow-root variant's Quill 1.3 throws on a real paste by itself.
for (const name of ['x-mobile', 'x-post', 'facebook-post', 'linkedin-post-classic']) {
  for (const input of BAD_INPUTS) {
    test(`${name}: ${input.name}`, async ({ shared }) => {
      if (input.timeout) test.setTimeout(input.timeout);
      const page = await shared.context.newPage();
      const { errors, cdp } = await recordErrors(page);
      const o = await open(shared.context, name, page);
      // The box's own panel (the first: it comes with the click into the box).
      const panel = o.panel.first();

      await insert(o, input.text, input.via);
      // The bad input reached the site's editor (editors may normalise a few characters).
      await expect
        .poll(async () => (await o.state()).length, { timeout: 30_000 })
        .toBeGreaterThanOrEqual(input.text.length - 2);
      // Typing goes on after it, and the panel answers what was typed.
      await o.page.keyboard.type(TYPED);
      await expect.poll(async () => (await o.state()).endsWith(TYPED.trim())).toBe(true);
      await expect(panel).toHaveAttribute('data-state', 'findings', { timeout: 30_000 });
      // (Reading a 1 MB Draft.js document again after the typing takes a while on 2 cores.)
      await expect(
        panel.locator('[data-rule-id="confidentialMarker"] q', { hasText: 'niet doorsturen' }),
      ).toBeAttached({ timeout: 30_000 });

      await expectMarksInside(o, cdp);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
}
