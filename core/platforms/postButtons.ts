// The semantic Post-button finder's data: what a button that posts is called, in Dutch and
// English. Where a surface's own `submit` selectors do not match (a redesign, a box only the
// generic finder knows, Threads' and LinkedIn's text-only buttons), the content script walks up
// from the editor and takes the nearest enabled, visible button whose accessible name is one of
// these. Names are compared whole (after trimming, lower-casing and folding spaces), so
// "Media toevoegen", "Emoji", "Sluiten" or "Opmerking plaatsen bewerken" never count.
//
// Evidence for the words (see docs/SITES.md): X "Posten"/"Post", "Alles posten"/"Post all"
// for a thread, "Beantwoorden"/"Reply" (tang-vu/social-posting-skills DOM_SELECTORS.md,
// captured 2026-02-27); Threads "Post" as a text-only div[role=button] (same source); Facebook
// aria-label "Post"/"Plaatsen", comments "Opmerking plaatsen"/"Comment"; LinkedIn "Post"/
// "Posten", comments "Comment"/"Reageren" (LinkedIn automation notes verified Oct 2026, public
// code index); Mastodon "Publish"/"Post"/"Toot!" (mastodon/mastodon compose_form); Instagram
// "Delen"/"Share" and comment "Plaatsen"/"Post"; YouTube "Reageren"/"Comment", "Antwoorden"/
// "Reply"; Meta Business Suite "Publiceren"/"Publish".

/** Whole names of buttons that post, lower case. One entry per wording. */
export const POST_NAMES: readonly string[] = [
  // Dutch
  'posten',
  'alles posten',
  'nu posten',
  'plaatsen',
  'nu plaatsen',
  'reageren',
  'beantwoorden',
  'antwoorden',
  'opmerking plaatsen',
  'reactie plaatsen',
  'delen',
  'nu delen',
  'publiceren',
  'nu publiceren',
  'verzenden',
  'versturen',
  'tweeten',
  // English
  'post',
  'post all',
  'post now',
  'reply',
  'reply all',
  'comment',
  'share',
  'share now',
  'publish',
  'publish now',
  'send',
  'tweet',
  'tweet all',
  'toot',
  'toot!',
  // Bluesky's accessibility labels (bluesky-social/social-app src/view/com/composer/Composer.tsx)
  'publish post',
  'publish reply',
  'publish replies',
  'bericht publiceren',
  'antwoord publiceren',
];

/** Name prefixes that post to a named place: "Posten op Facebook", "Publish to Page". */
export const POST_PREFIXES: readonly string[] = [
  'posten op ',
  'posten in ',
  'plaatsen op ',
  'plaatsen in ',
  'delen op ',
  'delen in ',
  'publiceren op ',
  'post to ',
  'post on ',
  'share to ',
  'share on ',
  'publish to ',
  'publish on ',
];

/**
 * Buttons that move a multi-step composer on (Facebook Pages, Meta Business Suite: Volgende →
 * Plaatsen). Pressing one carries the draft's findings to the last step, where the editor may
 * be gone.
 */
export const NEXT_STEP_NAMES: readonly string[] = ['volgende', 'doorgaan', 'next', 'continue'];

/** Lower case, spaces folded, invisible characters and a trailing count or ellipsis dropped. */
export function normaliseName(name: string): string {
  return name
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/(?:…|\.\.\.)$/, '')
    .trim();
}

/**
 * True when a button called `name` posts: a posting verb, whole, or "verb on/to <place>", or one
 * of `extra` (a surface's own names, from its `postNames` data).
 */
export function isPostName(name: string, extra: readonly string[] = []): boolean {
  const n = normaliseName(name);
  if (n.length === 0 || n.length > 60) return false;
  return POST_NAMES.includes(n) || extra.includes(n) || POST_PREFIXES.some((p) => n.startsWith(p));
}

/** True when a button called `name` moves a multi-step composer to its next step. */
export function isNextStepName(name: string): boolean {
  return NEXT_STEP_NAMES.includes(normaliseName(name));
}
