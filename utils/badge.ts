import type { BadgeState } from '@/core/badge';

/**
 * The content script's side of the toolbar badge: `update()` after any panel change reads the
 * tab's state and sends it when it differs from what was sent last, so painting on every key
 * costs no message. Sent on the next microtask, after a burst of paints.
 */
export function badgeReporter(
  read: () => BadgeState,
  send: (state: BadgeState) => Promise<unknown>,
): { update: () => void } {
  let last = '';
  let queued = false;
  let retries = 0;
  const reporter = {
    update() {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        let state: BadgeState;
        try {
          state = read();
        } catch {
          return;
        }
        const key = JSON.stringify(state);
        if (key === last) return;
        last = key;
        // A worker that cannot show the badge (waking up, busy) must not disturb the page:
        // try again a little later, a few times, and on the next change anyway.
        send(state).then(
          () => {
            retries = 0;
          },
          () => {
            last = '';
            if (retries++ < 3) setTimeout(() => reporter.update(), RETRY_MS);
          },
        );
      });
    },
  };
  return reporter;
}

/** How long to wait before sending a badge report again after a failure. */
export const RETRY_MS = 500;
