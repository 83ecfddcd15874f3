import type { Finding } from '@/core/types';

/** What the counter needs of a compose-box session. */
type Shown = { readonly visibleFindings: readonly Finding[]; readonly text: string };

/**
 * An `onFindings` callback that counts each reminder once when it first shows in a box (the
 * popup's "reminders shown this week"): the same rule about the same words is not counted
 * again as the user keeps typing. Numbers only; the words stay in memory, in this page.
 */
export function reminderCounter(count: (event: 'reminderShown') => void): (session: Shown) => void {
  const seen = new WeakMap<Shown, Set<string>>();
  return (session) => {
    let keys = seen.get(session);
    if (!keys) seen.set(session, (keys = new Set()));
    for (const f of session.visibleFindings) {
      const words = f.span ? session.text.slice(f.span.start, f.span.end).toLowerCase() : '';
      const key = `${f.ruleId}|${words}`;
      if (keys.has(key)) continue;
      keys.add(key);
      count('reminderShown');
    }
  };
}
