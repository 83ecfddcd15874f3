import { describe, expect, it } from 'vitest';
import { placePanel, type Placement, type Rect } from './placement';

const rect = (left: number, top: number, width: number, height: number): Rect => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const panel = { width: 300, height: 200 };
const wide = { width: 1280, height: 800 };

describe('placePanel: the panel beside the composer, never over it, inside the viewport', () => {
  it.each<
    [string, Rect, { width: number; height: number }, { width: number; height: number }, Placement]
  >([
    [
      'to the right when it fits',
      rect(100, 100, 600, 120),
      panel,
      wide,
      { left: 708, top: 100, hidden: false },
    ],
    [
      'to the right, kept below the top edge',
      rect(100, -50, 600, 120),
      panel,
      wide,
      { left: 708, top: 8, hidden: false },
    ],
    [
      'to the right, kept above the bottom edge',
      rect(100, 700, 600, 80),
      panel,
      wide,
      { left: 708, top: 592, hidden: false },
    ],
    [
      'below when the right side is too narrow',
      rect(100, 100, 1000, 120),
      panel,
      wide,
      { left: 800, top: 226, hidden: false },
    ],
    [
      'above when neither right nor below fits',
      rect(100, 500, 1000, 250),
      panel,
      wide,
      { left: 800, top: 294, hidden: false },
    ],
    [
      'above, but never past the top edge',
      rect(0, 100, 1270, 690),
      panel,
      wide,
      { left: 970, top: 8, hidden: false },
    ],
    [
      'below, never past the left edge (narrow window)',
      rect(0, 50, 200, 100),
      panel,
      { width: 320, height: 800 },
      { left: 8, top: 156, hidden: false },
    ],
    [
      'an unmeasured panel counts as 320 × 40',
      rect(100, 100, 600, 120),
      { width: 0, height: 0 },
      wide,
      { left: 708, top: 100, hidden: false },
    ],
    [
      'hidden with a box that is not laid out',
      rect(0, 0, 0, 0),
      panel,
      wide,
      { left: 8, top: 8, hidden: true },
    ],
  ])('%s', (_, box, size, viewport, expected) => {
    expect(placePanel(box, size, viewport)).toEqual(expected);
  });
});
