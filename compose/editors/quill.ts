import { isHtmlBlock, rangeFromSegments, readBlocks } from './blockText';
import { execParagraphsAtEnd } from './insert';
import type { EditorDriver } from './types';

/** Quill (LinkedIn): one <p> per line inside `.ql-editor`; an empty line is <p><br></p>. */
export const quillDriver: EditorDriver = {
  kind: 'quill',
  read: (el) =>
    readBlocks(el, {
      isBlock: isHtmlBlock,
      isPlaceholderBreak: (br) => br.parentElement?.childNodes.length === 1,
      isSkipped: (e) =>
        e.classList.contains('ql-clipboard') || e.getAttribute('contenteditable') === 'false',
    }),
  range: (_el, snapshot, start, end) => rangeFromSegments(snapshot, start, end),
  // Quill ignores a synthetic paste; it reads execCommand's DOM change. Both browsers get one
  // insertParagraph per line break: Firefox 140's insertText dropped the "\n\n" inside Quill's
  // <p> (the disclaimer ran on after the last word), Chromium's made the same paragraphs.
  insertAtEnd: execParagraphsAtEnd,
  // Quill's history merges changes within 1 s (its `delay` option).
  undoMergeMs: 1100,
};
