import { isHtmlBlock, rangeFromSegments, readBlocks } from './blockText';
import { pasteAtEnd } from './insert';
import type { EditorDriver } from './types';

/** Lexical (Facebook, Instagram captions): paragraphs; an empty one is <p><br></p>. */
export const lexicalDriver: EditorDriver = {
  kind: 'lexical',
  read: (el) =>
    readBlocks(el, {
      isBlock: isHtmlBlock,
      // Lexical renders a lone <br> in an empty paragraph, and a trailing <br> after a
      // line break at the end of a paragraph; neither is text.
      isPlaceholderBreak: (br) =>
        br.nextSibling === null &&
        br.parentElement?.lastChild === br &&
        (br.previousSibling === null || br.previousSibling.nodeName === 'BR'),
      isSkipped: (e) => e.getAttribute('contenteditable') === 'false',
    }),
  range: (_el, snapshot, start, end) => rangeFromSegments(snapshot, start, end),
  // Lexical reverts an execCommand with line breaks; a paste goes through its own commands.
  // As for Draft.js, Firefox 140 reads the paste's text only from Gecko's `dataType`/`data`
  // init (`pasteEvent` in insert.ts); with the standard init Lexical got an empty paste.
  insertAtEnd: pasteAtEnd,
};
