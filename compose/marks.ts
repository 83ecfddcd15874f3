import type { Finding, Severity } from '@/core/types';
import type { EditorDriver, EditorSnapshot } from './editors/types';

/** A stretch of the draft to underline. */
export type Mark = { start: number; end: number; severity: Severity };

/**
 * What to underline for the reminders shown: every place of each warning or stop. A reminder
 * merged from several findings of one rule (core/rules/repeats.ts) keeps them all in `spans`,
 * and each is marked, not only the newest (`span`). Tips (info) are not underlined.
 */
export function marksFor(findings: readonly Finding[]): Mark[] {
  return findings
    .filter((f) => f.severity !== 'info')
    .flatMap((f) =>
      (f.spans ?? (f.span ? [f.span] : [])).map((s) => ({ ...s, severity: f.severity })),
    );
}

const NAMES: Record<Severity, string> = {
  info: 'bedenk-dat-info',
  warning: 'bedenk-dat-warning',
  stop: 'bedenk-dat-stop',
};

// Each severity also has a background tint: Firefox 140 paints a ::highlight's background
// but not its text-decoration (seen on a screenshot in firefox-esr 140.12, 2026-12-02: the
// warning's underline was missing), so the tint keeps every mark visible there.
const HIGHLIGHT_CSS = `
::highlight(bedenk-dat-warning) { text-decoration: underline wavy #c77700 2px; text-underline-offset: 3px; background-color: rgba(199, 119, 0, 0.14); }
::highlight(bedenk-dat-stop) { text-decoration: underline wavy #c62828 2px; text-underline-offset: 3px; background-color: rgba(198, 40, 40, 0.12); }
::highlight(bedenk-dat-info) { text-decoration: underline dotted #1565c0 2px; text-underline-offset: 3px; background-color: rgba(21, 101, 192, 0.1); }
`;

type HighlightRegistryLike = { set(name: string, h: Highlight): unknown };

/**
 * The page's highlight registry where the browser has the CSS Custom Highlight API (Chromium
 * 105; Firefox 140, probed in firefox-esr 140.12 on 2026-12-02), else null. Checked by its
 * methods: a Firefox content script sees the page's objects through Xray wrappers, for which
 * `instanceof Object` is false, so that test drew boxes in Firefox although it has highlights.
 */
function registry(): HighlightRegistryLike | null {
  const css = (globalThis as { CSS?: { highlights?: Partial<HighlightRegistryLike> } }).CSS;
  return typeof Highlight === 'function' && typeof css?.highlights?.set === 'function'
    ? (css.highlights as HighlightRegistryLike)
    : null;
}

/** Highlights until they once fail (then boxes for the rest of the page's life). */
let canHighlight = registry() !== null;

let shared: Record<Severity, Highlight> | null = null;
const styledRoots = new WeakSet<Document | ShadowRoot>();

/** The page-wide highlights, one per severity, registered once. */
function highlights(): Record<Severity, Highlight> {
  if (!shared) {
    const all = { info: new Highlight(), warning: new Highlight(), stop: new Highlight() };
    for (const severity of ['info', 'warning', 'stop'] as const) {
      registry()!.set(NAMES[severity], all[severity]);
    }
    shared = all;
  }
  return shared;
}

/**
 * ::highlight rules must live in the tree that holds the text (document or a shadow root): an
 * adopted sheet, which leaves the page's DOM alone. A Firefox content script cannot reach the
 * page's adoptedStyleSheets (an ObservableArray; through the Xray wrapper every access throws
 * "Accessing from Xray wrapper is not supported", firefox-esr 140.12, 2026-12-02), so there
 * the rules go into a <style> element of ours at the end of that tree instead.
 */
function styleTree(root: Document | ShadowRoot): void {
  if (styledRoots.has(root)) return;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    const adopted = root.adoptedStyleSheets;
    root.adoptedStyleSheets = [...adopted, sheet];
  } catch {
    const style = document.createElement('style');
    style.dataset.bedenkDat = 'highlights';
    style.textContent = HIGHLIGHT_CSS;
    (root instanceof Document ? (root.head ?? root.documentElement) : root).append(style);
  }
  styledRoots.add(root);
}

/**
 * Underlines the words of a finding in one compose box without touching the site's editor
 * DOM: the CSS Custom Highlight API where there is one, else boxes drawn in our own shadow
 * root over the measured text (always for textareas, which have no DOM ranges).
 */
export class BoxMarks {
  private ranges: { severity: Severity; range: Range }[] = [];
  private boxes: HTMLElement[] = [];

