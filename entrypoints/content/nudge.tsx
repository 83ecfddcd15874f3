import { render } from 'preact';
import { NudgeDialog, type NudgeAction } from '@/components/NudgeDialog';
import type { COUNTED_EVENTS, Request } from '@/core/messages';
import type { Platform } from '@/core/platforms/types';
import type { PlatformId } from '@/core/types';
import type { Translate } from '@/utils/i18n';
import { saveSelection } from './editors/insert';
import { isDark, type BoxSession } from './session';
import { createShadowUi, type ShadowUi } from './shadowHost';
import type { ComposeWatcher } from './watcher';
import nudgeCss from './nudge.css?inline';
import panelCss from './panel.css?inline';

/** A site's keyboard shortcut that posts: Ctrl/Cmd+Enter, or a plain Enter. */
type SubmitKey = { key: 'mod+enter' | 'enter'; surfaces?: readonly string[] };

/** The sites' keyboard shortcuts that post (FIXTURES in tests/e2e/serve.ts holds the same). */
export const SUBMIT_KEYS: Partial<Record<PlatformId, SubmitKey>> = {
  // Ctrl/Cmd+Enter posts from every composer
  x: { key: 'mod+enter' },
  bluesky: { key: 'mod+enter' },
  mastodon: { key: 'mod+enter' },
  // Enter posts a comment (Shift+Enter is a new line); in posts and captions it is a new line
  facebook: { key: 'enter', surfaces: ['comment'] },
  instagram: { key: 'enter', surfaces: ['comment'] },
  tiktok: { key: 'enter', surfaces: ['comment'] },
};

/** True when `e` is the site's "post now" key in a box of this surface. */
export function isSubmitKey(platform: PlatformId, surface: string, e: KeyboardEvent): boolean {
  const rule = SUBMIT_KEYS[platform];
  if (!rule || e.key !== 'Enter' || e.isComposing || e.keyCode === 229) return false;
  if (rule.surfaces && !rule.surfaces.includes(surface)) return false;
  if (rule.key === 'mod+enter') return (e.ctrlKey || e.metaKey) && !e.altKey;
  return !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey;
}

/** How long a Post pressed right after typing waits for the fresh findings at most. */
const REFRESH_LIMIT_MS = 800;

/** The submit that was held back, to be done again on "post anyway". */
type Held = {
  session: BoxSession;
  /** Where the event went (the button, or the editor for a key). */
  origin: EventTarget | null;
  /** Focus and caret back into the box. */
  restore: () => void;
} & ({ kind: 'click' } | { kind: 'key'; init: KeyboardEventInit });

type Open = { ui: ShadowUi; held: Held; park: 'idle' | 'busy' | 'done' | 'failed' };

export type NudgeDeps = {
  t: () => Translate;
  count?: (event: (typeof COUNTED_EVENTS)[number]) => void;
  park: (draft: Request<'park'>) => Promise<unknown>;
  /** Opens the contact form for the leidinggevende. */
  contact?: () => void;
};

const matchesAny = (el: Element, selectors: readonly string[]): boolean =>
  selectors.some((selector) => {
    try {
      return el.matches(selector);
    } catch {
      return false; // a bad selector in the data must not stop the others
    }
  });

/**
 * The pre-publish nudge. Capture-phase listeners on the window see the site's Post button and
 * its "post now" key before the site does; with open warnings the event is held back once and
 * the dialog asks. "Post anyway" does the same submit again (the re-dispatched event is not
 * trusted, so it passes); if anything here fails, the site's own behaviour wins.
 */
export class SubmitGuard {
  private open: Open | null = null;
  /** Set while our own re-dispatch runs: that one submit passes. */
  private bypass = false;
  /** The caret in the box as it was when the pointer went down (the click moves it away). */
  private caret: { session: BoxSession; restore: () => void } | null = null;

  constructor(
    private readonly watcher: ComposeWatcher,
    private readonly platform: Platform,
    private readonly deps: NudgeDeps,
  ) {}

  start(signal: AbortSignal): void {
    addEventListener('pointerdown', this.onPointerDown, { capture: true, signal });
    addEventListener('click', this.onClick, { capture: true, signal });
    addEventListener('keydown', this.onKeyDown, { capture: true, signal });
    signal.addEventListener('abort', () => this.close());
  }

  private readonly onPointerDown = (e: PointerEvent): void => {
    if (!e.isTrusted || this.open) return;
    try {
      const session = this.watcher.current();
      this.caret = session ? { session, restore: saveSelection(session.el) } : null;
    } catch {
      this.caret = null;
    }
  };

