// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { drivers } from './index';
import { linesAsHtml } from './insert';

/** Builds an editor element from the HTML the editor framework renders. */
function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

describe('editor drivers read the text as the site will post it', () => {
  it.each([
    [
      'draftjs',
      '<div data-contents="true"><div data-block="true"><div><span data-offset-key="a"><span data-text="true">Hallo </span></span><span><span data-text="true">wereld</span></span></div></div><div data-block="true"><div><span><br data-text="true"></span></div></div><div data-block="true"><div><span><span data-text="true">BSN 111222333</span></span></div></div></div>',
      'Hallo wereld\n\nBSN 111222333',
    ],
    [
      'lexical',
      '<p dir="ltr"><span data-lexical-text="true">Eerste regel</span></p><p><br></p><p><span data-lexical-text="true">Met </span><img alt="😀" src="x.png"><span data-lexical-text="true"> emoji</span></p>',
      'Eerste regel\n\nMet 😀 emoji',
    ],
    [
      'quill',
      '<p>Regel een</p><p><br></p><p>Regel <strong>twee</strong></p>',
      'Regel een\n\nRegel twee',
    ],
    [
      'prosemirror',
      '<p>Hallo</p><p><br class="ProseMirror-trailingBreak"></p><p>daar<br class="ProseMirror-trailingBreak"></p>',
      'Hallo\n\ndaar',
    ],
    [
      'contenteditable',
      'Eerste<div>tweede</div><div><br></div><div>vierde</div>',
      'Eerste\ntweede\n\nvierde',
    ],
    ['contenteditable', 'a&nbsp;b<br>c', 'a b\nc'],
  ] as const)('%s: %j', (kind, html, text) => {
    expect(drivers[kind].read(editor(html)).text).toBe(text);
  });

  it('a textarea is its value', () => {
    const area = document.createElement('textarea');
    area.value = 'Regel\nnog een';
    expect(drivers.textarea.read(area).text).toBe('Regel\nnog een');
    expect(drivers.textarea.range(area, drivers.textarea.read(area), 0, 5)).toBeNull();
  });
});

describe('offsets map back to DOM ranges holding the same words', () => {
  it.each([
    [
      'draftjs',
      '<div data-block="true"><span data-text="true">Het BSN is </span><span data-text="true">111222333</span></div><div data-block="true"><span data-text="true">niet doorsturen</span></div>',
    ],
    [
      'lexical',
      '<p><span>Het BSN is 111222333</span></p><p><span>niet </span><img alt="🤫"><span> doorsturen</span></p>',
    ],
    ['quill', '<p>Het BSN is 111222333</p><p>niet doorsturen</p>'],
    ['prosemirror', '<p>Het BSN is 111222333</p><p>niet doorsturen</p>'],
    ['contenteditable', 'Het BSN is 111222333<div>niet doorsturen</div>'],
  ] as const)('%s', (kind, html) => {
    const el = editor(html);
    const driver = drivers[kind];
    const snap = driver.read(el);
    for (const word of ['BSN', '111222333', 'niet']) {
      const start = snap.text.indexOf(word);
      const range = driver.range(el, snap, start, start + word.length);
      expect(range?.toString(), word).toBe(word);
    }
    // A span across a line break covers both lines.
    const start = snap.text.indexOf('333');
    const range = driver.range(el, snap, start, snap.text.indexOf('niet') + 4);
    expect(range?.toString().replace(/\s+/g, ' ')).toMatch(/^333 ?niet$/);
  });
});

describe('a multi-line insert into a plain contenteditable is text, never markup', () => {
  it.each([
    ['\n\nPersoonlijk standpunt.', '<br><br>Persoonlijk standpunt.'],
    ['a <img src=x onerror=alert(1)> & b', 'a &lt;img src=x onerror=alert(1)&gt; &amp; b'],
    ['één\nregel', 'één<br>regel'],
  ])('%j', (text, html) => {
    expect(linesAsHtml(text)).toBe(html);
    const el = document.createElement('div');
    el.innerHTML = html; // what insertHTML would parse
    expect(el.querySelectorAll('*:not(br)')).toHaveLength(0);
    expect(el.textContent).toBe(text.replace(/\n/g, ''));
  });
});
