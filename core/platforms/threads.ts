import type { Platform } from './types';

// Threads (Meta) uses Lexical like Facebook. Its buttons are text-only `div[role="button"]`s
// with localised text and no other hook ("Post Button: div[role=button] → filter by text Post
// ⚠️ DIV not BUTTON", "Cancel" alike: tang-vu/social-posting-skills DOM_SELECTORS.md §2,
// captured 2026-02-27). So no submit selector is given: the semantic Post-button finder
// (compose/postButton.ts) takes the button named "Posten"/"Post".

export default {
  id: 'threads',
  name: 'Threads',
  hosts: ['threads.com', 'threads.net', 'www.threads.com', 'www.threads.net'],
  defaultOn: true,
  surfaces: [
    {
      id: 'post',
      editor: [
        // the composer dialog (new thread, reply, each part of a multi-post thread)
        'div[role="dialog"] div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
        // the inline composer at the top of the feed
        'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
      ],
      kind: 'lexical',
      container: [
        // the composer dialog
        'div[role="dialog"]',
      ],
      media: [
        // photo preview of a local upload
        'img[src^="blob:"]',
        // video preview
        'video',
      ],
      maxLength: 500,
    },
  ],
} satisfies Platform;
