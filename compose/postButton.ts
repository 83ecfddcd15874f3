import { isPostName } from '@/core/platforms/postButtons';
import type { ComposeSurface, PostKey } from '@/core/platforms/types';

// One shared Post-button finder for every compose box. First the surface's own data (container
// → submit selectors); where those do not match — a redesign, a box only the generic finder
// knows, a site whose Post button is only its text — the nearest enabled, visible button whose
// accessible name is a posting verb (core/platforms/postButtons.ts), found by walking up from
// the editor. The walk never leaves a dialog or form, and prefers a button after the editor (a
// composer's Post sits below or beside its box; the feed's "Reageren" that opens a comment box
// sits above it).

/** What the site renders as a button. */
export const BUTTON_LIKE = 'button, [role="button"], input[type="submit"], input[type="button"]';

/** A composer's own boundary: the walk takes a button in it, before or after the box, or stops. */
const BOUNDARY = 'dialog, [role="dialog"], [role="alertdialog"], form, [role="form"]';

/** How far up the walk goes at most (X's inline composer: about a dozen wrappers). */
const MAX_LEVELS = 24;

/** How the Post button of a box was found. */
export type PostButtonMatch = {
  button: Element;
  by: 'selector' | 'semantic';
  /** The data selector that matched (never page text). */
  selector?: string;
};

/** The box the finder works from: its editor and its surface data. */
export type FinderBox = { el: HTMLElement; surface: ComposeSurface };

/** The element's parent, or the host of its shadow root (LinkedIn's #interop-outlet). */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The names a button goes by: its aria-label (or aria-labelledby's text), its visible text (or
 * an input's value), its title. Bluesky labels "Posten" as "Bericht publiceren"; Threads and
 * LinkedIn's new share box have only the text.
 */
export function buttonNames(el: Element): string[] {
  const names = [el.getAttribute('aria-label') ?? ''];
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    const root = el.getRootNode() as Document | ShadowRoot;
    names.push(
      by
        .split(/\s+/)
        .map((id) => root.getElementById?.(id)?.textContent ?? '')
        .join(' '),
    );
  }
  names.push(
    el instanceof HTMLInputElement
      ? el.value
      : ((el as HTMLElement).innerText ?? el.textContent ?? ''),
  );
  names.push(el.getAttribute('title') ?? '');
  return names.filter((n) => n.trim() !== '');
}

/** True when one of the button's names is a posting verb (or one of the surface's own). */
export function hasPostName(el: Element, extra: readonly string[] = []): boolean {
  return buttonNames(el).some((name) => isPostName(name, extra));
}

/** Enabled and on screen: what a person can press. */
export function isUsable(el: Element): boolean {
  if ((el as HTMLButtonElement).disabled) return false;
  if (el.getAttribute('aria-disabled') === 'true') return false;
  if (el.closest('[aria-hidden="true"], [inert]')) return false;
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** A usable button-like element whose name is a posting verb. */
export function isPostButton(el: Element, extra: readonly string[] = []): boolean {
  return el.matches(BUTTON_LIKE) && hasPostName(el, extra) && isUsable(el);
}

/** The first button-like element on an event's path (the button pressed, not its icon). */
export function pressedButton(path: readonly EventTarget[]): Element | null {
  for (const node of path.slice(0, 12)) {
    if (!(node instanceof Element)) continue;
    if (node.matches(BUTTON_LIKE)) return node;
    if ((node as HTMLElement).isContentEditable || node instanceof HTMLTextAreaElement) return null;
  }
  return null;
}

const tryMatches = (el: Element, selector: string): boolean => {
  try {
    return el.matches(selector);
  } catch {
    return false; // a bad selector in the data must not stop the others
  }
};

const tryQuery = (root: Element, selector: string): Element | null => {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
};

/** The composer around the box by the surface data, or null where no container selector matches. */
export function dataContainer(box: FinderBox): Element | null {
  for (const selector of box.surface.container ?? []) {
    try {
      const found = box.el.closest(selector);
      if (found) return found;
    } catch {
      continue;
    }
  }
  return null;
}

/** The box's Post button by the surface's own selectors, when they match. */
function bySelector(box: FinderBox): PostButtonMatch | null {
  const container = dataContainer(box);
  if (!container || container === box.el) return null;
  for (const selector of box.surface.submit ?? []) {
    const button = tryQuery(container, selector);
    if (button) return { button, by: 'selector', selector };
  }
  return null;
}

/** The nearest posting button around the editor, found by its name. */
export function semanticPostButton(
  editor: HTMLElement,
  extra: readonly string[] = [],
): Element | null {
  // The nearest posting button above the box, for composers whose Post sits in a header
  // (Instagram's "Delen", YouTube Studio's "Opslaan"): taken only when none follows the box.
  let above: Element | null = null;
  let level: Element | null = parentOf(editor);
  for (let depth = 0; level && depth < MAX_LEVELS; depth++, level = parentOf(level)) {
    if (level === document.body || level === document.documentElement) break;
    let before: Element | null = null;
    for (const el of level.querySelectorAll(BUTTON_LIKE)) {
      if (editor.contains(el) || !isPostButton(el, extra)) continue;
      if (editor.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) return el;
      before = el; // the last one above the box is the nearest
    }
    above ??= before;
    if (tryMatches(level, BOUNDARY)) break; // never take a button outside the composer
  }
  return above;
}

/** The box's Post button: by the data where it matches, else by its name. */
export function findPostButton(box: FinderBox): PostButtonMatch | null {
  const data = bySelector(box);
  if (data) return data;
  const button = semanticPostButton(box.el, box.surface.postNames);
  return button ? { button, by: 'semantic' } : null;
}

/** True when `pressed` is (inside) the box's Post button. */
export function isPostOf(box: FinderBox, pressed: Element): boolean {
  const container = dataContainer(box);
  if (container && container !== box.el && container.contains(pressed)) {
    for (let node: Element | null = pressed; node && node !== container; node = node.parentElement)
      if ((box.surface.submit ?? []).some((s) => tryMatches(node!, s))) return true;
  }
  if (!hasPostName(pressed, box.surface.postNames)) return false; // most clicks stop here
  const found = semanticPostButton(box.el, box.surface.postNames);
  return !!found && (found === pressed || found.contains(pressed) || pressed.contains(found));
}

/** True when `e` is one of `keys` (Ctrl/Cmd+Enter, or a plain Enter). */
export function isPostKey(keys: readonly PostKey[] | undefined, e: KeyboardEvent): boolean {
  if (!keys || e.key !== 'Enter' || e.isComposing || e.keyCode === 229) return false;
  return keys.some((key) =>
    key === 'mod+enter'
      ? (e.ctrlKey || e.metaKey) && !e.altKey
      : !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey,
  );
}
