import type { Platform } from './types';

// Facebook runs Lexical everywhere: the editor root gets `data-lexical-editor="true"` from Lexical
// itself, which is stable across languages and class-name churn. Labels (aria-label) are
// localised, so where a button has no other hook both the Dutch and the English label are listed.

/** A Lexical editor root as Facebook renders it. */
const LEXICAL = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';

export default {
  id: 'facebook',
  name: 'Facebook',
  // facebook.com and www., web., m., business. … all serve the same app.
  hosts: ['*.facebook.com'],
  defaultOn: true,
  surfaces: [
    {
      // Before `post`: a comment box inside a post opened in a dialog also sits in a dialog.
      id: 'comment',
      editor: [
        // comment or reply box under a post (feed, post page, or a post opened in a dialog)
        `form[role="presentation"] ${LEXICAL}`,
      ],
      kind: 'lexical',
      container: [
        // each comment box is its own small form
        'form[role="presentation"]',
      ],
      submit: [
        // the send arrow next to the focused comment box
        '#focused-state-composer-submit [role="button"]',
        // the same arrow by its label (Dutch interface)
        '[role="button"][aria-label="Opmerking plaatsen"]',
        // the same arrow by its label (English interface)
        '[role="button"][aria-label="Comment"]',
      ],
      media: [
        // photo attached to a comment (local preview)
        'img[src^="blob:"]',
      ],
      isReply: true,
      // Enter posts a comment, Shift+Enter is a new line ("Press Enter to submit":
      // tang-vu/social-posting-skills DOM_SELECTORS.md, captured 2026-02-27).
      postKeys: ['enter'],
    },
    {
      id: 'post',
      editor: [
        // "Create post" dialog (feed, profile, page, group): no <form> around the editor
        // (tang-vu/social-posting-skills DOM_SELECTORS.md §4, captured 2026-02-27)
        `div[role="dialog"] ${LEXICAL}`,
        // inline composer of the mobile site (m.facebook.com) and of some group pages
        `form[method="POST"] ${LEXICAL}`,
      ],
      kind: 'lexical',
      container: [
        // the "Create post" dialog itself (same source)
        'div[role="dialog"]',
        // the inline composer form
        'form[method="POST"]',
      ],
      submit: [
        // "Plaatsen" (Dutch interface): a div[role=button] labelled with its text (same source)
        '[role="button"][aria-label="Plaatsen"]',
        // "Post" (English interface; same source, which names it exactly so)
        '[role="button"][aria-label="Post"]',
      ],
      media: [
        // photo previews in the composer (local uploads)
        'img[src^="blob:"]',
        // video previews
        'video',
      ],
    },
    {
      // Meta Business Suite (business.facebook.com) and a Page's own composer: a full-page
      // composer that posts in steps (Volgende → Plaatsen). The last step has no editor; the
      // nudge carries the draft's findings there (nudge.tsx). Evidence for the Suite's own
      // markup is thin (docs/SITES.md): Lexical as elsewhere on Facebook, in the page's main.
      id: 'businessPost',
      editor: [
        // the Suite's composer page (business.facebook.com/latest/composer)
        `[role="main"] ${LEXICAL}`,
      ],
      kind: 'lexical',
      container: [
        // the composer's dialog or panel
        'div[role="dialog"]',
        // the page's main column
        '[role="main"]',
      ],
      media: [
        // photo previews in the composer (local uploads)
        'img[src^="blob:"]',
        // video previews
        'video',
      ],
    },
  ],
} satisfies Platform;
