import { otherPlatform } from '@/core/platforms';
import type { ComposeSurface, Platform } from '@/core/platforms/types';
import { BoxSession, type SessionDeps } from './session';

/** The focused element, looking inside open shadow roots (LinkedIn's redesign). */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The generic compose boxes, for a box on a covered site that its platform data does not know. */
const UNKNOWN_SURFACES: readonly ComposeSurface[] = otherPlatform.surfaces.map((s) => ({
  ...s,
  id: 'unknown',
}));

/** The compose surface an element belongs to, and the editable element itself. */
export function matchSurface(
  platform: Platform,
  target: Element,
): { surface: ComposeSurface; el: HTMLElement } | null {
  if (platform.id === otherPlatform.id) return firstMatch(platform.surfaces, target, isOnScreenBox);
  const known = firstMatch(platform.surfaces, target);
  if (known) return known;
  // A box the platform data does not know (the site changed its markup, or a new kind of
  // composer): reminded of all the same, its editor recognised from its DOM, and its Post
  // button found by name (postButton.ts) with every name the platform's surfaces use.
  const unknown = firstMatch(UNKNOWN_SURFACES, target, isOnScreenBox);
  if (!unknown) return null;
  const postNames = platform.surfaces.flatMap((s) => s.postNames ?? []);
  return postNames.length > 0
    ? { ...unknown, surface: { ...unknown.surface, postNames } }
    : unknown;
}

/**
 * Generic selectors also match editors' own helper boxes (Quill pastes through an off-screen
 * contenteditable): a box a person types in is on the page and at least a line high.
 */
function isOnScreenBox(el: HTMLElement): boolean {
  if (el.closest('.ql-clipboard, [aria-hidden="true"]')) return false;
  const box = el.getBoundingClientRect();
  return box.width >= 40 && box.height >= 12 && box.right > 0;
}

function firstMatch(
  surfaces: readonly ComposeSurface[],
  target: Element,
  accept: (el: HTMLElement) => boolean = () => true,
): { surface: ComposeSurface; el: HTMLElement } | null {
  for (const surface of surfaces) {
    for (const selector of surface.editor) {
      let found: Element | null = null;
      try {
        found = target.closest(selector);
      } catch {
        continue; // a bad selector in the data must not stop the others
      }
      if (found instanceof HTMLElement && accept(found)) return { surface, el: found };
    }
  }
  return null;
}

/**
 * Finds compose boxes as the user reaches them: a capture-phase `focusin` on the document
 * (its composed path reaches into open shadow roots), no body-wide observer. Each box gets
 * its own session; boxes that leave the page (SPA re-render) are cleaned up, and the new box
 * is picked up when it gets focus.
 */
export class ComposeWatcher {
  private readonly sessions = new Map<HTMLElement, BoxSession>();
  /** The box the user was in last (focus or typing). */
  private lastActive: BoxSession | null = null;
  private sweepTimer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly platform: Platform,
    private readonly deps: SessionDeps,
  ) {}

  start(signal: AbortSignal): void {
    const opts = { capture: true, signal };
    document.addEventListener('focusin', this.onFocus, opts);
    // Typing into a box that had focus before we loaded (or without a focus event).
    document.addEventListener('input', this.onFocus, opts);
    addEventListener('scroll', this.onMove, { capture: true, passive: true, signal });
    addEventListener('resize', this.onMove, { passive: true, signal });
    this.sweepTimer = setInterval(this.sweep, 2000);
    signal.addEventListener('abort', () => this.stop());
    const active = deepActiveElement();
    if (active) this.attach(active);
  }

  /** Every live session (one per compose box). */
  get all(): BoxSession[] {
    return [...this.sessions.values()];
  }

  /** The session of the box an event happened in (its composed path holds the box), or null. */
  sessionFor(path: readonly EventTarget[]): BoxSession | null {
    for (const node of path) {
      const session = node instanceof HTMLElement ? this.sessions.get(node) : undefined;
      if (session && !session.isDestroyed) return session;
    }
    return null;
  }

  /** The box with focus, else the one used last while it is still on the page. */
  current(): BoxSession | null {
    const active = deepActiveElement();
    for (const [el, session] of this.sessions) {
      if (active && el.contains(active) && !session.isDestroyed) return session;
    }
    const last = this.lastActive;
    return last && !last.isDestroyed && last.el.isConnected ? last : null;
  }

  /** Sessions ordered with the box used last first (the nudge picks the box a button serves). */
  get recentFirst(): BoxSession[] {
    const all = this.all.filter((s) => !s.isDestroyed);
    const last = this.lastActive;
    return last && all.includes(last) ? [last, ...all.filter((s) => s !== last)] : all;
  }

  private readonly onFocus = (event: Event): void => {
    const path = event.composedPath();
    // Typing in a box already watched: no selector matching (nor, for a generic box, a layout
    // read) on every key.
    const known = this.sessionFor(path);
    if (known) {
      this.lastActive = known;
      return;
    }
    const target = path[0];
    if (target instanceof Element) this.attach(target);
  };

  private readonly onMove = (): void => {
    for (const session of this.sessions.values()) session.reposition();
  };

  private attach(target: Element): void {
    const match = matchSurface(this.platform, target);
    if (!match) return;
    const known = this.sessions.get(match.el);
    if (known) {
      this.lastActive = known;
      return;
    }
    try {
      const session = new BoxSession(match.el, match.surface, this.platform, this.deps);
      this.sessions.set(match.el, session);
      this.lastActive = session;
    } catch {
      // If anything here fails, the site's own editor simply works without reminders.
    }
  }

  /** Drops sessions whose box left the page. */
  private readonly sweep = (): void => {
    for (const [el, session] of this.sessions) {
      if (!el.isConnected || session.isDestroyed) {
        session.destroy();
        this.sessions.delete(el);
        if (this.lastActive === session) this.lastActive = null;
      }
    }
  };

  stop(): void {
    clearInterval(this.sweepTimer);
    for (const session of this.sessions.values()) session.destroy();
    this.sessions.clear();
  }
}
