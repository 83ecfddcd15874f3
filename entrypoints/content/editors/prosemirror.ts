import { isHtmlBlock, rangeFromSegments, readBlocks } from './blockText';
import { execInsertAtEnd } from './insert';
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
  insertAtEnd: execInsertAtEnd,
  // prosemirror-history groups adjacent steps within 500 ms (`newGroupDelay`).
  undoMergeMs: 600,
};
