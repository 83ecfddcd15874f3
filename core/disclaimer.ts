// What the disclaimer button adds to a draft: pure, so every editor driver shares one decision.

/** The two versions of the disclaimer (the pack's, or the user's own). */
export type DisclaimerTexts = { long: string; short: string };

/** What to do when the user asks for the disclaimer. */
export type DisclaimerPlan =
  /** The draft already holds it: insert nothing. */
  | { kind: 'present' }
  | {
      kind: 'insert';
      /** The exact text to add at the end: separator plus disclaimer. */
      insert: string;
      version: 'long' | 'short';
      /** Characters past the box's limit after the insert (0 when it fits). */
      over: number;
    };

/** Whitespace runs as one space, case folded: "holds the disclaimer" survives line wrapping. */
function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** True when `text` already holds either version of the disclaimer. */
export function hasDisclaimer(text: string, disclaimer: DisclaimerTexts): boolean {
  const folded = fold(text);
  return [disclaimer.long, disclaimer.short].some((d) => {
    const own = fold(d);
    return own.length > 0 && folded.includes(own);
  });
}

/** The line breaks that put a blank line between the draft and what follows. */
export function separatorFor(text: string): string {
  if (text === '' || text.endsWith('\n\n')) return '';
  return text.endsWith('\n') ? '\n' : '\n\n';
}

/**
 * Decides what to add after `text`: the long disclaimer after a blank line, the short one when
 * the long one would pass `maxLength` (X: 280), and by how much even the short one passes it.
 */
export function planDisclaimer(
  text: string,
  disclaimer: DisclaimerTexts,
  maxLength?: number,
): DisclaimerPlan {
  if (hasDisclaimer(text, disclaimer)) return { kind: 'present' };
  const separator = separatorFor(text);
  const long = separator + disclaimer.long.trim();
  const short = separator + disclaimer.short.trim();
  if (maxLength === undefined || text.length + long.length <= maxLength)
    return { kind: 'insert', insert: long, version: 'long', over: 0 };
  return {
    kind: 'insert',
    insert: short,
    version: 'short',
    over: Math.max(0, text.length + short.length - maxLength),
  };
}
