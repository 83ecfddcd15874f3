import type { Platform } from './types';

// Instagram web: comments are a React-controlled <textarea> in a small form under the post; the
// caption in the "create new post" dialog is a Lexical editor (like Facebook). Buttons are
// `div[role="button"]` with only text in them, so they are found by having no icon.

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
