// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { defaultPolicy } from '@/core/policy/musselhorst';
import { insertDisclaimer } from './disclaimerInsert';
import { endPosition } from './editors/insert';
import type { EditorDriver } from './editors/types';

const d = defaultPolicy.disclaimer;

/** A driver over a plain <div>: `apply` decides what the "editor" does with an insert. */
function fakeDriver(apply: (el: HTMLElement, text: string) => void, undoMergeMs?: number) {
  const insertAtEnd = vi.fn(async (el: HTMLElement, text: string) => apply(el, text));
  const driver: EditorDriver = {
    kind: 'contenteditable',
    read: (el) => ({ text: el.textContent ?? '', segments: [] }),
    range: () => null,
    insertAtEnd,
    ...(undoMergeMs ? { undoMergeMs } : {}),
  };
  return { driver, insertAtEnd };
}

function box(text: string): HTMLElement {
  const el = document.createElement('div');
  el.textContent = text;
  document.body.append(el);
  return el;
}

describe('insertDisclaimer', () => {
  it('adds a blank line and the long disclaimer, and checks the editor took it', async () => {
    const el = box('Ik vind de werkdruk te hoog.');
    const { driver, insertAtEnd } = fakeDriver((e, t) => e.append(t));
    await expect(insertDisclaimer(el, driver, d)).resolves.toEqual({
      kind: 'inserted',
      version: 'long',
      over: 0,
    });
    expect(insertAtEnd).toHaveBeenCalledWith(el, `\n\n${d.long}`);
    expect(el.textContent).toBe(`Ik vind de werkdruk te hoog.\n\n${d.long}`);
  });

  it.each([
    ['ignores the insert', () => {}],
    ['doubles it', (e: HTMLElement, t: string) => e.append(t, t)],
    [
      'throws',
      () => {
        throw new Error('editor says no');
      },
    ],
  ])('an editor that %s: unverified, and never a second attempt', async (_, apply) => {
    const el = box('Mijn mening.');
    const { driver, insertAtEnd } = fakeDriver(apply);
    await expect(insertDisclaimer(el, driver, d)).resolves.toEqual({ kind: 'unverified' });
    expect(insertAtEnd).toHaveBeenCalledTimes(1);
  });

  it('inserts nothing when the draft holds the disclaimer', async () => {
    const el = box(`Mijn mening. ${d.short}`);
    const { driver, insertAtEnd } = fakeDriver((e, t) => e.append(t));
    await expect(insertDisclaimer(el, driver, d)).resolves.toEqual({ kind: 'present' });
    expect(insertAtEnd).not.toHaveBeenCalled();
  });

  it('takes the short one where the long one passes the limit', async () => {
    const el = box('a'.repeat(200));
    const { driver } = fakeDriver((e, t) => e.append(t));
    await expect(insertDisclaimer(el, driver, d, { maxLength: 280 })).resolves.toEqual({
      kind: 'inserted',
      version: 'short',
      over: 0,
    });
  });

  it("waits out the editor's undo grouping after the last key", async () => {
    vi.useFakeTimers();
    try {
      const el = box('Mijn mening.');
      const { driver, insertAtEnd } = fakeDriver((e, t) => e.append(t), 1000);
      const done = insertDisclaimer(el, driver, d, { lastInputAt: 0, now: () => 400 });
      await vi.advanceTimersByTimeAsync(590);
      expect(insertAtEnd).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(20);
      expect(insertAtEnd).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(200); // the verifying frame
      await expect(done).resolves.toMatchObject({ kind: 'inserted' });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('endPosition: where typed text would go at the end of the box', () => {
  const shape = (html: string) => {
    const el = document.createElement('div');
    el.innerHTML = html;
    const [node, offset] = endPosition(el);
    return node.nodeType === Node.TEXT_NODE
      ? `text "${(node as Text).data}" @${offset}`
      : `<${(node as Element).tagName.toLowerCase()}> @${offset}`;
  };

  it.each([
    ['<p>Hallo</p><p>daar</p>', 'text "daar" @4'],
    ['<p>Hallo</p><p><br></p>', '<p> @0'],
    ['<div data-block="true"><span><span data-text="true">X</span></span></div>', 'text "X" @1'],
    ['<p><span>regel</span><br><br></p>', '<p> @2'],
    ['<p>met <img alt="😀"></p>', '<p> @2'],
    ['', '<div> @0'],
  ])('%s → %s', (html, expected) => {
    expect(shape(html)).toBe(expected);
  });
});
