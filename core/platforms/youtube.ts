import type { Platform } from './types';

// YouTube (Polymer web components). Every comment-like box is a `ytd-commentbox` holding a plain
// contenteditable `#contenteditable-root`; ids repeat for each box on the page, so they are only
// meaningful inside their component. YouTube Studio (its own host) uses `ytcp-*` components with
// a plain contenteditable `#textbox`.

export default {
  id: 'youtube',
  name: 'YouTube',
  hosts: ['studio.youtube.com', 'www.youtube.com', 'youtube.com'],
  defaultOn: true,
  postIsVideo: true,
  surfaces: [
    {
      // Before `comment`: the post dialog reuses ytd-commentbox.
      id: 'communityPost',
      editor: [
        // "Create post" on the channel's Posts (formerly Community) tab
        'ytd-backstage-post-dialog-renderer ytd-commentbox #contenteditable-root',
      ],
      kind: 'contenteditable',
      container: [
        // the whole post dialog (text, image picker, Post button)
        'ytd-backstage-post-dialog-renderer',
      ],
      submit: [
        // "Posten"/"Post"
        '#submit-button button',
      ],
      media: [
        // images picked for the post
        'ytd-backstage-multi-image-select-renderer img',
      ],
    },
    {
      id: 'comment',
      editor: [
        // top-level comment box under a video (watch page) and under a post
        'ytd-comment-simplebox-renderer ytd-commentbox #contenteditable-root',
        // reply box under a comment, and any other comment box
        'ytd-commentbox #contenteditable-root',
      ],
      kind: 'contenteditable',
      container: [
        // one box with its own Cancel/Comment buttons
        'ytd-commentbox',
      ],
      submit: [
        // "Reageren"/"Comment" (or "Reply"): `yt-button-shape > button` inside
        // `ytd-button-renderer#submit-button` since 2022 (paper-button before); YouTube comment
        // tools in the code index select '#submit-button button'
        '#submit-button button',
      ],
      isReply: true,
      // Ctrl/Cmd+Enter posts a comment; Enter is a new line.
      postKeys: ['mod+enter'],
      maxLength: 10000,
    },
    {
      id: 'studioDescription',
      editor: [
        // video details page and upload dialog: the description field
        '#description-textarea #textbox[contenteditable="true"]',
        // the same field where it is wrapped by the description component
        'ytcp-video-description #textbox[contenteditable="true"]',
      ],
      kind: 'contenteditable',
      container: [
        // upload dialog (Next/Publish)
        'ytcp-uploads-dialog',
        // details page of an existing video (Save in its header)
        'ytcp-video-details-section',
      ],
      submit: [
        // "Publiceren"/"Publish" at the end of the upload dialog
        '#done-button',
        // "Opslaan"/"Save" on the details page
        'ytcp-button#save',
      ],
      // Saving the details page is what makes the new description public.
      postNames: ['opslaan', 'save'],
      maxLength: 5000,
    },
  ],
} satisfies Platform;
