import { browser, type Browser } from 'wxt/browser';
import { CommandEnvelopeSchema, commandMessages } from '@/core/messages';
import type { z } from '@/core/zod';
import type { ComposeWatcher } from '@/compose/watcher';

type Answer = z.infer<typeof commandMessages.insertDisclaimer.response>;

/**
 * Answers the keyboard command for the disclaimer (manifest `commands` → background →
 * `insertDisclaimer` command message): inserts into the focused compose box, else the one used
 * last. Only the extension itself can reach a content script this way (pages cannot), and the
 * shortcut is the user's own key press; other messages are left to other listeners.
 */
export function listenForDisclaimerCommand(watcher: ComposeWatcher, signal: AbortSignal): void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
  ): Promise<Answer> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const envelope = CommandEnvelopeSchema.safeParse(message);
    if (!envelope.success) return undefined; // not ours: other listeners answer it
    if (!commandMessages.insertDisclaimer.request.safeParse(envelope.data.data).success) {
      return Promise.resolve({ ok: false });
    }
    const session = watcher.current();
    if (!session) return Promise.resolve({ ok: false });
    return session
      .insertDisclaimer()
      .then((outcome) => ({ ok: outcome?.kind === 'inserted' }))
      .catch(() => ({ ok: false }));
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
