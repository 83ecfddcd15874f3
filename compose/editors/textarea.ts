import { execInsertAtEnd } from './insert';
import type { EditorDriver } from './types';

/** A textarea or text input (Instagram comments, Mastodon, X mobile): the value is the text. */
export const textareaDriver: EditorDriver = {
  kind: 'textarea',
  read: (el) => ({ text: (el as HTMLTextAreaElement).value ?? '', segments: [] }),
  // No DOM range exists inside a textarea: marks are drawn by measuring (see marks.ts).
  range: () => null,
  // Setting the value would bypass the browser's undo stack (Ctrl+Z would keep the insert).
  // A textarea takes "\n" as text in both browsers: no difference found in Firefox 140.
  insertAtEnd: execInsertAtEnd,
};
