import { analyze } from '@/core/analyze';
import type { MessageName, Request, Response } from '@/core/messages';
import { activePolicy } from '@/utils/policy';
import { createStore, type Store } from './db';

/** One handler per message name; the worker wires them to the browser. */
export type Handlers = {
  [N in MessageName]: (data: Request<N>) => Promise<Response<N>> | Response<N>;
};

/**
 * Builds the handlers; `version` comes from the manifest, `store` is the worker's IndexedDB
 * (opened on first use only).
 */
export function createHandlers(version: string, store: Store = createStore()): Handlers {
  return {
    ping: () => ({ ok: true, version }),
    analyze: async ({ seq, draft, role, locale }) => ({
      seq,
      findings: analyze(draft, {
        policy: await activePolicy(),
        role: role ?? 'medewerker',
        locale: locale ?? 'nl',
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
  };
}
