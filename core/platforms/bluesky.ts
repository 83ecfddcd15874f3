import type { Platform } from './types';

// Bluesky's web app (React Native Web): the composer is TipTap/ProseMirror; `testID`s become
// `data-testid`. Replies open the same composer with the post above it, marked only by
// localised labels, so they are judged as posts.

export default {
  id: 'bluesky',
  name: 'Bluesky',
  hosts: ['bsky.app'],
  defaultOn: true,
  // Ctrl/Cmd+Enter publishes (bluesky-social/social-app src/view/com/composer/Composer.tsx).
  postKeys: ['mod+enter'],
  surfaces: [
    {
      id: 'post',
      editor: [
        // the composer dialog (new post, reply, quote)
        '[data-testid="composePostView"] .ProseMirror[contenteditable="true"]',
        // the same editor by its fixed, untranslated label
        'div[role="textbox"][contenteditable="true"][aria-label="Rich-Text Editor"]',
      ],
      kind: 'prosemirror',
      container: [
        // the composer view
        '[data-testid="composePostView"]',
        // its dialog
        '[role="dialog"]',
      ],
      submit: [
        // "Post"/"Reply"
        '[data-testid="composerPublishBtn"]',
      ],
      media: [
        // picked images (converted to blob: or data: URIs before upload)
        'img[src^="blob:"]',
        // the same as data: URIs
        'img[src^="data:"]',
        // video preview
        'video',
      ],
      maxLength: 300,
    },
  ],
} satisfies Platform;
