import { browser } from 'wxt/browser';
import type { Policy } from '@/core/policy/schema';
import type { Draft, Finding, Locale, Role, Span } from '@/core/types';
import { FALLBACK_FILE, FALLBACK_KEY, type LoadRules, type Rules } from '@/utils/fallback';
import { activePolicy, onPolicyChanged } from '@/utils/policy';
import { send } from '@/utils/send';

/** How long the worker may take before the page runs the rules itself (MV3 stops idle workers). */
export const WORKER_TIMEOUT_MS = 200;

export type Analyzer = (draft: Draft, seq: number) => Promise<{ seq: number; findings: Finding[] }>;

/**
 * How much of a very long draft is judged, from its start and from its end. A 1 MB paste
 * took `analyze` over a second and gave tens of thousands of findings, which froze the page
 * (panel rows, marks) on every pause in typing. 2 × 15,000 characters is three times the
 * longest limit in the platform data (YouTube, 10,000), so real posts are judged whole; of a
 * longer text the start and the part being typed (the end) still get reminders.
 */
export const JUDGED_HEAD = 15_000;
export const JUDGED_TAIL = 15_000;
/** How far a cut may move to fall between words (a half number or word is a false finding). */
const CUT_SLACK = 200;
/** Between the two stretches: a paragraph break, so no sentence or word runs across. */
const JOINT = '\n\n';

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * The part of `text` to judge: all of it when short, else its first and last stretch joined
 * by a paragraph break. `restore` maps the findings back onto `text`: spans after the joint
 * move to where their words are; a span across the joint is about words that are not
 * together in the draft, and its finding is dropped.
 */
export function judgedPart(text: string): {
  text: string;
  restore(findings: Finding[]): Finding[];
} {
  if (text.length <= JUDGED_HEAD + JUDGED_TAIL + JOINT.length) {
    return { text, restore: (findings) => findings };
  }
  let headEnd = JUDGED_HEAD;
  for (let i = headEnd; i > JUDGED_HEAD - CUT_SLACK; i--) {
    if (isSpace(text[i - 1])) {
      headEnd = i;
      break;
    }
  }
  if (isHigh(text.charCodeAt(headEnd - 1))) headEnd--; // never half an emoji
  let tailStart = text.length - JUDGED_TAIL;
  for (let i = tailStart; i < text.length - JUDGED_TAIL + CUT_SLACK; i++) {
    if (isSpace(text[i])) {
      tailStart = i + 1;
      break;
    }
  }
  if (isHigh(text.charCodeAt(tailStart - 1))) tailStart++;
  const joined = text.slice(0, headEnd) + JOINT + text.slice(tailStart);
  const tailAt = headEnd + JOINT.length;
  const shift = tailStart - tailAt;
  const move = (span: Span): Span | null =>
    span.end <= headEnd
      ? span
      : span.start >= tailAt
        ? { start: span.start + shift, end: span.end + shift }
        : null;
  return {
    text: joined,
    restore: (findings) =>
      findings.flatMap((f) => {
        if (!f.span) return [f];
        const span = move(f.span);
        return span ? [{ ...f, span }] : [];
      }),
  };
}

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
  // user's switched-off rules), loaded ahead so the fallback does not wait on storage.
  let policy: Promise<Policy | undefined> = activePolicy().catch(() => undefined);
  onPolicyChanged((next) => (policy = Promise.resolve(next)));
  const ask = async (draft: Draft, seq: number) => {
    const { role, locale } = settings();
    const local = async () => {
      const [rules, pack] = await Promise.all([loadRules(), policy]);
      return { seq, findings: rules(draft, { policy: pack, role, locale }) };
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), WORKER_TIMEOUT_MS);
    });
    try {
      const answer = await Promise.race([send('analyze', { seq, draft, role, locale }), timeout]);
      return answer ?? local();
    } catch {
      return local();
    } finally {
      clearTimeout(timer);
    }
  };
  return async (draft, seq) => {
    const part = judgedPart(draft.text);
    const answer = await ask(part.text === draft.text ? draft : { ...draft, text: part.text }, seq);
    return { seq: answer.seq, findings: part.restore(answer.findings) };
  };
}
