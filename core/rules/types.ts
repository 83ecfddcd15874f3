import type { LexiconId } from '../lexicons/ids';
import type { Policy } from '../policy/schema';
import type { TextView } from '../text/normalize';
import type { Range } from '../text/match';
import type { ArticleId, Draft, FindingAction, Role, Severity, Span } from '../types';

/** Everything a rule may look at. A rule never reaches outside this. */
export type RuleContext = {
  readonly draft: Draft;
  readonly view: TextView;
  readonly policy: Policy;
  readonly role: Role;
  /** Sentences of the norm view, computed once per analysis. */
  readonly sentences: readonly Range[];
  /** Computes a shared signal once per analysis (school reference, names, …). */
  memo<T>(key: string, compute: () => T): T;
  /**
   * The built-in words of a lexicon plus the pack's `lexicons[id]`, compiled and cached. A new
   * id is declared in core/lexicons/ids.ts with its line in core/lexicons/catalogue.ts.
   */
  lexicon(id: LexiconId, builtIn: readonly string[]): RegExp;
};

/** One place where a rule fires. */
export type RuleHit = {
  /** Into the raw draft text (use `rawSpan(view, m)` for norm matches). */
  span?: Span;
  /** Overrides the rule's severity for this hit (e.g. a BSN next to "bsn" is a stop). */
  severity?: Severity;
  action?: FindingAction;
  /** Message key under `rules.<id>.`; default `message`. */
  variant?: string;
  /** Values for `{placeholders}` in the message, besides `{school}`. */
  params?: Record<string, string | number>;
};

/** One rule: one protocol point, one file, a table test beside it. */
export type Rule = {
  /** camelCase, stable: i18n key `rules.<id>.message`, policy `rules.<id>`. */
  id: string;
  article: ArticleId;
  severity: Severity;
  action?: FindingAction;
  /**
   * Protocol points the finding also speaks to, shown under `article` alone: a pupil's
   * diagnosis is article 3 and, by the same words, "de privacy van anderen" (bg-privacy) —
   * one reminder, not two (as analyze folds a child made identifiable into article 3).
   */
  alsoArticles?: readonly ArticleId[];
  /** Off unless a pack switches it on (noisy detectors). */
  defaultOff?: boolean;
  detect(ctx: RuleContext): RuleHit[];
};

/** Identity helper that gives a rule file its type. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
