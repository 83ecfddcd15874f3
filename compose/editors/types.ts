import type { EditorKind } from '@/core/platforms/types';

/** Where one character of the read text sits in the DOM. */
export type TextSegment = {
  /** The text node, or the element that stands for the text (an emoji <img>, a <br>). */
  node: Node;
  /** Offset in `node` (text nodes) of the segment's first character. */
  nodeOffset: number;
  /** Offset in the read text of the segment's first character. */
  start: number;
  length: number;
};

/** What a driver reads from an editor: the text as the site will post it, and where it is. */
export type EditorSnapshot = {
  text: string;
  segments: readonly TextSegment[];
};

/** Everything about one editor technology: read text, map offsets to DOM ranges. */
export type EditorDriver = {
  kind: EditorKind;
  /** Reads the text exactly as the site will post it. */
  read(el: HTMLElement): EditorSnapshot;
  /** A DOM range for text offsets `[start, end)` of the last read, or null (textarea). */
  range(el: HTMLElement, snapshot: EditorSnapshot, start: number, end: number): Range | null;
  /**
   * Adds `text` at the end of the draft through the editor itself (so its state, counter and
   * undo see it), caret after it. Does not check the result: callers verify on the next frame.
   */
  insertAtEnd(el: HTMLElement, text: string): Promise<void>;
  /**
   * The editor merges undo steps made within this many ms of the last one (Quill, ProseMirror):
   * an insert waits that long after typing, so one Ctrl+Z removes exactly the insert.
   */
  undoMergeMs?: number;
};
