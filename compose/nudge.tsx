import { render } from 'preact';
import { NudgeDialog, type NudgeAction } from '@/components/NudgeDialog';
import type { COUNTED_EVENTS, Request } from '@/core/messages';
import { isNextStepName } from '@/core/platforms/postButtons';
import type { Platform } from '@/core/platforms/types';
import type { Translate } from '@/utils/i18n';
import { saveSelection } from './editors/insert';
import { isDark } from './panelView';
import type { BoxSession } from './session';
import { withTimeout } from './withTimeout';
import { createShadowUi, type ShadowUi } from './shadowHost';
import {
  buttonNames,
  findPostButton,
  hasPostName,
  isPostKey,
  isPostOf,
  isUsable,
  pressedButton,
} from './postButton';
import type { ComposeWatcher } from './watcher';
import nudgeCss from './nudge.css?inline';
import panelCss from './panel.css?inline';

/** How long a Post pressed right after typing waits for the fresh findings at most. */
const REFRESH_LIMIT_MS = 800;

/** The submit that was held back, to be done again on "post anyway". */
type Held = {
  session: BoxSession;
  /** Where the event went (the button, or the editor for a key). */
  origin: EventTarget | null;
  /** Focus and caret back into the box. */
  restore: () => void;
  /** The box left the page in an earlier step (Volgende → Plaatsen): its findings as they were. */
  carried?: boolean;
} & (
  | {
      kind: 'click';
      /** The whole press was held (pointerdown on), not only the click. */ gesture: boolean;
    }
  | { kind: 'key'; init: KeyboardEventInit }
  | { kind: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null }
);

/** A box whose multi-step composer moved on (its editor may be gone at the last step). */
type Carry = { session: BoxSession; scope: Element | null; at: number };

/** How long a draft carried to a later step stays the one a Post button there is about. */
const CARRY_MS = 10 * 60_000;

/** The composer steps a draft can be carried through. */
const STEP_SCOPE = 'dialog, [role="dialog"], form, [role="form"], main, [role="main"]';

type Open = { ui: ShadowUi; held: Held; park: 'idle' | 'busy' | 'done' | 'failed' };

