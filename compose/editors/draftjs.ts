import { rangeFromSegments, readBlocks } from './blockText';
import { pasteAtEnd } from './insert';
import type { EditorDriver } from './types';

/**
 * Draft.js (X): one `[data-block]` element per line; the text lives in `[data-text]` leaves.
 * An empty line holds a <br data-text="true">, which is no text.
 */
export const draftjsDriver: EditorDriver = {
  kind: 'draftjs',
  read: (el) =>
    readBlocks(el, {
      isBlock: (e) => e.hasAttribute('data-block'),
      isSkipped: (e) => e.classList.contains('public-DraftEditorPlaceholder-root'),
      isPlaceholderBreak: (br) => br.hasAttribute('data-text'),
    }),
  range: (_el, snapshot, start, end) => rangeFromSegments(snapshot, start, end),
  // execCommand with "\n\n" loses later typing from Draft's state; a paste keeps it. Chromium
  // takes the standard paste init; Firefox 140 needs Gecko's own (`pasteEvent` in insert.ts):
  // a standard one arrives with empty clipboardData and Draft's onPaste inserts nothing.
  insertAtEnd: pasteAtEnd,
};
