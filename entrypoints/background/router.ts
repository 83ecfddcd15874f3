import { EnvelopeSchema, messages, type MessageName } from '@/core/messages';
import type { Handlers } from './handlers';

/** Who sent a message, as the browser reports it. */
export type Sender = { id?: string | undefined; url?: string | undefined };

/**
 * Checks sender and payload, then runs the handler and checks its answer too. A message
 * from another extension or a malformed one gets `{ error }` and changes nothing.
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
  const handler = handlers[name] as (data: unknown) => unknown;
  return spec.response.parse(await handler(request.data));
}