export type NudgeDeps = {
  t: () => Translate;
  count?: (event: (typeof COUNTED_EVENTS)[number]) => void;
  park: (draft: Request<'park'>) => Promise<unknown>;
  /** Opens the contact form for the leidinggevende. */
  contact?: () => void;
};

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
  /** A press on a Post button held from its pointerdown: the rest of it is swallowed too. */
  private gesture: { button: Element; held: Held } | null = null;
  /** The draft a multi-step composer carried on to its next step. */
  private carry: Carry | null = null;

  constructor(
    private readonly watcher: ComposeWatcher,
    private readonly platform: Platform,
    private readonly deps: NudgeDeps,
  ) {}

  start(signal: AbortSignal): void {
    const capture = { capture: true, signal };
    addEventListener('pointerdown', this.onPointerDown, capture);
    // Sites that post on mousedown or pointerup see nothing of a held press either.
    addEventListener('mousedown', this.onPressTail, capture);
    addEventListener('pointerup', this.onPressTail, capture);
    addEventListener('mouseup', this.onPressTail, capture);
    addEventListener('click', this.onClick, capture);
    addEventListener('submit', this.onSubmit, capture);
    addEventListener('keydown', this.onKeyDown, capture);
    signal.addEventListener('abort', () => this.close());
  }

  private readonly onPointerDown = (e: PointerEvent): void => {
    if (!e.isTrusted || this.open || this.bypass) return;
    this.gesture = null;
    try {
      const session = this.watcher.current();
      this.caret = session ? { session, restore: saveSelection(session.el) } : null;
    } catch {
      this.caret = null;
    }
    try {
      const path = e.composedPath();
      const held = this.heldPress(path, true);
      if (!held || !this.mustAsk(held)) return;
      // Held from the start of the press: a site that posts on pointerdown/mousedown waits too.
      e.preventDefault();
      e.stopImmediatePropagation();
      this.gesture = { button: pressedButton(path)!, held };
    } catch {
      this.gesture = null; // the site's own press goes ahead
    }
  };

  /** mousedown, pointerup, mouseup of a held press: the site must not see them. */
  private readonly onPressTail = (e: Event): void => {
    const gesture = this.gesture;
    if (!gesture || !e.isTrusted || this.bypass) return;
    if (!e.composedPath().includes(gesture.button)) {
      if (e.type === 'pointerup') this.gesture = null; // dragged off the button: no press
      return;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  private readonly onClick = (e: MouseEvent): void => {
    if (this.bypass || !e.isTrusted) return;
    const gesture = this.gesture;
    this.gesture = null;
    try {
      const path = e.composedPath();
      if (gesture && path.includes(gesture.button)) {
        e.preventDefault();
        e.stopImmediatePropagation();
        if (!this.open) this.decide(gesture.held);
        return;
      }
      if (this.open) return;
      this.noteNextStep(path);
      const held = this.heldPress(path, false);
      if (held) this.intercept(e, held);
    } catch {
      // the site's own click goes ahead
    }
  };

  private readonly onSubmit = (e: SubmitEvent): void => {
    if (this.bypass || !e.isTrusted || this.open) return;
    try {
      const form = e.target;
      if (!(form instanceof HTMLFormElement)) return;
      const session = this.watcher.recentFirst.find((s) => form.contains(s.el));
      if (!session) return;
      this.intercept(e, {
        kind: 'submit',
        session,
        form,
        submitter: e.submitter,
        origin: form,
        restore: saveSelection(session.el),
      });
    } catch {
      // the site's own submit goes ahead
    }
  };

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (this.open) return this.keepFocusInDialog(e);
    if (this.bypass || !e.isTrusted || e.key !== 'Enter') return;
    try {
      const path = e.composedPath();
      const session = this.watcher.sessionFor(path);
      if (!session || !isPostKey(session.surface.postKeys ?? this.platform.postKeys, e)) return;
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

  /**
   * The post a press on a button makes: the box whose Post button it is (by the data, else by
   * its name), or a draft carried from an earlier step of a multi-step composer. Null for any
   * other button (toolbar, emoji, media, close).
   */
  private heldPress(path: readonly EventTarget[], gesture: boolean): Held | null {
    const pressed = pressedButton(path);
    if (!pressed) return null;
    const origin = path[0] ?? null;
    for (const session of this.watcher.recentFirst) {
      if (!session.el.isConnected || !isPostOf(session, pressed)) continue;
      const restore =
        this.caret?.session === session ? this.caret.restore : saveSelection(session.el);
      return { kind: 'click', gesture, session, origin, restore };
    }
    const carry = this.carry;
    if (!carry || Date.now() - carry.at > CARRY_MS || carry.session.el.isConnected) return null;
    if (!hasPostName(pressed, carry.session.surface.postNames) || !isUsable(pressed)) return null;
    const inScope = carry.scope?.isConnected
      ? carry.scope.contains(pressed)
      : !!pressed.closest(STEP_SCOPE);
    if (!inScope) return null;
    return {
      kind: 'click',
      gesture,
      session: carry.session,
      origin,
      restore: () => {},
      carried: true,
    };
  }

  /** "Volgende"/"Next" pressed in a box's composer: its draft goes on to the next step. */
  private noteNextStep(path: readonly EventTarget[]): void {
    const pressed = pressedButton(path);
    if (!pressed || !buttonNames(pressed).some((name) => isNextStepName(name))) return;
    for (const session of this.watcher.recentFirst) {
      if (!session.el.isConnected) continue;
      const scope = session.el.closest(STEP_SCOPE);
      if (!scope?.contains(pressed)) continue;
      if (session.isStale()) void session.refresh(); // judged before the editor goes
      this.carry = {
        session,
        scope: scope.closest('dialog, [role="dialog"]') ?? scope,
        at: Date.now(),
      };
      return;
    }
  }

  /** Open warnings, or words not judged yet: the press has to wait for the verdict. */
  private mustAsk(held: Held): boolean {
    if (held.carried) return held.session.openFindings.length > 0;
    return held.session.isStale() || held.session.openFindings.length > 0;
  }

  /** Lets a clean draft through untouched; holds the submit back when warnings are open. */
  private intercept(e: Event, held: Held): void {
    if (!this.mustAsk(held)) return; // no dialog, no delay
    e.preventDefault();
    e.stopImmediatePropagation();
    this.decide(held);
  }

  /** For a held submit: ask now, or judge the words as they are now and then decide. */
  private decide(held: Held): void {
    if (held.carried || !held.session.isStale()) {
      if (held.session.openFindings.length > 0) this.show(held);
      else this.replay(held);
      return;
    }
    void this.decideWhenFresh(held);
  }

  private async decideWhenFresh(held: Held): Promise<void> {
    try {
      await withTimeout(held.session.refresh(), REFRESH_LIMIT_MS, undefined);
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
      // A draft carried to a later step: its editor is gone, its words were read before.
      const text = session.el.isConnected ? session.driver.read(session.el).text : session.text;
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

  /** Does the held-back submit again, once: the same press, key or form submit. */
  private replay(held: Held): void {
    this.bypass = true;
    try {
      if (held.carried) this.carry = null; // that draft is posted now
      if (held.kind === 'click') {
        const target =
          held.origin instanceof Element && held.origin.isConnected
            ? held.origin
            : findPostButton(held.session)?.button;
        if (target) pressAgain(target, held.gesture);
      } else if (held.kind === 'submit') {
        const { form, submitter } = held;
        form.requestSubmit(submitter && form.contains(submitter) ? submitter : undefined);
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

/**
 * The press again, as the browser sends it: the whole pointer sequence for a held press (a site
 * may post on pointerdown, mousedown, pointerup or click, never on two), else only the click (a
 * button pressed with the keyboard sends no pointer events).
 */
function pressAgain(target: Element, gesture: boolean): void {
  const box = target.getBoundingClientRect();
  const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
  const init = { bubbles: true, cancelable: true, composed: true, button: 0, ...at };
  if (gesture) {
    const pointer = { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true };
    target.dispatchEvent(new PointerEvent('pointerdown', { ...pointer, buttons: 1 }));
    target.dispatchEvent(new MouseEvent('mousedown', { ...init, buttons: 1, detail: 1 }));
    target.dispatchEvent(new PointerEvent('pointerup', { ...pointer, buttons: 0 }));
    target.dispatchEvent(new MouseEvent('mouseup', { ...init, buttons: 0, detail: 1 }));
  }
  target.dispatchEvent(new MouseEvent('click', { ...init, detail: 1 }));
}