  private readonly onClick = (e: MouseEvent): void => {
    if (this.bypass || !e.isTrusted || this.open) return;
    try {
      const path = e.composedPath();
      const session = this.sessionOfSubmit(path);
      if (!session) return;
      const held: Held = {
        kind: 'click',
        session,
        origin: path[0] ?? null,
        restore: this.caret?.session === session ? this.caret.restore : saveSelection(session.el),
      };
      this.intercept(e, held);
    } catch {
      // the site's own click goes ahead
    }
  };

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (this.open) return this.keepFocusInDialog(e);
    if (this.bypass || !e.isTrusted || e.key !== 'Enter') return;
    try {
      const path = e.composedPath();
      const session = this.watcher.sessionFor(path);
      if (!session || !isSubmitKey(this.platform.id, session.surface.id, e)) return;
      const init: KeyboardEventInit = {
        key: e.key,
        code: e.code,
        keyCode: e.keyCode,
        which: e.which,
        location: e.location,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        shiftKey: e.shiftKey,
        altKey: e.altKey,
        bubbles: true,
        cancelable: true,
        composed: true,
      };
      const restore = saveSelection(session.el);
      this.intercept(e, { kind: 'key', session, origin: path[0] ?? null, restore, init });
    } catch {
      // the site's own key handling goes ahead
    }
  };

  /** The box a clicked Post button serves: the button matches its surface's `submit` data. */
  private sessionOfSubmit(path: readonly EventTarget[]): BoxSession | null {
    for (const session of this.watcher.recentFirst) {
      const submit = session.surface.submit;
      if (!submit) continue;
      const container = session.container();
      if (container === session.el) continue;
      for (const node of path) {
        if (node instanceof Element && container.contains(node) && matchesAny(node, submit)) {
          return session;
        }
      }
    }
    return null;
  }

  /** Lets a clean draft through untouched; holds the submit back when warnings are open. */
  private intercept(e: Event, held: Held): void {
    const stale = held.session.isStale();
    if (!stale && held.session.openFindings.length === 0) return; // no dialog, no delay
    e.preventDefault();
    e.stopImmediatePropagation();
    if (!stale) return this.show(held);
    // Posted right after typing: judge the words as they are now, then decide.
    void this.decideWhenFresh(held);
  }

  private async decideWhenFresh(held: Held): Promise<void> {
    try {
      await Promise.race([
        held.session.refresh(),
        new Promise((resolve) => setTimeout(resolve, REFRESH_LIMIT_MS)),
      ]);
      if (held.session.openFindings.length > 0) this.show(held);
      else this.replay(held);
    } catch {
      this.replay(held);
    }
  }

  private show(held: Held): void {
    try {
      const ui = createShadowUi('bedenk-dat-nudge', `${panelCss}\n${nudgeCss}`);
      ui.host.style.setProperty('--bd-z', '2147483647'); // above the panel
      document.documentElement.append(ui.host);
      this.open = { ui, held, park: 'idle' };
      this.paint();
      if (!ui.shadow.querySelector('[data-bedenk-dat="nudge"]')) throw new Error('not shown');
      this.deps.count?.('nudgeShown');
    } catch {
      // Never leave the post blocked: without a dialog, the site does what it was asked.
      this.close();
      this.replay(held);
    }
  }

  private paint(): void {
    const open = this.open;
    if (!open) return;
    const { session } = open.held;
    render(
      <NudgeDialog
        findings={session.openFindings}
        text={session.text}
        t={this.deps.t()}
        theme={isDark(session.el) ? 'dark' : 'light'}
        park={open.park}
        onAction={(action) => this.act(action)}
      />,
      open.ui.container,
    );
  }

  private act(action: NudgeAction): void {
    const open = this.open;
    if (!open) return;
    const { held } = open;
    if (action === 'cancel') {
      this.close();
      held.restore();
    } else if (action === 'post-anyway') {
      this.close();
      this.replay(held);
    } else if (action === 'contact') {
      // Back to the text (nothing is posted) and the contact form opens in a tab.
      this.close();
      held.restore();
      this.deps.contact?.();
    } else if (action === 'park' && open.park !== 'busy' && open.park !== 'done') {
      void this.park(open);
    }
  }

  /** Keeps the draft for later (in the worker's IndexedDB); the text stays in the box. */
  private async park(open: Open): Promise<void> {
    const { session } = open.held;
    open.park = 'busy';
    this.paint();
    try {
      const text = session.driver.read(session.el).text;
      if (text.trim() === '') throw new Error('nothing to keep');
      await this.deps.park({
        text,
        platform: this.platform.id,
        url: location.href.slice(0, 4096),
        findings: session.openFindings,
      });
      open.park = 'done';
    } catch {
      open.park = 'failed';
    }
    if (this.open === open) this.paint();
  }

  /** Does the held-back submit again, once: the same button clicked, or the same key pressed. */
  private replay(held: Held): void {
    this.bypass = true;
    try {
      if (held.kind === 'click') {
        const target =
          held.origin instanceof Element && held.origin.isConnected
            ? held.origin
            : this.submitButtonOf(held.session);
        target?.dispatchEvent(
          new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail: 1 }),
        );
      } else {
        held.restore();
        const target =
          held.origin instanceof Element && held.origin.isConnected ? held.origin : held.session.el;
        target.dispatchEvent(new KeyboardEvent('keydown', held.init));
      }
    } catch {
      // nothing more we can do; the user can press Post again
    } finally {
      this.bypass = false;
    }
  }

  /** The session's Post button, found again (the site re-rendered the one that was clicked). */
  private submitButtonOf(session: BoxSession): Element | null {
    const container = session.container();
    for (const selector of session.surface.submit ?? []) {
      try {
        const found = container.querySelector(selector);
        if (found) return found;
      } catch {
        continue;
      }
    }
    return null;
  }

  /** While the dialog is open, Esc and Tab pressed outside it still belong to it. */
  private keepFocusInDialog(e: KeyboardEvent): void {
    const open = this.open;
    if (!open || !e.isTrusted || e.composedPath().includes(open.ui.host)) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopImmediatePropagation();
      this.act('cancel');
    } else if (e.key === 'Tab') {
      e.preventDefault();
      e.stopImmediatePropagation();
      open.ui.shadow.querySelector<HTMLButtonElement>('[data-action="cancel"]')?.focus();
    }
  }

  /** Removes the dialog. */
  close(): void {
    const open = this.open;
    if (!open) return;
    this.open = null;
    render(null, open.ui.container);
    open.ui.host.remove();
  }
}
