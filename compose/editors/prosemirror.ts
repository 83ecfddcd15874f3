import { isHtmlBlock, rangeFromSegments, readBlocks } from './blockText';
import { execParagraphsAtEnd } from './insert';
import type { EditorDriver } from './types';

/** ProseMirror / TipTap (Bluesky, LinkedIn's newer boxes): paragraphs; trailing breaks are filler. */
export const prosemirrorDriver: EditorDriver = {
  kind: 'prosemirror',
  read: (el) =>
    readBlocks(el, {
      isBlock: isHtmlBlock,
      isPlaceholderBreak: (br) => br.classList.contains('ProseMirror-trailingBreak'),
      isSkipped: (e) =>
        e.classList.contains('ProseMirror-widget') || e.getAttribute('contenteditable') === 'false',
    }),
  range: (_el, snapshot, start, end) => rangeFromSegments(snapshot, start, end),
  // One insertParagraph per line break in both browsers: Firefox 140's insertText made one
  // <br> (a hard break) of "\n\n", so the disclaimer followed after a single line break.
  insertAtEnd: execParagraphsAtEnd,
  // prosemirror-history groups adjacent steps within 500 ms (`newGroupDelay`).
  undoMergeMs: 600,
};
