import type { MessageName } from '@/core/messages';
import { createListener, type Listener, type Sender } from '@/utils/messaging';
import type { Handlers } from './handlers';

export type { Sender };

/** What the worker trusts: its own extension's pages, and its content scripts on covered sites. */
export type Trust = {
  ownId: string;
  /** The extension's own pages' origin, e.g. "chrome-extension://abcdef/". */
  ownOrigin: string;
  /** Is this page address one where our content script runs (a covered platform or a site the user enabled)? */
  coversUrl: (url: URL) => boolean | Promise<boolean>;
};

/**
 * What a content script may ask. It runs inside a social site's page, so a compromised page
 * renderer could speak with its voice: it gets what reminders need, never the parked drafts
 * or the week's numbers (those are for the popup and the extension's own pages).
 */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageName> = new Set<MessageName>([
  'ping',
  'analyze',
  'park',
  'count',
  'openContact',
  'badge',
]);

/** The extension's own page, a content script on a covered site, or nobody we answer. */
async function senderKind(trust: Trust, sender: Sender): Promise<'page' | 'content' | undefined> {
  if (sender.id !== trust.ownId || sender.url === undefined) return undefined;
  if (sender.url.startsWith(trust.ownOrigin)) return 'page';
  if (sender.tab === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:') return undefined;
  return (await trust.coversUrl(url)) ? 'content' : undefined;
}

/**
 * The worker's listener: every runtime message is for it, so a message from another
 * extension, from a site we do not cover, a name a web page may not ask, or a malformed one
 * gets `{ error }` and changes nothing (utils/messaging.ts checks the rest).
 */
export function workerListener(handlers: Handlers, trust: Trust): Listener {
  return createListener('worker', handlers, {
    others: 'refuse',
    refuse: async (sender, name) => {
      const kind = await senderKind(trust, sender);
      if (kind === undefined) return 'unknown sender';
      if (kind === 'content' && name !== undefined && !CONTENT_SCRIPT_MESSAGES.has(name)) {
        return `${name} is not allowed from a web page`;
      }
      return undefined;
    },
  });
}
