import type { Platform } from './types';

// Any other site the user switched Bedenk dat on for (popup → "enable on this site"). We do
// not know its editor, so we watch the generic kinds of compose box; Mastodon instances on
// their own domains are recognised by their page instead (see platformForPage).

export default {
  id: 'other',
  name: 'Andere site',
  hosts: [],
  defaultOn: false,
  surfaces: [
    {
      id: 'textarea',
      editor: [
        // a multi-line text field: comment forms, forums, most simple composers
        'textarea:not([readonly]):not([disabled])',
      ],
      kind: 'textarea',
    },
    {
      id: 'richText',
      editor: [
        // a rich-text editor: the outermost editable element, never a nested one
        '[contenteditable="true"]:not([contenteditable="true"] [contenteditable="true"])',
        // editors that mark their box as a text box for screen readers
        '[role="textbox"][contenteditable="plaintext-only"]',
      ],
      kind: 'contenteditable',
    },
  ],
} satisfies Platform;
