import type { Say } from './i18n/say';
import { defaultPolicy } from './policy/musselhorst';
import type { Policy } from './policy/schema';
import type { SecondReader } from './model/reader';
import { rules as allRules } from './rules';
import { mergeRepeats } from './rules/repeats';
import type { Rule, RuleContext, RuleHit } from './rules/types';
import { lexicon as compileLexicon, sentences } from './text/match';
import { makeTextView } from './text/normalize';
import type { LexiconId } from './lexicons/ids';
import {
  SEVERITY_RANK,
  isWarningOrStop,
  type ArticleId,
  type Draft,
  type Finding,
  type Locale,
  type Role,
  type Severity,
} from './types';

/** How the caller wants a draft judged. */
export type AnalyzeOptions = {
  policy?: Policy;
  role?: Role;
  locale?: Locale;
  /** The learned second reader (core/model), where the caller carries its weights. */
  secondReader?: SecondReader;
  /** How messages are worded; `analyze` words them in `locale` (core/i18n/say.ts). */
  say?: Say;
};

const compiledLexicons = new WeakMap<Policy, Map<string, RegExp>>();
// The built-in entries of each lexicon a rule has asked for, for the data test
// (core/lexicons/lexicons.test.ts): the lists live beside their rules.
const builtInSeen = new Map<LexiconId, readonly string[]>();

/** The built-in entries of every lexicon compiled so far in this process, by id. */
export function builtInLexicons(): ReadonlyMap<LexiconId, readonly string[]> {
  return builtInSeen;
}

function lexiconFor(policy: Policy, id: LexiconId, builtIn: readonly string[]): RegExp {
  let cache = compiledLexicons.get(policy);
  if (!cache) {
    cache = new Map();
    compiledLexicons.set(policy, cache);
  }
  let re = cache.get(id);
  if (!re) {
    if (!builtInSeen.has(id)) builtInSeen.set(id, builtIn);
    re = compileLexicon([...builtIn, ...(policy.lexicons[id] ?? [])]);
    cache.set(id, re);
  }
  return re;
}

/** Articles whose findings make a leader's post a case of "bij twijfel publiceert men niet". */
const LEADER_TRIGGER_ARTICLES = new Set<ArticleId>(['2', '4', '5', '6', '7', '8']);
/** Reminders that stay as they are for a leader: they are about consent, not about stance. */
const NOT_RAISED_FOR_LEADERS = new Set<ArticleId>(['5', '10', '11', 'bg-correction']);

const raise = (severity: Severity): Severity =>
  severity === 'info' ? 'warning' : severity === 'warning' ? 'stop' : 'stop';

function message(rule: Rule, hit: RuleHit, policy: Policy, say: Say): string {
  const params = { school: policy.school.name, ...hit.params };
  return say(`rules.${rule.id}.${hit.variant ?? 'message'}`, params, `rules.${rule.id}.message`);
}

/** What every rule sees of one draft (also for the signals' own table tests). */
export function ruleContext(
  draft: Draft,
  policy: Policy = defaultPolicy,
  role: Role = 'medewerker',
): RuleContext {
  const view = makeTextView(draft.text);
  const memos = new Map<string, unknown>();
  return {
    draft,
    view,
    policy,
    role,
    sentences: sentences(view.norm),
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
    lexicon: (id, builtIn) => lexiconFor(policy, id, builtIn),
  };
}

/**
 * The articles the findings warn or stop on: where the second reader keeps quiet (a tip does
 * not silence it). `npm run train` chooses its thresholds with the same set, so it is one
 * function.
 */
export function warnedArticles(findings: readonly Finding[]): Set<ArticleId> {
  return new Set(findings.filter((f) => isWarningOrStop(f.severity)).map((f) => f.article));
}

/**
 * `analyze` (core/analyze.ts) with the wording passed in: the background worker judges with
 * `keyed` and the content script words the messages, so the worker carries no text tables.
 */
export function judge(draft: Draft, options: AnalyzeOptions & { say: Say }): Finding[] {
  const policy = options.policy ?? defaultPolicy;
  const role = options.role ?? 'medewerker';
  const { say } = options;
  const ctx = ruleContext(draft, policy, role);
  const view = ctx.view;

  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of allRules) {
    const setting = policy.rules[rule.id];
    if (setting ? !setting.enabled : rule.defaultOff) continue;
    let hits: RuleHit[];
    try {
      hits = rule.detect(ctx);
    } catch {
      // One broken rule must not take the other reminders with it.
      continue;
    }
    for (const hit of hits) {
      const key = `${rule.id}:${hit.span?.start ?? ''}:${hit.span?.end ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const finding: Finding = {
        ruleId: rule.id,
        article: rule.article,
        severity: setting?.severity ?? hit.severity ?? rule.severity,
        message: message(rule, hit, policy, say),
      };
      if (hit.span) finding.span = hit.span;
      const action = hit.action ?? rule.action;
      if (action) finding.action = action;
      findings.push(finding);
    }
  }

  const merged = mergeRepeats(findings, draft.text, say);
  findings.length = 0;
  findings.push(...merged);
  foldChildIntoConfidential(findings);
  if (role === 'leidinggevende') applyLeaderRule(findings, policy, say);
  // The second reader speaks only on articles the rules did not warn on, after the leader rule
  // (its estimates are never raised to a stop). A tip does not silence it: where a rule only
  // gave a tip on an article, the model may still judge that the draft deserves a warning.
  if (options.secondReader) {
    const ruled = warnedArticles(findings);
    try {
      findings.push(...options.secondReader({ draft, view, role, policy, say, ruled }));
    } catch {
      // The rules' reminders stand without it.
    }
  }

  // Article 8: every warning offers to contact the leidinggevende.
  for (const f of findings) if (!f.action && isWarningOrStop(f.severity)) f.action = 'contact';

  return findings.sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      (a.span?.start ?? -1) - (b.span?.start ?? -1),
  );
}

/**
 * A child made identifiable (bg-privacy) is part of any article-3 finding in the same post
 * (catalogue, precedence): one reminder about the child's confidential data, not two.
 */
function foldChildIntoConfidential(findings: Finding[]): void {
  if (!findings.some((f) => f.article === '3')) return;
  for (let i = findings.length - 1; i >= 0; i--) {
    if (findings[i]!.ruleId === 'privacyChildIdentifiable') findings.splice(i, 1);
  }
}

/** Article 5: a leader always represents the school. Bij twijfel publiceert men niet. */
function applyLeaderRule(findings: Finding[], policy: Policy, say: Say): void {
  const triggered = findings.some(
    (f) => isWarningOrStop(f.severity) || LEADER_TRIGGER_ARTICLES.has(f.article),
  );
  const setting = policy.rules.leaderRepresents;
  if (!triggered || setting?.enabled === false) return;
  for (const f of findings) {
    if (!NOT_RAISED_FOR_LEADERS.has(f.article)) f.severity = raise(f.severity);
  }
  findings.push({
    ruleId: 'leaderRepresents',
    article: '5',
    severity: setting?.severity ?? 'warning',
    message: say('rules.leaderRepresents.message', { school: policy.school.name }),
    action: 'contact',
  });
}
