import { EnvelopeSchema, messages, type MessageName } from '@/core/messages';
import type { Handlers } from './handlers';

/** Who sent a message, as the browser reports it. */
export type Sender = {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
};

/**
 * Checks sender and payload, then runs the handler and checks its answer too. A message
 * from another extension or a malformed one gets `{ error }` and changes nothing; a handler
 * that fails gets `{ error }` with its reason.
 */
export async function route(
  handlers: Handlers,
  ownId: string,
  message: unknown,
  sender: Sender,
): Promise<unknown> {
  if (sender.id !== ownId) return { error: 'unknown sender' };
  const envelope = EnvelopeSchema.safeParse(message);
  if (!envelope.success) return { error: 'malformed message' };
  const name: MessageName = envelope.data.name;
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
