import type { Platform } from './types';

// X (Twitter). Draft.js on desktop web: the contenteditable carries `data-testid="tweetTextarea_N"`
// (Draft's `webDriverTestID` prop; N counts the posts of a thread). On touch devices the same
// composer is a plain <textarea> with the same test id. Surfaces are tried in order, so the
// specific ones (quote, reply) come before the catch-all post composer.

/** The Draft.js editor itself; never its `tweetTextarea_0_label` wrapper. */
const DRAFT = '.DraftEditor-root [contenteditable="true"][data-testid^="tweetTextarea_"]';

/** Composer container alternatives shared by every desktop surface. */
const CONTAINER = [
  // the compose/reply/quote modal (/compose/post)
  '[role="dialog"]',
  // the inline reply box under the focal post on a /status/ page
  '[data-testid="inline_reply_offscreen"]',
  // the inline "What's happening?" composer at the top of the home timeline
  '[data-testid="primaryColumn"]',
] as const;

/** The site's Post/Reply buttons. */
const SUBMIT = [
  // the modal composer (and the mobile compose page)
  '[data-testid="tweetButton"]',
  // the inline composers (home timeline, reply under a post)
  '[data-testid="tweetButtonInline"]',
] as const;

/** Attached photos/videos: local uploads preview as blob: URLs, unlike avatars or a quoted post. */
const MEDIA = [
  // photo preview in the composer's attachment strip
  '[data-testid="attachments"] img[src^="blob:"]',
  // video or GIF preview in the same strip
  '[data-testid="attachments"] video',
] as const;

export default {
  id: 'x',
  name: 'X',
  // pro.x.com: X Pro (TweetDeck's successor), where school accounts run several columns.
  hosts: ['mobile.twitter.com', 'mobile.x.com', 'pro.x.com', 'twitter.com', 'x.com'],
  defaultOn: true,
  // Ctrl/Cmd+Enter posts from every composer ("Submit via Cmd+Enter keyboard shortcut is
  // reliable": public X selector reference, January 2026, in the code index).
  postKeys: ['mod+enter'],
  surfaces: [
    {
      id: 'quote',
      editor: [
        // quote modal: the quoted post shows as a link card with its text below the editor
        `[role="dialog"]:has(div[role="link"] [data-testid="tweetText"]) ${DRAFT}`,
      ],
      kind: 'draftjs',
      container: CONTAINER,
      submit: SUBMIT,
      media: MEDIA,
      // Quoting answers someone else's post in public: article 4 applies as to a reply.
      isReply: true,
      maxLength: 280,
    },
    {
      id: 'reply',
      editor: [
        // inline reply box under the focal post on a /status/ page
        `[data-testid="inline_reply_offscreen"] ${DRAFT}`,
        // reply modal: the post being answered is shown as an article above the editor
        `[role="dialog"]:has(article [data-testid="tweetText"]) ${DRAFT}`,
      ],
      kind: 'draftjs',
      container: CONTAINER,
      submit: SUBMIT,
      media: MEDIA,
      isReply: true,
      maxLength: 280,
    },
    {
      id: 'post',
      editor: [
        // any other Draft.js composer: the modal, the home timeline box, each post of a thread
        DRAFT,
      ],
      kind: 'draftjs',
      container: CONTAINER,
      submit: SUBMIT,
      media: MEDIA,
      maxLength: 280,
    },
    {
      id: 'mobile',
      editor: [
        // mobile web (touch devices): a React-controlled textarea with the same test id
        'textarea[data-testid^="tweetTextarea_"]',
      ],
      kind: 'textarea',
      container: [
        // the compose page or sheet
        '[role="dialog"]',
        // the full-page composer on small screens
        'main[role="main"]',
      ],
      submit: SUBMIT,
      media: MEDIA,
      maxLength: 280,
    },
  ],
} satisfies Platform;
