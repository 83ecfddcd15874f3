import { browser } from 'wxt/browser';
import type { Policy } from '@/core/policy/schema';
import type { Analyzer, Judgement } from '@/compose/analyzer';
import type { Draft, Locale, Role } from '@/core/types';
import { judgedPart } from '@/compose/judgedPart';
import { withTimeout } from '@/compose/withTimeout';
import { FALLBACK_FILE, FALLBACK_KEY, type LoadRules, type Rules } from '@/utils/fallback';
import { wordedFindings } from '@/core/i18n';
import { activePolicy } from '@/utils/policy';
import { send } from '@/utils/messaging';

/** How long the worker may take before the page runs the rules itself (MV3 stops idle workers). */
export const WORKER_TIMEOUT_MS = 200;

/**
 * The rules for the fallback, imported from the extension's own fallback module the first
 * time the worker is late (then kept): they are most of the code, and most pages never need
 * them here. A failed import is tried again on the next draft.
 */
export function rulesFromExtension(): LoadRules {
  let loading: Promise<Rules> | undefined;
  return () => {
    loading ??= import(
      /* @vite-ignore */ browser.runtime.getURL(`/${FALLBACK_FILE}` as never)
    ).then(() => {
      const rules = (globalThis as Record<symbol, unknown>)[FALLBACK_KEY];
      if (typeof rules !== 'function') throw new Error(`${FALLBACK_FILE} left no rules`);
      return rules as Rules;
    });
    loading.catch(() => (loading = undefined));
    return loading;
  };
}

/**
 * Asks the background worker; if it does not answer in time, or answers wrongly, runs the
 * same `analyze` here, so reminders never go missing.
 */
export function createAnalyzer(
  settings: () => { role: Role; locale: Locale },
  loadRules: LoadRules = rulesFromExtension(),
): Analyzer {
  // The same pack the worker judges with (the school's, the user's or the default, with the
  // user's switched-off rules). Read ahead so the fallback does not wait on storage, and asked
  // again at each fallback: activePolicy() keeps it until a change, so a re-judgement after a
  // save never gets the pack from before it (issue 13).
  const policy = (): Promise<Policy | undefined> => activePolicy().catch(() => undefined);
  void policy();
  const ask = async (draft: Draft, seq: number, later: (answer: Judgement) => void) => {
    const { role, locale } = settings();
    const local = async () => {
      const [rules, pack] = await Promise.all([loadRules(), policy()]);
      return { seq, findings: rules(draft, { policy: pack, role, locale }) };
    };
    // null: the worker is gone or answered wrongly. Its messages come as keys: worded here.
    const asked = send('analyze', { seq, draft, role })
      .then((answer) => ({ seq: answer.seq, findings: wordedFindings(answer.findings, locale) }))
      .catch(() => null);
    const inTime = await withTimeout(asked, WORKER_TIMEOUT_MS, null);
    if (inTime) return inTime;
    // A worker that was asleep or busy still answers, with the second reader's reminders the
    // rules alone do not give: handed on when it comes (issue 14), the session decides
    // whether it is still about the words in the box.
    void asked.then((late) => late && later(late));
    return local();
  };
  return async (draft, seq, later) => {
    const part = judgedPart(draft.text);
    const restore = (answer: Judgement): Judgement => ({
      seq: answer.seq,
      findings: part.restore(answer.findings),
    });
    const answer = await ask(
      part.text === draft.text ? draft : { ...draft, text: part.text },
      seq,
      (late) => later?.(restore(late)),
    );
    return restore(answer);
  };
}
