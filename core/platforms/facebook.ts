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
        // "Create post" dialog (feed, profile, page, group)
        `div[role="dialog"] form ${LEXICAL}`,
        // inline composer of the mobile site (m.facebook.com) and of some group pages
        `form[method="POST"] ${LEXICAL}`,
      ],
      kind: 'lexical',
      container: [
        // the composer form inside the dialog
        'div[role="dialog"] form',
        // the inline composer form
        'form[method="POST"]',
      ],
      submit: [
        // "Plaatsen" (Dutch interface)
        '[role="button"][aria-label="Plaatsen"]',
        // "Post" (English interface)
        '[role="button"][aria-label="Post"]',
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
