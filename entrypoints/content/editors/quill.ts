import { isHtmlBlock, rangeFromSegments, readBlocks } from './blockText';
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
};
