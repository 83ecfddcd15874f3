import type { Platform } from './types';

// Instagram web: comments are a React-controlled <textarea> in a small form under the post
// (`//article//textarea` and a "Pubblica" div: enricobianchi10/social-automation-extension
// src/utils/selectors.js, undated); the caption in the "create new post" dialog is a
// contenteditable `div[aria-label="Write a caption..."]` with "Share" in the last step
// (Instagram posting scripts in the public code index, one dated May 2026). That it is Lexical
// is NOT confirmed by any source: where `data-lexical-editor` is missing, the generic finder
// takes the box and recognises its editor from the DOM. Buttons are `div[role="button"]` with
// only text in them, so they are found by having no icon (and by name, as a fallback).

export default {
  id: 'instagram',
  name: 'Instagram',
  hosts: ['instagram.com', 'www.instagram.com'],
  defaultOn: true,
  surfaces: [
    {
      id: 'caption',
      editor: [
        // caption step of the "create new post" dialog (Lexical)
        'div[role="dialog"] div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
      ],
      kind: 'lexical',
      container: [
        // the create-post dialog
        'div[role="dialog"]',
      ],
      submit: [
        // "Delen"/"Share": the only text-only button of the dialog (Back is an icon)
        'div[role="button"][tabindex="0"]:not(:has(svg))',
      ],
      media: [
        // the photo or video being posted, previewed from the local file
        'img[src^="blob:"]',
        // video preview
        'video',
      ],
      maxLength: 2200,
    },
    {
      id: 'comment',
      editor: [
        // comment box under a post (feed, post page, post dialog)
        'form textarea',
      ],
      kind: 'textarea',
      container: [
        // each comment box is its own form
        'form',
      ],
      submit: [
        // "Plaatsen"/"Post": the text-only button of the form (the emoji button is an icon)
        'div[role="button"][tabindex="0"]:not(:has(svg))',
        // older web build: a real submit button
        'button[type="submit"]',
      ],
      isReply: true,
      // Enter posts the comment (the form submits); in a caption it is a new line.
      postKeys: ['enter'],
    },
  ],
} satisfies Platform;
