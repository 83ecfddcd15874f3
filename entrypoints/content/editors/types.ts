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
};
