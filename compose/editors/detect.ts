import type { EditorKind } from '@/core/platforms/types';

/**
 * The editor technology of an editable element, from the marks each framework leaves in its
 * DOM. Used where the platform data does not name one: a site the user enabled, or a compose
 * box the data does not know yet (the site changed its markup).
 */
export function detectKind(el: HTMLElement): EditorKind {
  if (el instanceof HTMLTextAreaElement) return 'textarea';
  if (el.closest('[data-lexical-editor="true"]')) return 'lexical';
  if (el.closest('.DraftEditor-root') || el.querySelector(':scope > [data-contents="true"]')) {
    return 'draftjs';
  }
  if (el.classList.contains('ql-editor')) return 'quill';
  if (el.classList.contains('ProseMirror')) return 'prosemirror';
  return 'contenteditable';
}
