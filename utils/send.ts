import { browser } from 'wxt/browser';
import { messages, type MessageName, type Request, type Response } from '@/core/messages';

/** Sends a typed message to the background worker and parses its answer. */
export async function send<N extends MessageName>(name: N, data: Request<N>): Promise<Response<N>> {
  const answer: unknown = await browser.runtime.sendMessage({ name, data });
  const parsed = messages[name].response.safeParse(answer);
  if (!parsed.success) throw new Error(`bad ${name} answer from the background worker`);
  return parsed.data as Response<N>;
}
