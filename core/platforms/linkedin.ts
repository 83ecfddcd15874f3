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
      // The new share box (server-driven UI, rolled out per account in 2026): a native
      // <dialog> (or the page /sharing/compose) with TipTap/ProseMirror in the light DOM and a
      // Post button that has only its text — no submit selector, the semantic finder takes it.
      id: 'share',
      editor: [
        // "componentkey=ShareBox_textEditor (Tiptap/ProseMirror, Oct 2026)": a LinkedIn
        // composer runbook verified live, and a LinkedIn extension's field detection (code index)
        '[componentkey="ShareBox_textEditor"][contenteditable="true"]',
        // the same screen by its server-driven-UI name, should the key change
        '[data-sdui-screen*="sharing.ShareCompose"] .ProseMirror[contenteditable="true"]',
      ],
      kind: 'prosemirror',
      container: [
        // "a native <dialog> … rendering the sharing.ShareCompose screen" (same sources)
        'dialog',
        // the share screen on its own page (/sharing/compose)
        '[data-sdui-screen*="sharing.ShareCompose"]',
      ],
      media: [
        // the photo being shared, as a local blob: preview ("the actual draft blob", same
        // kind of source)
        'img[src^="blob:"]',
        // video preview
        'video',
      ],
      maxLength: 3000,
    },
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
      // A company page's composer (admin view): "editor: [role=textbox] inside the dialog —
      // not componentkey=ShareBox_textEditor … publish: a button reading Posten, disabled
      // while the editor is empty" (company-page composer module measured 2026-10-09, code
      // index). Its editor framework is not named there: ProseMirror is assumed, as in the
      // member share box, and recognised from the DOM where it is something else.
      id: 'companyPost',
      editor: [
        // TipTap/ProseMirror in the composer dialog (native or ARIA)
        'dialog .ProseMirror[contenteditable="true"][role="textbox"]',
        // the same in an ARIA dialog
        '[role="dialog"] .ProseMirror[contenteditable="true"][role="textbox"]',
      ],
      kind: 'prosemirror',
      container: [
        // the composer dialog
        'dialog',
        // the same as an ARIA dialog
        '[role="dialog"]',
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
