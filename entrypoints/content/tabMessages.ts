import type { ComposeSurface, Platform } from '@/core/platforms/types';
import type { Finding } from '@/core/types';
import { nextFrame } from '@/compose/editors/insert';
import type { EditorDriver } from '@/compose/editors/types';
import { findPostButton } from '@/compose/postButton';
import { createListener, type HandlersFor, type Listener } from '@/utils/messaging';

// The content script's answers to the popup (browser.tabs.sendMessage): what this tab looks
// like to Bedenk dat, and putting a parked draft back into the compose box used last; and to
// the worker for the disclaimer's keyboard command (manifest `commands`).

/** What the handlers need of one compose-box session. */
export type TabSession = {
  readonly el: HTMLElement;
  readonly driver: EditorDriver;
  /** Open warnings and stops (shown, not dismissed). */
  readonly openFindings: readonly Finding[];
  readonly isDestroyed: boolean;
  /** The surface the box was found as ('unknown' when only the generic finder knew it). */
  readonly surface: ComposeSurface;
  /** Adds the disclaimer through the editor; null while an insert is already running. */
  insertDisclaimer(): Promise<{ kind: string } | null>;
};

/** What the handlers need of the content script: the watcher's sessions and the pause state. */
export type TabContext = {
  platform: Pick<Platform, 'id' | 'name' | 'postKeys'>;
  /** The extension's version, for the diagnosis IT copies. */
  version?: string;
  sessions: () => readonly TabSession[];
  /** The box with focus, else the one used last. */
  current: () => TabSession | null;
  /** False while the user paused Bedenk dat on this site. */
  active: () => boolean;
  url?: () => string;
};

/** How long an insert may take to show up in the editor (some apply a paste a frame late). */
const VERIFY_FRAMES = 5;

/**
 * Adds `text` at the end of the box through its editor, after a blank line when the box holds
 * text already, and checks the editor's text is exactly the old text plus the insert. Never
 * inserts twice: it only re-reads while waiting.
 */
export async function insertIntoBox(session: TabSession, text: string): Promise<boolean> {
  const { el, driver } = session;
  const before = driver.read(el).text;
  const insert = before.trim() === '' ? text : `\n\n${text}`;
  await driver.insertAtEnd(el, insert);
  for (let frame = 0; frame < VERIFY_FRAMES; frame++) {
    await nextFrame();
    if (driver.read(el).text === before + insert) return true;
  }
  return false;
}

/** The first of the data's editor selectors the box matches (names only, no page text). */
function matchedSelector(el: Element, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    try {
      if (el.matches(selector)) return selector;
    } catch {
      continue;
    }
  }
  return null;
}

/** One handler per tab message. */
export function createTabHandlers(ctx: TabContext): HandlersFor<'tab'> {
  return {
    tabStatus: async () => {
      const live = ctx.sessions().filter((s) => !s.isDestroyed && s.el.isConnected);
      const current = ctx.current();
      let draft: string | null = null;
      try {
        // Read now, not the last coalesced snapshot: the popup may open right after a key.
        if (current && !current.isDestroyed) draft = current.driver.read(current.el).text;
      } catch {
        draft = null;
      }
      return {
        platform: ctx.platform.id,
        platformName: ctx.platform.name,
        active: ctx.active(),
        openReminders: live.reduce((n, s) => n + s.openFindings.length, 0),
        draft,
        url: ctx.url?.() ?? location.href,
      };
    },
    diagnose: async () => {
      const live = ctx.sessions().filter((s) => !s.isDestroyed && s.el.isConnected);
      return {
        host: location.hostname,
        platform: ctx.platform.id,
        version: ctx.version ?? '',
        boxes: live.map((s) => {
          const generic = s.surface.id === 'unknown' || ctx.platform.id === 'other';
          let post: ReturnType<typeof findPostButton> = null;
          try {
            post = findPostButton(s);
          } catch {
            post = null;
          }
          return {
            surface: s.surface.id,
            kind: s.driver.kind,
            foundBy: generic ? ('generic' as const) : ('selector' as const),
            editorSelector: generic ? null : matchedSelector(s.el, s.surface.editor),
            post: post?.by ?? ('none' as const),
            postSelector: post?.selector ?? null,
            postKeys: [...(s.surface.postKeys ?? ctx.platform.postKeys ?? [])],
          };
        }),
      };
    },
    insertDraft: async ({ text }) => {
      const session = ctx.current();
      if (!session || session.isDestroyed || !session.el.isConnected) return { ok: false };
      try {
        return { ok: await insertIntoBox(session, text) };
      } catch {
        return { ok: false };
      }
    },
    // The keyboard command: into the focused compose box, else the one used last. The
    // shortcut is the user's own key press; only the extension can send this.
    insertDisclaimer: async () => {
      const session = ctx.current();
      if (!session || session.isDestroyed) return { ok: false };
      const outcome = await session.insertDisclaimer().catch(() => null);
      return { ok: outcome?.kind === 'inserted' };
    },
  };
}

/**
 * The content script's listener (utils/messaging.ts): only this extension can reach a content
 * script through tabs.sendMessage, and only its own messages get `{ error }` when refused;
 * messages that are not tab messages are left to other listeners (undefined).
 */
export function tabMessageListener(ctx: TabContext, ownId: string): Listener {
  return createListener('tab', createTabHandlers(ctx), {
    others: 'ignore',
    refuse: (sender) => (sender.id === ownId ? undefined : 'unknown sender'),
  });
}
