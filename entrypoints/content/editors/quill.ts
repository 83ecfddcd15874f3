import { isHtmlBlock, rangeFromSegments, readBlocks } from './blockText';
import { execInsertAtEnd } from './insert';
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
  // Quill ignores a synthetic paste; it reads execCommand's DOM change.
  insertAtEnd: execInsertAtEnd,
  // Quill's history merges changes within 1 s (its `delay` option).
  undoMergeMs: 1100,
};
