import type { ElementHandle, Page } from 'puppeteer-core';
import { fixture, surfaceOf, type FixtureInfo, type FixtureServer, type Launched } from './harness';

// Drives a fixture page in Firefox the way a user does (trusted clicks and keys over
// WebDriver BiDi) and reads what the user would see: our panel (an open shadow root on
// <bedenk-dat-panel>, reached with puppeteer's `>>>`), our marks, and the editor's own state
// (window.__fixture, what the site would post).

/** Waits until `read()` satisfies `ok`; fails with the last value seen. */
export async function until<T>(
  what: string,
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeout = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let error: unknown;
  for (;;) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (e) {
      error = e;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out waiting for ${what}; last: ${JSON.stringify(last)}${error ? ` (${String(error)})` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until `read()` gives exactly `expected` (compared as JSON). */
export const untilEqual = <T>(
  what: string,
  read: () => Promise<T>,
  expected: T,
  timeout?: number,
) => until(what, read, (v) => JSON.stringify(v) === JSON.stringify(expected), timeout);

type FixtureWindow = { __fixture?: { state(): string; posted: string[] } };

/** A fixture page opened in Firefox. */
export type FxOpened = {
  page: Page;
  f: FixtureInfo;
  /** A selector for the editor (from the platform data; `>>>` into a shadow host). */
  editor: string;
  state(): Promise<string>;
  posted(): Promise<string[]>;
  /** data-state of our panel (clean, findings, unchecked), or null when there is none. */
  panelState(): Promise<string | null>;
  /** The rules the panel shows, with their article. */
  rules(): Promise<Record<string, string>>;
  /**
   * The marks over the text, per severity, each with the words under it and how it is drawn:
   * a CSS Custom Highlight (read from the page's registry) or a box in our shadow root.
   */
  marks(): Promise<FxMark[]>;
  close(): Promise<void>;
};

/** One mark as the user sees it. */
export type FxMark = { severity: string; words: string; drawn: 'highlight' | 'box' };

let opened = 0;

export async function openFixture(
  ff: Launched,
  server: FixtureServer,
  name: string,
  query?: Record<string, string>,
): Promise<FxOpened> {
  const f = fixture(name);
  const page = await ff.newPage();
  // A query of its own, so an extension page can tell this tab from others at the same page.
  await page.goto(server.url(f, { ...query, bdtab: String(++opened) }));
  await page.waitForFunction(() => (window as FixtureWindow).__fixture !== undefined);
  const selectors = surfaceOf(f).editor;
  const editor = f.shadowHost
    ? selectors.map((s) => `${f.shadowHost} >>> ${s}`).join(', ')
    : selectors.join(', ');
  return {
    page,
    f,
    editor,
    state: () => page.evaluate(() => (window as FixtureWindow).__fixture!.state()),
    posted: () => page.evaluate(() => [...(window as FixtureWindow).__fixture!.posted]),
    panelState: () =>
      page.evaluate(
        () => document.querySelector<HTMLElement>('bedenk-dat-panel')?.dataset.state ?? null,
      ),
    rules: () =>
      page.evaluate(() => {
        const root = document.querySelector('bedenk-dat-panel')?.shadowRoot;
        const out: Record<string, string> = {};
        for (const el of root?.querySelectorAll<HTMLElement>('[data-rule-id]') ?? []) {
          out[el.dataset.ruleId!] = el.dataset.article ?? '';
        }
        return out;
      }),
    marks: () => page.evaluate(markedWords, selectors.join(', '), f.shadowHost ?? ''),
    close: () => page.close(),
  };
}

/**
 * In the page: every mark. Highlights are read from the document's registry (the content
 * script's Highlight objects are the page's too), each range with its text. Boxes come with
 * the characters of the editor whose middle lies inside them (found by geometry); a textarea
 * has no ranges to measure, so its boxes come back with empty words.
 */
function markedWords(editorSelectors: string, shadowHost: string): FxMark[] {
  const registry = (
    CSS as unknown as { highlights?: { get(name: string): Iterable<Range> | undefined } }
  ).highlights;
  const highlighted = ['info', 'warning', 'stop'].flatMap((severity) =>
    [...(registry?.get(`bedenk-dat-${severity}`) ?? [])].map((r) => ({
      severity,
      words: r.toString(),
      drawn: 'highlight' as const,
    })),
  );
  const host = document.querySelector('bedenk-dat-marks');
  const boxes = [
    ...(host?.shadowRoot?.querySelectorAll<HTMLElement>('[data-bedenk-dat-mark]') ?? []),
  ].map((b) => ({ severity: b.dataset.bedenkDatMark!, rect: b.getBoundingClientRect() }));
  const root: Document | ShadowRoot = shadowHost
    ? document.querySelector(shadowHost)!.shadowRoot!
    : document;
  const editor = root.querySelector(editorSelectors);
  const chars: { ch: string; x: number; y: number }[] = [];
  if (editor && !(editor instanceof HTMLTextAreaElement)) {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.textContent!.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const r = range.getBoundingClientRect();
        chars.push({ ch: node.textContent![i]!, x: r.left + r.width / 2, y: r.top + r.height / 2 });
      }
    }
  }
  return [
    ...highlighted,
    ...boxes.map(({ severity, rect }) => ({
      severity,
      drawn: 'box' as const,
      words: chars
        .filter(
          (c) =>
            c.x >= rect.left && c.x <= rect.right && c.y >= rect.top - 4 && c.y <= rect.bottom + 4,
        )
        .map((c) => c.ch)
        .join(''),
    })),
  ];
}

/** Clicks into the box and types `text` as a user does. */
export async function typeInto(o: FxOpened, text: string): Promise<void> {
  await o.page.click(o.editor);
  await o.page.keyboard.type(text);
}

/**
 * Replaces the whole draft as a user does (select all, type) and returns the page to go on
 * with. Firefox only: Quill 1.3 inside a shadow root (LinkedIn's redesign) puts each key
 * typed over a selection *before* the last one ("def" becomes "fed") — with or without Bedenk
 * dat, as Quill 1.x does not support shadow DOM — so there the new draft goes into a fresh
 * tab's empty box instead (Chromium types over the selection directly).
 */
export async function retype(
  o: FxOpened,
  text: string,
  reopen: () => Promise<FxOpened>,
): Promise<FxOpened> {
  if (o.f.shadowHost && o.f.editor === 'quill') {
    await o.close();
    const fresh = await reopen();
    await typeInto(fresh, text);
    return fresh;
  }
  await o.page.click(o.editor);
  await ctrl(o.page, 'a');
  await o.page.keyboard.type(text);
  return o;
}

/** Presses Ctrl+`key`. */
export async function ctrl(page: Page, key: string): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press(key as 'a');
  await page.keyboard.up('Control');
}

