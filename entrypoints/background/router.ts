import { EnvelopeSchema, messages, type MessageName } from '@/core/messages';
import type { Handlers } from './handlers';

/** Who sent a message, as the browser reports it. */
export type Sender = {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
};

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
 * Checks sender and payload, then runs the handler and checks its answer too. A message
 * from another extension, from a site we do not cover, or a malformed one gets `{ error }`
 * and changes nothing; a handler that fails gets `{ error }` with its reason.
 */
export async function route(
  handlers: Handlers,
  trust: Trust,
  message: unknown,
  sender: Sender,
): Promise<unknown> {
  const kind = await senderKind(trust, sender).catch(() => undefined);
  if (kind === undefined) return { error: 'unknown sender' };
  const envelope = EnvelopeSchema.safeParse(message);
  if (!envelope.success) return { error: 'malformed message' };
  const name: MessageName = envelope.data.name;
  if (kind === 'content' && !CONTENT_SCRIPT_MESSAGES.has(name)) {
    return { error: `${name} is not allowed from a web page` };
  }
  const spec = messages[name];
  const request = spec.request.safeParse(envelope.data.data);
  if (!request.success) return { error: `invalid ${name} request` };
  const handler = handlers[name] as (data: unknown, sender: Sender) => unknown;
  let answer: unknown;
  try {
    answer = await handler(request.data, sender);
  } catch (error) {
    // The caller gets the reason (e.g. "storage blocked") so it can say what went wrong and
    // offer the draft for copying; only our own StorageError messages are passed on, as
    // other messages might quote a value.
    return { error: `${name} failed: ${reasonOf(error)}` };
  }
  const checked = spec.response.safeParse(answer);
  return checked.success ? checked.data : { error: `${name} failed: bad answer` };
}

/** A reason safe to pass on: our storage errors say what failed; others only their name. */
function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.name === 'StorageError' ? error.message : error.name;
  return typeof error;
}
