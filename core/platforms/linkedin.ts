import type { Platform } from './types';

// LinkedIn. The share box is Quill 1 (`.ql-editor`). In the 2025–26 redesign the whole share
// dialog is rendered inside the open shadow root of `#interop-outlet`: these selectors are
// matched from the focused element upwards, inside that shadow tree, so none of them may name
// `#interop-outlet` itself (matches() and closest() do not cross a shadow boundary). Comments
// are Quill in the classic feed and TipTap/ProseMirror in the server-driven feed ("SDUI"), which
// marks its parts with `data-view-name`.

export default {
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['linkedin.com', 'www.linkedin.com'],
  defaultOn: true,
  surfaces: [
    {
      id: 'post',
      editor: [
        // share box: classic modal in the page, and the redesign inside #interop-outlet's shadow root
        '.share-creation-state__text-editor .ql-editor[contenteditable="true"]',
        // redesign with hashed class names: any Quill editor in the share dialog
        '[role="dialog"] .ql-editor[contenteditable="true"]',
      ],
      kind: 'quill',
      container: [
        // the share dialog's body (classic and redesign)
        '.share-creation-state',
        // the dialog itself
        '[role="dialog"]',
      ],
      submit: [
        // "Posten"/"Post"
        '.share-actions__primary-action',
      ],
      media: [
        // photo preview of a local upload
        'img[src^="blob:"]',
        // video preview
        'video',
      ],
      maxLength: 3000,
    },
    {
      id: 'comment',
      editor: [
        // SDUI feed (2025–26): TipTap inside the comment box
        '[data-view-name="comment-box"] .tiptap.ProseMirror[contenteditable="true"]',
      ],
      kind: 'prosemirror',
      container: [
        // the post the comment box belongs to (the post button sits outside the box itself)
        '[data-view-name="feed-full-update"]',
      ],
      submit: [
        // "Reageren"/"Comment"
        '[data-view-name="comment-post"]',
      ],
      media: [
        // photo attached to a comment
        'img[src^="blob:"]',
      ],
      isReply: true,
      maxLength: 1250,
    },
    {
      id: 'commentQuill',
      editor: [
        // classic feed: Quill in the comment form under a post, also for replies to comments
        '.comments-comment-box__form .ql-editor[contenteditable="true"]',
        // classic comment editor outside a form (post detail pages)
        '.comments-comment-texteditor .ql-editor[contenteditable="true"]',
      ],
      kind: 'quill',
      container: [
        // the comment form
        '.comments-comment-box__form',
        // the whole comment box
        '.comments-comment-box',
      ],
      submit: [
        // "Reageren"/"Comment" (2023 redesign of the button)
        '.comments-comment-box__submit-button--cr',
        // the same button before that
        '.comments-comment-box__submit-button',
      ],
      media: [
        // photo attached to a comment
        'img[src^="blob:"]',
      ],
      isReply: true,
      maxLength: 1250,
    },
  ],
} satisfies Platform;