/** A selector inside our panel's shadow root. */
export const inPanel = (selector: string) => `bedenk-dat-panel >>> ${selector}`;

/**
 * Clicks the site's own Post button as a user does (a trusted click): found through the
 * platform data (the surface's container, then its submit selector inside it), or, where the
 * fixture names it as Playwright's `role=button[name="…"]` (`s`: exact), by role and
 * accessible name. Searched in the page and in every open shadow root, in document order.
 */
export async function clickPost(o: FxOpened): Promise<void> {
  const surface = surfaceOf(o.f);
  const named = o.f.submit ? /^role=button\[name="(.+)"(s?)\]$/.exec(o.f.submit) : null;
  if (o.f.submit && !named) throw new Error(`cannot read the submit selector ${o.f.submit}`);
  const found = await o.page.evaluateHandle(
    (containers, submits, name, exact) => {
      const roots: (Document | ShadowRoot)[] = [document];
      for (let i = 0; i < roots.length; i++) {
        for (const el of roots[i]!.querySelectorAll('*'))
          if (el.shadowRoot) roots.push(el.shadowRoot);
      }
      for (const root of roots) {
        if (name) {
          for (const b of root.querySelectorAll<HTMLElement>('button, [role="button"]')) {
            const label = (b.getAttribute('aria-label') ?? b.textContent ?? '').trim();
            if (exact ? label === name : label.toLowerCase().includes(name.toLowerCase())) return b;
          }
        } else if (containers && submits) {
          for (const c of root.querySelectorAll(containers)) {
            const b = c.querySelector<HTMLElement>(submits);
            if (b) return b;
          }
        }
      }
      return null;
    },
    (surface.container ?? []).join(', '),
    (surface.submit ?? []).join(', '),
    named?.[1] ?? '',
    named?.[2] === 's',
  );
  const button = found.asElement() as ElementHandle<Element> | null;
  if (!button) throw new Error(`no Post button on ${o.f.name}`);
  await button.click();
}
