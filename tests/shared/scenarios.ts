import { defaultPolicy } from '../../core/policy/musselhorst';

// What the end-to-end scenarios type and what a user must then see, shared by the Chromium
// (Playwright) and Firefox (puppeteer) runners, so both browsers are held to the same
// behaviour. The browser-specific part is only how a page is driven.

/** A confidential draft: a BSN (stop, art. 3) and "onder ons" (warning, art. 3). */
export const CONFIDENTIAL = 'Even onder ons: het BSN van Daan is 111222333';
/** What the panel must show for CONFIDENTIAL, and the words marked per severity. */
export const CONFIDENTIAL_EXPECT = {
  rules: { confidentialBsn: '3', confidentialMarker: '3' },
  marked: { stop: ['111222333'], warning: ['onder ons'] },
} as const;
/** A clean school post: no reminder at all. */
export const CLEAN = 'Fijne herfstvakantie allemaal, tot maandag!';
/**
 * What a clean draft's panel says (issue 13, "say only what is true"): no remarks, never that
 * the post is good — the rules cannot know that.
 */
export const CLEAN_SAYS = 'Geen opmerkingen.';
export const NEVER_SAYS = /goed bericht/i;
/**
 * Three findings of one rule (issue 13, "reminders read as one"): one reminder listing the
 * words, not three identical cards, in the panel and in the nudge.
 */
export const REPEATED = {
  draft: 'Dit blijft vertrouwelijk, niet doorsturen, echt onder ons',
  ruleId: 'confidentialMarker',
  words: ['vertrouwelijk', 'niet doorsturen', 'onder ons'],
} as const;
/** An opinion on an education topic: article 2 offers the disclaimer. */
export const OPINION = 'Ik vind dat de werkdruk in het onderwijs veel te hoog is.';
/** The disclaimer the default pack inserts. */
export const DISCLAIMER = defaultPolicy.disclaimer;

/** One fixture per editor technology, for the disclaimer insert (name → framework). */
export const DISCLAIMER_EDITORS = {
  'x-post': 'Draft.js',
  'facebook-post': 'Lexical',
  'linkedin-post-classic': 'Quill',
  'bluesky-post': 'TipTap / ProseMirror',
  'mastodon-post': 'React-controlled textarea',
  'youtube-comment': 'plain contenteditable',
} as const;

/** The editor's own state after the disclaimer went in once after `draft`. */
export const withDisclaimer = (draft: string): string => `${draft}\n\n${DISCLAIMER.long}`;

/**
 * The pre-publish nudge ("bij twijfel publiceert men niet"), run on every one-step surface in
 * both browsers: Post with NUDGE.draft open asks first and posts nothing; "Terug naar je
 * tekst" closes it, posts nothing and keeps the text; Post again and "Toch plaatsen" hands
 * the site's own submit the text exactly once.
 */
export const NUDGE = {
  draft: CONFIDENTIAL,
  /** The reminder the panel shows before Post is pressed; the nudge lists it too. */
  ruleId: 'confidentialBsn',
  /** The nudge's quote of article 5. */
  says: 'Bij twijfel publiceert men niet.',
  cancelLabel: 'Terug naar je tekst',
  anywayLabel: 'Toch plaatsen',
  /** Inside the nudge's shadow root. */
  dialog: '[data-bedenk-dat="nudge"]',
  cancel: '[data-action="cancel"]',
  postAnyway: '[data-action="post-anyway"]',
} as const;

/**
 * The fixtures the nudge scenario runs on: all but the multi-step composers (Volgende →
 * Plaatsen), which have their own test (tests/e2e/sites.spec.ts).
 */
export const nudgeSurfaces = <F extends { next?: string }>(all: readonly F[]): F[] =>
  all.filter((f) => !f.next);

/** The site's box after "Toch plaatsen": empty, unless the site keeps it (YouTube Studio's Save). */
export const boxAfterPosting = (f: { keepsText?: boolean }): string =>
  f.keepsText ? NUDGE.draft : '';
