import type { EditorKind } from '@/core/platforms/types';
import { contenteditableDriver } from './contenteditable';
import { detectKind } from './detect';
import { draftjsDriver } from './draftjs';
import { lexicalDriver } from './lexical';
import { prosemirrorDriver } from './prosemirror';
import { quillDriver } from './quill';
import { textareaDriver } from './textarea';
import type { EditorDriver } from './types';

/** One driver per editor technology. */
export const drivers: Record<EditorKind, EditorDriver> = {
  textarea: textareaDriver,
  contenteditable: contenteditableDriver,
  draftjs: draftjsDriver,
  lexical: lexicalDriver,
  quill: quillDriver,
  prosemirror: prosemirrorDriver,
};

/**
 * The driver for an element: a textarea is read as one whatever the platform says, and a box
 * known only as "contenteditable" gets the driver of the framework its DOM shows.
 */
export function driverFor(el: HTMLElement, kind: EditorKind): EditorDriver {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return textareaDriver;
  return drivers[kind === 'contenteditable' ? detectKind(el) : kind];
}