  constructor(private readonly overlay: HTMLElement) {}

  /** Shows `marks` for the snapshot just read from `el`. */
  show(
    el: HTMLElement,
    driver: EditorDriver,
    snapshot: EditorSnapshot,
    marks: readonly Mark[],
  ): void {
    this.clear();
    const rootNode = el.getRootNode();
    const valid = marks.filter((m) => m.start < m.end && m.end <= snapshot.text.length);
    if (driver.kind === 'textarea') {
      // Measured all at once: one copy of a long text per mark froze the page.
      const rects = textareaRects(el as HTMLTextAreaElement, valid, this.overlay);
      valid.forEach((mark, i) => rects[i]!.forEach((rect) => this.drawBox(rect, mark.severity)));
      return;
    }
    for (const mark of valid) {
      const range = driver.range(el, snapshot, mark.start, mark.end);
      if (!range) continue;
      if (canHighlight) {
        try {
          styleTree(rootNode instanceof ShadowRoot ? rootNode : document);
          highlights()[mark.severity].add(range);
          this.ranges.push({ severity: mark.severity, range });
          continue;
        } catch {
          // A registry that refuses our objects: boxes from now on (they always work).
          canHighlight = false;
        }
      }
      for (const rect of range.getClientRects()) this.drawBox(rect, mark.severity);
    }
  }

  /** Redraws boxes after scroll or resize (highlights follow the text by themselves). */
  get hasBoxes(): boolean {
    return this.boxes.length > 0;
  }

  /** Removes every mark of this box. */
  clear(): void {
    if (shared) for (const { severity, range } of this.ranges) shared[severity].delete(range);
    this.ranges = [];
    for (const box of this.boxes) box.remove();
    this.boxes = [];
  }

  private drawBox(rect: DOMRect, severity: Severity): void {
    if (rect.width === 0 && rect.height === 0) return;
    const box = document.createElement('div');
    box.className = `bd-mark bd-mark-${severity}`;
    box.dataset.bedenkDatMark = severity;
    Object.assign(box.style, {
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
    });
    this.overlay.append(box);
    this.boxes.push(box);
  }
}

const MIRRORED = [
  'boxSizing',
  'width',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'letterSpacing',
  'lineHeight',
  'textTransform',
  'wordSpacing',
  'textIndent',
  'tabSize',
  'direction',
] as const;

/**
 * Viewport rectangles of each mark inside a textarea, measured on one invisible copy with the
 * same font, width and borders (a textarea has no DOM ranges); only what is visible in it.
 */
function textareaRects(
  area: HTMLTextAreaElement,
  marks: readonly Mark[],
  scratch: HTMLElement,
): DOMRect[][] {
  if (marks.length === 0) return [];
  const style = getComputedStyle(area);
  const mirror = document.createElement('div');
  for (const prop of MIRRORED) mirror.style[prop] = style[prop];
  Object.assign(mirror.style, {
    position: 'fixed',
    visibility: 'hidden',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'break-word',
    top: '0',
    left: '0',
  });
  // Lines after the last mark cannot move it: a long draft is laid out only that far.
  const value = area.value;
  const last = marks.reduce((max, m) => Math.max(max, m.end), 0);
  const lineEnd = value.indexOf('\n', last);
  const copy = document.createTextNode(lineEnd < 0 ? value : value.slice(0, lineEnd));
  mirror.append(copy);
  scratch.append(mirror); // in our own shadow root: the page's DOM is not touched
  const origin = mirror.getBoundingClientRect();
  const own = area.getBoundingClientRect();
  const range = document.createRange();
  const rects = marks.map((mark) => {
    range.setStart(copy, Math.min(mark.start, copy.length));
    range.setEnd(copy, Math.min(mark.end, copy.length));
    // Only what is visible inside the textarea, cut at its edges: a line half scrolled out
    // must not be marked over the page above or below the box.
    return [...range.getClientRects()].flatMap((r) => {
      const left = Math.max(own.left + r.left - origin.left - area.scrollLeft, own.left);
      const top = Math.max(own.top + r.top - origin.top - area.scrollTop, own.top);
      const right = Math.min(own.left + r.right - origin.left - area.scrollLeft, own.right);
      const bottom = Math.min(own.top + r.bottom - origin.top - area.scrollTop, own.bottom);
      return right > left && bottom > top
        ? [new DOMRect(left, top, right - left, bottom - top)]
        : [];
    });
  });
  mirror.remove();
  return rects;
}
