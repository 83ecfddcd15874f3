import type { Platform } from './types';

// TikTok web uses Draft.js for comments and for the caption in TikTok Studio's upload page.
// `data-e2e` attributes are TikTok's own test hooks and the stablest thing on the page.

export default {
  id: 'tiktok',
  name: 'TikTok',
  hosts: ['tiktok.com', 'www.tiktok.com'],
  defaultOn: true,
  postIsVideo: true,
  surfaces: [
    {
      id: 'comment',
      editor: [
        // comment box beside/under a video, also for replies to a comment
        '[data-e2e="comment-input"] .public-DraftEditor-content[contenteditable="true"]',
      ],
      kind: 'draftjs',
      container: [
        // the input row: box plus its Post button
        'div:has(> [data-e2e="comment-post"])',
        // the comment footer when the button sits one level further down
        'div:has([data-e2e="comment-post"])',
      ],
      submit: [
        // "Plaatsen"/"Post"
        '[data-e2e="comment-post"]',
      ],
      isReply: true,
      // Enter posts the comment; in the Studio caption it is a new line.
      postKeys: ['enter'],
      maxLength: 150,
    },
    {
      id: 'caption',
      editor: [
        // TikTok Studio upload page (/tiktokstudio/upload): the description of the video
        '.DraftEditor-root .public-DraftEditor-content[contenteditable="true"]',
      ],
      kind: 'draftjs',
      container: [
        // the upload form: the nearest block that also holds the Post button
        'div:has([data-e2e="post_video_button"])',
      ],
      submit: [
        // "Posten"/"Post"
        '[data-e2e="post_video_button"]',
      ],
      media: [
        // the uploaded video's preview
        'video',
      ],
      maxLength: 4000,
    },
  ],
} satisfies Platform;
