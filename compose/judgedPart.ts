import type { Finding, Span } from '@/core/types';

/**
 * How much of a very long draft is judged, from its start and from its end. A 1 MB paste
 * took `analyze` over a second and gave tens of thousands of findings, which froze the page
 * (panel rows, marks) on every pause in typing. 2 × 15,000 characters is three times the
 * longest limit in the platform data (YouTube, 10,000), so real posts are judged whole; of a
 * longer text the start and the part being typed (the end) still get reminders.
 */
export const JUDGED_HEAD = 15_000;
export const JUDGED_TAIL = 15_000;
/** How far a cut may move to fall between words (a half number or word is a false finding). */
const CUT_SLACK = 200;
/** Between the two stretches: a paragraph break, so no sentence or word runs across. */
const JOINT = '\n\n';

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * The part of `text` to judge: all of it when short, else its first and last stretch joined
 * by a paragraph break. `restore` maps the findings back onto `text`: spans after the joint
 * move to where their words are (`span` and every one of `spans`); a span across the joint is
 * about words that are not together in the draft, and is dropped (with its finding when no
 * place of it is left).
 */
export function judgedPart(text: string): {
  text: string;
  restore(findings: Finding[]): Finding[];
} {
  if (text.length <= JUDGED_HEAD + JUDGED_TAIL + JOINT.length) {
    return { text, restore: (findings) => findings };
  }
  let headEnd = JUDGED_HEAD;
  for (let i = headEnd; i > JUDGED_HEAD - CUT_SLACK; i--) {
    if (isSpace(text[i - 1])) {
      headEnd = i;
      break;
    }
  }
  if (isHigh(text.charCodeAt(headEnd - 1))) headEnd--; // never half an emoji
  let tailStart = text.length - JUDGED_TAIL;
  for (let i = tailStart; i < text.length - JUDGED_TAIL + CUT_SLACK; i++) {
    if (isSpace(text[i])) {
      tailStart = i + 1;
      break;
    }
  }
  if (isHigh(text.charCodeAt(tailStart - 1))) tailStart++;
  const joined = text.slice(0, headEnd) + JOINT + text.slice(tailStart);
  const tailAt = headEnd + JOINT.length;
  const shift = tailStart - tailAt;
  const move = (span: Span): Span | null =>
    span.end <= headEnd
      ? span
      : span.start >= tailAt
        ? { start: span.start + shift, end: span.end + shift }
        : null;
  return {
    text: joined,
    restore: (findings) =>
      findings.flatMap((f) => {
        if (!f.span && !f.spans) return [f];
        // A reminder merged from several places (core/rules/repeats.ts) keeps every place in
        // `spans`: each moves as `span` does, and one across the joint is dropped alone.
        const spans = f.spans?.flatMap((s) => move(s) ?? []);
        const span = (f.span && move(f.span)) ?? spans?.at(-1);
        if (!span) return [];
        const moved: Finding = { ...f, span };
        if (spans && spans.length > 0) moved.spans = spans;
        else delete moved.spans;
        return [moved];
      }),
  };
}
