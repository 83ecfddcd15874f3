import type { PlatformId } from '../types';

/** The editor technology behind a compose box: decides how text is read and inserted. */
export const EDITOR_KINDS = [
  'textarea',
  'contenteditable',
  'draftjs',
  'lexical',
  'quill',
  'prosemirror',
] as const;
export type EditorKind = (typeof EDITOR_KINDS)[number];

/**
 * A keyboard shortcut that posts from the box: Ctrl/Cmd+Enter, or a plain Enter (comment boxes,
 * where Shift+Enter is a new line).
 */
export const POST_KEYS = ['mod+enter', 'enter'] as const;
export type PostKey = (typeof POST_KEYS)[number];

/** One kind of compose box on a platform (post, reply, comment, caption, description…). */
export type ComposeSurface = {
  /** camelCase, unique within the platform: 'post', 'reply', 'comment', 'caption'… */
  id: string;
  /**
   * CSS selectors, tried in order, for the element that has focus while the user types
   * (the contenteditable or textarea itself). Each alternative carries a comment in the data
   * file saying which page/version it is for.
   */
  editor: readonly string[];
  kind: EditorKind;
  /** Closest ancestor that holds the whole composer (to find its submit button and media). */
  container?: readonly string[];
  /** The site's own Post/Reply/Comment button, searched inside the container. */
  submit?: readonly string[];
  /** Previews of attached photos/videos, searched inside the container. */
  media?: readonly string[];
  /** Replies and comments are judged as replies (article 4: stronger in replies). */
  isReply?: boolean;
  /** The platform's character limit for this box (X: 280), when it has one. */
  maxLength?: number;
  /**
   * Names (lower case) of this surface's Post button beyond the shared posting verbs
   * (core/platforms/postButtons.ts): YouTube Studio's "Opslaan" publishes the description.
   */
  postNames?: readonly string[];
  /** The keys that post from this box; without it, the platform's `postKeys`. */
  postKeys?: readonly PostKey[];
};

/** A platform as data: where it lives and what its compose boxes look like. */
export type Platform = {
  id: PlatformId;
  /** As shown to users: "X", "Facebook". */
  name: string;
  /** Host names (exact, or a leading "*." for subdomains) where the content script runs. */
  hosts: readonly string[];
  /** On by default (fixed hosts), or only when the user enables a site (Mastodon, other). */
  defaultOn: boolean;
  surfaces: readonly ComposeSurface[];
  /** The keys that post from any box of the platform (a surface may say otherwise). */
  postKeys?: readonly PostKey[];
  /**
   * A post here is itself a video (YouTube, TikTok), so photo and consent rules apply without
   * an attachment; a comment under one (a reply) is only text.
   */
  postIsVideo?: boolean;
};
