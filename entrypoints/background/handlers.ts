import { keyed } from '@/core/i18n/say';
import { judge } from '@/core/judge';
import type { BadgeState } from '@/core/badge';
import { activePolicy } from '@/utils/policy';
import { loadSecondReader } from '@/utils/secondReader';
import { createStore, type Store } from './db';
import type { HandlersFor } from '@/utils/messaging';

/** One handler per message the worker answers; index.ts wires them to the browser. */
export type Handlers = HandlersFor<'worker'>;

/**
 * Judges a throw-away text once when the worker starts, so the pack's word lists are compiled
 * and the second reader's weights loaded before the first draft: a first answer slower than
 * the content script's wait would be judged there, by the rules alone.
 */
export async function warmUp(): Promise<void> {
  judge(
    { text: 'Bedenk dat', platform: 'other' },
    { policy: await activePolicy(), secondReader: await loadSecondReader(), say: keyed },
  );
}

/** Opens one of the extension's own pages in a new tab. */
export type OpenPage = (path: string) => Promise<unknown>;

/** Shows a tab's state on the toolbar button (badge.ts). */
export type SetBadge = (tabId: number, state: BadgeState) => Promise<unknown>;

/**
 * Builds the handlers; `version` comes from the manifest, `store` is the worker's IndexedDB
 * (opened on first use only).
 */
export function createHandlers(
  version: string,
  store: Store = createStore(),
  openPage: OpenPage = async () => undefined,
  setBadge: SetBadge = async () => undefined,
): Handlers {
  return {
    ping: () => ({ ok: true, version }),
    // The messages go out as keys (core/i18n/say.ts): the asker words them in its language,
    // so the worker carries no text tables.
    analyze: async ({ seq, draft, role }) => ({
      seq,
      findings: judge(draft, {
        policy: await activePolicy(),
        role: role ?? 'medewerker',
        secondReader: await loadSecondReader(),
        say: keyed,
      }),
    }),
    park: async (draft) => {
      const id = await store.park(draft);
      await store.count('draftParked').catch(() => undefined); // the draft is safe either way
      return { id };
    },
    listParked: async () => ({ drafts: await store.list() }),
    deleteParked: async ({ id }) => {
      await store.remove(id);
      return { ok: true };
    },
    clearParked: async () => {
      await store.clear();
      return { ok: true };
    },
    count: async ({ event }) => {
      await store.count(event);
      return { ok: true };
    },
    weekStats: () => store.week(),
    badge: async (state, sender) => {
      // Only a tab's own content script reports; the button of that tab alone changes.
      const tab = sender.tab?.id;
      if (tab === undefined) return { ok: false };
      await setBadge(tab, state);
      return { ok: true };
    },
    openContact: async (_data, sender) => {
      // The popup page reads `?tab=` to quote that tab's draft (see popup/glue.ts).
      const tab = sender.tab?.id;
      await openPage(tab === undefined ? '/popup.html' : `/popup.html?tab=${tab}`);
      return { ok: true };
    },
  };
}
