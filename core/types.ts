/** The protocol's numbered guidelines plus the "Bedenk dat…" background points. */
export const ARTICLE_IDS = [
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
  '11',
  'bg-copyright',
  'bg-civility',
  'bg-privacy',
  'bg-substance',
  'bg-disclaimer',
  'bg-correction',
] as const;
export type ArticleId = (typeof ARTICLE_IDS)[number];

export const PLATFORM_IDS = [
  'x',
  'facebook',
  'instagram',
  'linkedin',
  'youtube',
  'bluesky',
  'mastodon',
  'threads',
  'tiktok',
  'other',
] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

export const ROLES = ['medewerker', 'leidinggevende'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const SEVERITIES = ['info', 'warning', 'stop'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ACTIONS = ['insert-disclaimer', 'contact', 'check-consent'] as const;
export type FindingAction = (typeof ACTIONS)[number];

/** What the user is about to post. */
export type Draft = {
  text: string;
  platform: PlatformId;
  hasMedia?: boolean;
  isReply?: boolean;
};

/** A UTF-16 range into `draft.text`. */
export type Span = { start: number; end: number };

/** One reminder for a draft, tied to the protocol point it enforces. */
export type Finding = {
  ruleId: string;
  article: ArticleId;
  severity: Severity;
  message: string;
  span?: Span;
  /** Every place when one rule fired more than once (one reminder); `span` is the last. */
  spans?: Span[];
  action?: FindingAction;
};

/** Severity order, for comparisons and for raising a leader's warnings one level. */
export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, stop: 2 };

/** True for the severities that make `npm run check` exit 1 and the nudge appear. */
export function isWarningOrStop(severity: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK.warning;
}
