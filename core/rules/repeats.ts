import type { Say } from '../i18n/say';
import { SEVERITY_RANK, type Finding, type Span } from '../types';

// Several findings of one rule in one draft read as one reminder: "Dit geldt voor: 'niet
// doorsturen', 'onder ons'." instead of two identical cards in the panel and the nudge. The
// last place is the finding's `span` (what the panel quotes and a dismissal is keyed on, so a
// reminder dismissed for one BSN comes back when a second is typed); `spans` holds them all,
// so every place can still be underlined.

const MAX_WORDS_LISTED = 5;
const MAX_WORD_LENGTH = 40;

const quote = (text: string, s: Span): string => {
  const words = text.slice(s.start, s.end).replace(/\s+/gu, ' ').trim();
  return `'${words.length > MAX_WORD_LENGTH ? `${words.slice(0, MAX_WORD_LENGTH - 1)}…` : words}'`;
};

/** Merges findings of one rule with one message, at the highest severity among them. */
export function mergeRepeats(findings: Finding[], text: string, say: Say): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.ruleId}\u0000${f.message}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const out: Finding[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    const spans = list.flatMap((f) => (f.span ? [f.span] : []));
    if (list.length === 1 || spans.length < 2) {
      out.push(first);
      continue;
    }
    spans.sort((a, b) => a.start - b.start);
    const quoted = [...new Set(spans.map((s) => quote(text, s)))];
    const words =
      quoted.length > MAX_WORDS_LISTED
        ? `${quoted.slice(0, MAX_WORDS_LISTED).join(', ')}, …`
        : quoted.join(', ');
    const severity = list.reduce(
      (s, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[s] ? f.severity : s),
      first.severity,
    );
    out.push({
      ...first,
      severity,
      span: spans[spans.length - 1]!,
      spans,
      message: say('rules.repeated.message', { message: first.message, words }),
    });
  }
  return out;
}
