import { browser } from 'wxt/browser';
import { withTimeout } from '@/compose/withTimeout';
import {
  EnvelopeSchema,
  ErrorResponseSchema,
  messages,
  type MessageName,
  type NameFor,
  type Receiver,
  type Request,
  type Response,
} from '@/core/messages';
import { describeIssues } from '@/core/policy/schema';

// Sending and answering the messages of core/messages.ts: the one place that talks to
// runtime.onMessage (a structure test keeps it so). Every message is parsed on arrival with its
// schema, every answer before it is used.

/** Who sent a message, as the browser reports it. */
export type Sender = {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
};

/** One handler per message a receiver answers. */
export type HandlersFor<R extends Receiver> = {
  [N in NameFor<R>]: (data: Request<N>, sender: Sender) => Promise<Response<N>> | Response<N>;
};

export type ListenerOptions = {
  /**
   * Why `sender` may not ask this (the answer's error), or undefined when it may. `name` is
   * undefined for a message that is no message of this receiver.
   */
  refuse: (
    sender: Sender,
    name: MessageName | undefined,
  ) => string | undefined | Promise<string | undefined>;
  /**
   * What to do with a message that is not this receiver's: answer it with an error (the
   * worker, which every runtime message is for) or leave it to another listener ('ignore').
   */
  others: 'refuse' | 'ignore';
};

/** What a listener answers: the handler's checked answer, or `{ error }`; undefined: not ours. */
export type Listener = (message: unknown, sender: Sender) => Promise<unknown> | undefined;

/** The problems of a failed parse, by field ("draft.platform: …"); never the value itself. */
function problems(error: Parameters<typeof describeIssues>[0]): string {
  return describeIssues(error).join('; ');
}

/** A reason safe to pass on: our storage errors say what failed; others only their name. */
function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.name === 'StorageError' ? error.message : error.name;
  return typeof error;
}

/**
 * The one listener factory. Checks the sender, the envelope and the request, runs the handler
 * and checks its answer too. A refused sender or a malformed message gets `{ error }` naming
 * what is wrong and changes nothing; a handler that fails gets `{ error }` with its reason.
 */
export function createListener<R extends Receiver>(
  receiver: R,
  handlers: HandlersFor<R>,
  options: ListenerOptions,
): Listener {
  const answer = async (name: MessageName | undefined, data: unknown, sender: Sender) => {
    const refused = await Promise.resolve()
      .then(() => options.refuse(sender, name))
      .catch(() => 'unknown sender'); // a check that fails is a refusal
    if (refused !== undefined) return { error: refused };
    if (name === undefined) return { error: 'malformed message' };
    const spec = messages[name];
    const request = spec.request.safeParse(data);
    if (!request.success) return { error: `invalid ${name} request: ${problems(request.error)}` };
    const handler = handlers[name as NameFor<R>] as (d: unknown, s: Sender) => unknown;
    let result: unknown;
    try {
      result = await handler(request.data, sender);
    } catch (error) {
      // The caller gets the reason (e.g. "storage blocked") so it can say what went wrong and
      // offer the draft for copying; only our own StorageError messages are passed on, as
      // other messages might quote a value.
      return { error: `${name} failed: ${reasonOf(error)}` };
    }
    const checked = spec.response.safeParse(result);
    return checked.success ? checked.data : { error: `${name} failed: bad answer` };
  };
  return (message, sender) => {
    const envelope = EnvelopeSchema.safeParse(message);
    const name =
      envelope.success && messages[envelope.data.name].to === receiver
        ? envelope.data.name
        : undefined;
    if (name === undefined && options.others === 'ignore') return undefined;
    return answer(name, envelope.success ? envelope.data.data : undefined, sender);
  };
}

/** Puts a listener made by createListener on runtime.onMessage until `signal` aborts. */
export function listen(listener: Listener, signal?: AbortSignal): void {
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });
}

/** `answer` checked against `name`'s response schema; an `{ error }` answer is thrown. */
function parseAnswer<N extends MessageName>(name: N, answer: unknown, from: string): Response<N> {
  const parsed = messages[name].response.safeParse(answer);
  if (parsed.success) return parsed.data as Response<N>;
  const refused = ErrorResponseSchema.safeParse(answer);
  if (refused.success) throw new Error(`${name} refused by ${from}: ${refused.data.error}`);
  throw new Error(`bad ${name} answer from ${from}: ${problems(parsed.error)}`);
}

/** Sends a message to the background worker and parses its answer. */
export async function send<N extends NameFor<'worker'>>(
  name: N,
  data: Request<N>,
): Promise<Response<N>> {
  const answer: unknown = await browser.runtime.sendMessage({ name, data });
  return parseAnswer(name, answer, 'the background worker');
}

/** How long a tab's content script may take to answer before we say it is not there. */
export const TAB_TIMEOUT_MS = 1500;

/** Sends a message to the content script of `tabId` and parses its answer. */
export async function askTab<N extends NameFor<'tab'>>(
  tabId: number,
  name: N,
  data: Request<N>,
): Promise<Response<N>> {
  const none = Symbol('no answer');
  const answer = await withTimeout(
    browser.tabs.sendMessage(tabId, { name, data }),
    TAB_TIMEOUT_MS,
    none,
  );
  if (answer === none) throw new Error(`no ${name} answer from the tab`);
  return parseAnswer(name, answer, 'the tab');
}
