/** A rectangle in viewport pixels. */
export type Rect = { left: number; top: number; right: number; bottom: number };

/** Where the panel goes: its top left corner, and whether it is hidden (a box not laid out). */
export type Placement = { left: number; top: number; hidden: boolean };

/** Gaps, in px: beside the composer, below or above it, and from the viewport's edges. */
const BESIDE = 8;
const BELOW = 6;
const EDGE = 8;

/**
 * Puts the panel beside the composer, never over the text or the site's buttons: to its
 * right when it fits, else below it, else above it; always inside the viewport. A panel not
 * yet measured counts as 320 × 40. Pure: the session measures, this decides.
 */
export function placePanel(
  box: Rect,
  panel: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const width = panel.width || 320;
  const height = panel.height || 40;
  const { width: vw, height: vh } = viewport;
  const hidden = box.right - box.left === 0 && box.bottom - box.top === 0;
  if (box.right + BESIDE + width <= vw) {
    const top = Math.min(Math.max(box.top, EDGE), Math.max(EDGE, vh - height - EDGE));
    return { left: box.right + BESIDE, top, hidden };
  }
  const left = Math.max(EDGE, Math.min(box.right - width, vw - width - EDGE));
  if (box.bottom + BELOW + height <= vh) return { left, top: box.bottom + BELOW, hidden };
  return { left, top: Math.max(EDGE, box.top - height - BELOW), hidden };
}
