import { isHtmlBlock, rangeFromSegments, readBlocks } from './blockText';
import { execLinesAtEnd } from './insert';
import type { EditorDriver } from './types';

/** A plain contenteditable (YouTube comments, Studio): <div>/<br> lines as the browser makes them. */
export const contenteditableDriver: EditorDriver = {
  kind: 'contenteditable',
  read: (el) =>
    readBlocks(el, {
      isBlock: isHtmlBlock,
      // Chrome keeps an empty line open with a lone <br> inside a <div>.
      isPlaceholderBreak: (br) =>
        br.parentElement !== null &&
        br.parentElement.childNodes.length === 1 &&
        br.parentElement !== br.getRootNode(),
    }),
  range: (_el, snapshot, start, end) => rangeFromSegments(snapshot, start, end),
  // The browser's own undo: the fresh caret set first makes the insert its own step, and one
  // insertHTML with <br>s is one step in both browsers (Chromium grouped a command per line,
  // Firefox 140 undid them one by one, leaving the blank line after one Ctrl+Z).
  insertAtEnd: execLinesAtEnd,
};
