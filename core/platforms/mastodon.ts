import type { Platform } from './types';

// Mastodon's web client: a React-controlled <textarea> in `form.compose-form`. Instances live on
// any domain: the largest (mastodon.social) and the Dutch one (mastodon.nl) are covered out of
// the box; the user enables their own instance at run time (optional host permission), where
// the page is recognised as Mastodon by platformForPage.

/** The compose textarea. */
const TEXTAREA = 'textarea.autosuggest-textarea__textarea';

/** The compose form, the same for posts and replies. */
const CONTAINER = [
  // the compose column / modal
  'form.compose-form',
] as const;

const SUBMIT = [
  // "Publiceren"/"Post" (Mastodon 4.3 and later)
  '.compose-form__submit button[type="submit"]',
  // the same button up to Mastodon 4.2
  '.compose-form__publish button[type="submit"]',
] as const;

const MEDIA = [
  // attached media (Mastodon 4.3 and later)
  '.compose-form__upload',
  // attached media up to Mastodon 4.2
  '.compose-form__upload-thumbnail',
] as const;

export default {
  id: 'mastodon',
  name: 'Mastodon',
  hosts: ['mastodon.nl', 'mastodon.social'],
  defaultOn: true,
  // Ctrl/Cmd+Enter publishes: the compose textarea's onKeyDown (mastodon/mastodon
  // app/javascript/mastodon/features/compose/components/compose_form.jsx, 2024-2025).
  postKeys: ['mod+enter'],
  surfaces: [
    {
      id: 'reply',
      editor: [
        // the compose form while it shows the post being answered
        `form.compose-form:has(.reply-indicator) ${TEXTAREA}`,
      ],
      kind: 'textarea',
      container: CONTAINER,
      submit: SUBMIT,
      media: MEDIA,
      isReply: true,
      maxLength: 500,
    },
    {
      id: 'post',
      editor: [
        // compose column (advanced UI), compose page (/publish) and the modal
        `form.compose-form ${TEXTAREA}`,
      ],
      kind: 'textarea',
      container: CONTAINER,
      submit: SUBMIT,
      media: MEDIA,
      // mastodon.social's limit; other instances may allow more.
      maxLength: 500,
    },
  ],
} satisfies Platform;
