// How the core words its messages, passed in rather than imported, so that a bundle which only
// judges (the background worker) carries no text tables: about 34 KB of both languages'
// messages stay in the content script and the pages, which show them. No imports here.

/** Words a message: its key, its parameters, and a key to use when the first has no text. */
export type Say = (key: string, params: Record<string, string>, fallback?: string) => string;

/** Starts a keyed message (a control character no text key or draft quote begins with). */
export const KEYED_MARK = '\u0001';

/**
 * The worker's `Say`: the message as its key and parameters (JSON after KEYED_MARK), worded
 * where it is shown by `worded` (core/i18n/index.ts). A parameter may itself be keyed: the
 * repeated-words reminder quotes another reminder's message.
 */
export const keyed: Say = (key, params, fallback) =>
  `${KEYED_MARK}${JSON.stringify(fallback === undefined ? [key, params] : [key, params, fallback])}`;

/** A template's `{name}` placeholders filled in from `params`; unknown ones stay as written. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
