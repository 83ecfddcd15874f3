// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { platforms } from '@/core/platforms';
import { driverFor } from './editors';
import { detectKind } from './editors/detect';
import { matchSurface } from './watcher';

const x = platforms.find((p) => p.id === 'x')!;

/** Gives an element the size of a compose box (happy-dom has no layout). */
function onScreen(el: HTMLElement): HTMLElement {
  el.getBoundingClientRect = () => new DOMRect(10, 10, 400, 60);
  return el;
}

/** Puts `html` on the page and returns the element marked `data-box`. */
function box(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.querySelector<HTMLElement>('[data-box]')!;
}

describe('compose boxes the platform data does not know', () => {
  it.each([
    [
      'Draft.js',
      '<div class="DraftEditor-root"><div data-box contenteditable="true" class="public-DraftEditor-content"><div data-contents="true"></div></div></div>',
      'draftjs',
    ],
    [
      'Lexical',
      '<div data-box contenteditable="true" data-lexical-editor="true"><p></p></div>',
      'lexical',
    ],
    ['Quill', '<div data-box contenteditable="true" class="ql-editor"><p></p></div>', 'quill'],
    [
      'ProseMirror',
      '<div data-box contenteditable="true" class="ProseMirror tiptap"><p></p></div>',
      'prosemirror',
    ],
    ['a textarea', '<textarea data-box></textarea>', 'textarea'],
    ['a plain contenteditable', '<div data-box contenteditable="true"></div>', 'contenteditable'],
  ])('%s is recognised from its DOM and gets its own driver', (_name, html, kind) => {
    const el = box(html);
    expect(detectKind(el)).toBe(kind);
    expect(
      driverFor(el, el instanceof HTMLTextAreaElement ? 'textarea' : 'contenteditable').kind,
    ).toBe(kind);
  });

  // (happy-dom cannot match the generic rich-text selector's complex :not(); the fallback for
  // rich editors is proven in real Chromium: tests/e2e/reminders.spec.ts.)
  it('a textarea on a covered site that no surface names: a session all the same', () => {
    const el = onScreen(box('<textarea data-box></textarea>'));
    expect(matchSurface(x, el)).toMatchObject({ el, surface: { id: 'unknown', kind: 'textarea' } });
  });

  it("prefers the platform's own surface when its selector matches", () => {
    const el = box(
      '<div class="DraftEditor-root"><div data-box contenteditable="true" data-testid="tweetTextarea_0"></div></div>',
    );
    expect(matchSurface(x, el)?.surface.id).not.toBe('unknown');
  });

  it("leaves editors' off-screen helper boxes alone (Quill's clipboard)", () => {
    const el = box('<div class="ql-clipboard"><textarea data-box></textarea></div>');
    expect(matchSurface(x, onScreen(el))).toBeNull();
    const tiny = box('<textarea data-box></textarea>');
    tiny.getBoundingClientRect = () => new DOMRect(-100000, 0, 300, 1);
    expect(matchSurface(x, tiny)).toBeNull();
  });

  it('leaves what is not a compose box alone', () => {
    expect(matchSurface(x, box('<input data-box type="search">'))).toBeNull();
    expect(matchSurface(x, box('<textarea data-box readonly></textarea>'))).toBeNull();
    expect(matchSurface(x, box('<button data-box>Post</button>'))).toBeNull();
  });
});
