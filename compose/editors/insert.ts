import { withTimeout } from '../withTimeout';

// Inserting text through the sites' own editors, as measured in TOOLCHAIN.md ("Inserting text"):
// no single technique works everywhere. Draft.js and Lexical take a multi-line insert only as
// a paste; Quill, ProseMirror, textareas and plain contenteditables take execCommand. Firefox
// differs again in how a paste is built and how line breaks go in: see each function.

/** Resolves on the next animation frame, or after 100 ms where no frame comes (hidden tab). */
export async function nextFrame(): Promise<void> {
  const frame = new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  await withTimeout(frame, 100, undefined);
}

/** The selection of the tree that holds `el` (Chromium gives a shadow root its own view). */
function selectionFor(el: Node): Selection | null {
  const root = el.getRootNode() as
    (ShadowRoot & { getSelection?: () => Selection | null }) | Document;
  if (root instanceof ShadowRoot && typeof root.getSelection === 'function') {
    return root.getSelection();
  }
  return document.getSelection();
}

const indexIn = (node: Node): number =>
  Array.prototype.indexOf.call(node.parentNode?.childNodes ?? [], node) as number;

/**
 * The last place in `el` where typed text goes: the end of its last text node, before a
 * trailing filler <br> (an empty line), after an emoji <img> or a non-editable chip.
 */
export function endPosition(el: HTMLElement): [Node, number] {
  let parent: Node = el;
  for (;;) {
    let child = parent.lastChild;
    while (child && child.nodeType !== Node.TEXT_NODE && child.nodeType !== Node.ELEMENT_NODE) {
      child = child.previousSibling; // comments
    }
    if (!child) return [parent, parent.childNodes.length];
    if (child.nodeType === Node.TEXT_NODE) return [child, (child as Text).data.length];
    const e = child as Element;
    if (e.tagName === 'BR') return [parent, indexIn(e)];
    if (e.tagName === 'IMG' || e.getAttribute('contenteditable') === 'false') {
      return [parent, indexIn(e) + 1];
    }
    parent = e;
  }
}

/** Focuses `el` and sets a fresh caret at its end (a fresh selection also closes an open undo group). */
export function caretToEnd(el: HTMLElement): void {
  el.focus({ preventScroll: true });
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    const end = el.value.length;
    el.setSelectionRange(end, end);
    return;
  }
  const selection = selectionFor(el);
  if (!selection) return;
  const [node, offset] = endPosition(el);
  selection.removeAllRanges();
  selection.setBaseAndExtent(node, offset, node, offset);
}

/**
 * Quill, ProseMirror, textareas, plain contenteditables: execCommand('insertText') at the end.
 * It fires a trusted `input` and lands on the browser's (and the editor's) undo stack.
 */
export async function execInsertAtEnd(el: HTMLElement, text: string): Promise<void> {
  caretToEnd(el);
  document.execCommand('insertText', false, text);
}

/**
 * Quill and ProseMirror: execCommand per line, a new paragraph between lines, so each line
 * is one of the editor's own blocks in both browsers. Chromium's insertText turns "\n" into a
 * new paragraph itself, but Firefox 140 does not: in a Quill <p> the line breaks were dropped
 * ("…is.Dit bericht"), in ProseMirror "\n\n" became one <br> (one hard break), measured with
 * firefox-esr 140.12 on 2026-12-02 (tests/firefox/compose.firefox.ts). insertParagraph
 * splits the block in both. The editors' own history (Quill's 1 s `delay`, prosemirror-history's
 * 500 ms `newGroupDelay`) merges the commands into one undo step.
 */
export async function execParagraphsAtEnd(el: HTMLElement, text: string): Promise<void> {
  caretToEnd(el);
  text.split('\n').forEach((line, i) => {
    if (i > 0) document.execCommand('insertParagraph');
    if (line) document.execCommand('insertText', false, line);
  });
}

/** `text` as HTML: every character as text, each "\n" a <br> (the text is never markup). */
export function linesAsHtml(text: string): string {
  const escape = (t: string) =>
    t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text.split('\n').map(escape).join('<br>');
}

/**
 * A plain contenteditable: one insertHTML with <br> line breaks. insertText with "\n" makes
 * <div> paragraphs in Chromium, which the site reads as an extra blank line (innerText); one
 * command per line is one undo step per command in Firefox 140 (one Ctrl+Z left the blank
 * line behind, measured 2026-12-02), while one insertHTML is one undo step in both browsers.
 */
export async function execLinesAtEnd(el: HTMLElement, text: string): Promise<void> {
  caretToEnd(el);
  document.execCommand('insertHTML', false, linesAsHtml(text));
}

/**
 * A paste event that carries `text` as text/plain, or null where this browser cannot build
 * one. The standard init is `clipboardData` (Chromium); Gecko's ClipboardEventInit has only
 * its own `dataType` and `data` and ignores `clipboardData`, so a paste built the standard way
 * arrives empty in Firefox (Floorp-Projects/Floorp dom/webidl/ClipboardEvent.webidl, read
 * 2026-12-02; measured in firefox-esr 140.12: Draft.js and Lexical got nothing). Both forms go
 * in one init — each browser ignores the other's — and the event is checked before it is sent.
 */
export function pasteEvent(text: string): ClipboardEvent | null {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const init = {
    clipboardData: data,
    dataType: 'text/plain',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  const event = new ClipboardEvent('paste', init as ClipboardEventInit);
  return event.clipboardData?.getData('text/plain') === text ? event : null;
}

/**
 * Draft.js and Lexical: a synthetic paste (text/plain). It lands at the editor's own idea of
 * the caret, so the caret is moved first and the editor told (selectionchange), a frame ahead.
 */
export async function pasteAtEnd(el: HTMLElement, text: string): Promise<void> {
  const event = pasteEvent(text);
  if (!event) throw new Error('this browser cannot build a paste event with text');
  caretToEnd(el);
  document.dispatchEvent(new Event('selectionchange'));
  await nextFrame();
  el.dispatchEvent(event);
}

/**
 * Remembers the caret or selection in `el`; the returned function puts focus and it back (at
 * the end of the text when there was none to remember: focus() alone would put it at the start).
 */
export function saveSelection(el: HTMLElement): () => void {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    const { selectionStart, selectionEnd } = el;
    return () => {
      el.focus({ preventScroll: true });
      if (selectionStart !== null && selectionEnd !== null) {
        el.setSelectionRange(selectionStart, selectionEnd);
      }
    };
  }
  const selection = selectionFor(el);
  const range =
    selection && selection.rangeCount > 0 && el.contains(selection.getRangeAt(0).startContainer)
      ? selection.getRangeAt(0).cloneRange()
      : null;
  return () => {
    if (!range || !el.contains(range.startContainer)) return caretToEnd(el);
    el.focus({ preventScroll: true });
    const now = selectionFor(el);
    now?.removeAllRanges();
    now?.addRange(range);
  };
}
