import type { EditorSnapshot, TextSegment } from './types';

/** How a block-structured contenteditable lays out its text. */
export type BlockLayout = {
  /** Elements that are lines/paragraphs: a line break separates two of them. */
  isBlock(el: Element): boolean;
  /** Elements that are not part of the text (placeholders, widgets, mention pop-ups). */
  isSkipped?(el: Element): boolean;
  /** A <br> that only keeps an empty line open (Quill, Lexical, ProseMirror) is no text. */
  isPlaceholderBreak?(br: Element): boolean;
};

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'UL',
  'OL',
]);

/** The usual HTML block elements. */
export const isHtmlBlock = (el: Element): boolean => BLOCK_TAGS.has(el.tagName);

/**
 * Reads a contenteditable as text: text nodes as they are, an emoji <img> as its alt text, a
 * <br> as a line break, and one line break between blocks. Every character remembers its
 * DOM position, so a finding's span can be marked in place.
 */
export function readBlocks(root: HTMLElement, layout: BlockLayout): EditorSnapshot {
  const segments: TextSegment[] = [];
  let text = '';
  // A block ends its line; the next content or block starts on a new one. An empty block
  // (<p><br></p>) is an empty line, as the editors themselves count it.
  let pendingBreak = false;
  let atLineStart = true;
  let lastNode: Node = root;
  let lastOffset = 0;

  const emitBreak = (): void => {
    segments.push({ node: lastNode, nodeOffset: lastOffset, start: text.length, length: 1 });
    text += '\n';
    pendingBreak = false;
    atLineStart = true;
  };

  const push = (node: Node, nodeOffset: number, value: string): void => {
    if (pendingBreak) emitBreak();
    segments.push({ node, nodeOffset, start: text.length, length: value.length });
    text += value;
    atLineStart = value.endsWith('\n');
    lastNode = node;
    lastOffset = nodeOffset + value.length;
  };

  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const value = (node as Text).data.replace(/\u00A0/g, ' ');
      if (value.length > 0) push(node, 0, value);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (layout.isSkipped?.(el)) return;
    if (el.tagName === 'BR') {
      if (!layout.isPlaceholderBreak?.(el)) push(el, 0, '\n');
      return;
    }
    if (el.tagName === 'IMG') {
      const alt = el.getAttribute('alt');
      if (alt) push(el, 0, alt);
      return;
    }
    const block = el !== root && layout.isBlock(el);
    if (block && (pendingBreak || !atLineStart)) emitBreak();
    const emptyFrom = text.length;
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (!block) return;
    // The line break after an empty line stands for that line's block. Without this, one
    // after leading empty lines pointed at the editor itself, and a mark on it reached out
    // of the editor (found by pipeline.fuzz.test.ts).
    if (text.length === emptyFrom) {
      lastNode = el;
      lastOffset = 0;
    }
    pendingBreak = true;
  };
  walk(root);
  return { text, segments };
}

/** The DOM position `within` characters into `seg` (an element segment: before or after it). */
function position(seg: TextSegment, within: number, isEnd: boolean): [Node, number] | null {
  if (seg.node.nodeType === Node.TEXT_NODE) {
    // A line break between blocks sits at the end of the text before it: it has no character
    // of its own there, so a span ending after it ends with that text.
    return [seg.node, Math.min(seg.nodeOffset + within, (seg.node as Text).length)];
  }
  // An element segment (emoji image, <br>): select the whole element.
  const parent = seg.node.parentNode;
  if (!parent) return null;
  const index = Array.prototype.indexOf.call(parent.childNodes, seg.node) as number;
  return [parent, isEnd ? index + 1 : index];
}

/** A DOM range for `[start, end)` of a snapshot made by readBlocks. */
export function rangeFromSegments(
  snapshot: EditorSnapshot,
  start: number,
  end: number,
): Range | null {
  const segments = snapshot.segments;
  const at = (offset: number, isEnd: boolean): [Node, number] | null => {
    // Segments are in text order and do not overlap: a binary search, since a long draft has
    // thousands of them and a finding on every line would make a linear scan quadratic.
    let lo = 0;
    let hi = segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const seg = segments[mid]!;
      const before = isEnd ? offset <= seg.start : offset < seg.start;
      const after = isEnd ? offset > seg.start + seg.length : offset >= seg.start + seg.length;
      if (before) hi = mid - 1;
      else if (after) lo = mid + 1;
      else return position(seg, offset - seg.start, isEnd);
    }
    return null;
  };
  const from = at(start, false);
  const to = at(end, true);
  if (!from || !to) return null;
  try {
    const range = document.createRange();
    range.setStart(from[0], from[1]);
    range.setEnd(to[0], to[1]);
    return range;
  } catch {
    return null;
  }
}
