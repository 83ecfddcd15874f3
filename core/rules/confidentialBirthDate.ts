import { individuals } from '../detectors/individuals';
import { UPPER } from '../detectors/latin';
import { firstStartingAt, normIndexAt, overlapping } from '../text/ranges';
import { findAll } from '../text/match';
import type { Span } from '../types';
import { defineRule, type RuleHit } from './types';

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|august|october';
// Full dates with a year: 12-03-2016, 12/3/16, 12.03.2016, 2016-03-12, 12 maart 2016,
// March 12, 2016. Bounded pieces only: linear.
const DATES = [
  /(?<![\p{N}])(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:(?:19|20)\d{2}|\d{2})(?![\p{N}]|[-/.]\d)/gu,
  /(?<![\p{N}])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\p{N}])/gu,
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:0?[1-9]|[12]\d|3[01])(?:e|ste|de)?\s+(?:${MONTHS})\.?\s+(?:19|20)\d{2}(?![\p{N}])`,
    'giu',
  ),
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:${MONTHS})\.?\s+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}(?![\p{N}])`,
    'giu',
  ),
];
// A day and month without year counts only after an explicit label ("geboortedatum: 12-03").
const DAY_MONTH = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])|(?:0?[1-9]|[12]\d|3[01])\s+(?:${MONTHS}))(?![\p{L}\p{N}])`,
  'giu',
);

const BIRTH_WORDS = [
  'geboren',
  'geb',
  'geboortedatum',
  'geboortedag',
  'geboortedata',
  'born',
  'date of birth',
  'dob',
  'birthdate',
  'birth date',
];
const LABELS =
  /(?:geboortedatum|geboortedag|geboortedata|geb|date of birth|dob|birthdate)\s*[:.]?\s*$/u;
const SENTENCE_END = new RegExp(`[.!?]\\s+[${UPPER}]|[!?\\n]`, 'u');
// "werd opgericht", "de school is geboren op": an organisation's founding date is public.
const ORGANISATION =
  /opgericht|jubileum|founded|(?:school|gebouw|vereniging|stichting|club)\s+(?:is|werd|was)\s/u;

/** Art. 3: a date of birth (a date next to geboren/geb./geboortedatum). */
export default defineRule({
  id: 'confidentialBirthDate',
  article: '3',
  alsoArticles: ['bg-privacy'],
  severity: 'warning',
  detect(ctx) {
    const { view } = ctx;
    const cues = findAll(view, ctx.lexicon('confidentialBirthDate', BIRTH_WORDS)).map((m) => ({
      ...view.toRaw(m.start, m.end),
      norm: m,
    }));
    // "°" (born) as people write it in family announcements.
    for (const m of view.raw.matchAll(/°\s*(?=\d)/gu)) {
      const at = normIndexAt(view, m.index);
      cues.push({ start: m.index, end: m.index + 1, norm: { start: at, end: at + 1, text: '°' } });
    }
    if (cues.length === 0) return [];
    cues.sort((a, b) => a.start - b.start);
    const dates: Span[] = [];
    for (const re of DATES) {
      for (const m of view.raw.matchAll(re)) {
        const year = Number(/(?:19|20)\d{2}/u.exec(m[0])?.[0] ?? 2000);
        // Historic figures in a lesson ("Anne Frank, geboren 12 juni 1929"): not private.
        if (year < 1935) continue;
        dates.push({ start: m.index, end: m.index + m[0].length });
      }
    }
    dates.sort((a, b) => a.start - b.start);
    const withoutYear: Span[] = [];
    for (const m of view.raw.matchAll(DAY_MONTH)) {
      const covering = dates[firstStartingAt(dates, m.index + 1) - 1];
      if (covering && covering.end > m.index) continue;
      const at = normIndexAt(view, m.index);
      if (LABELS.test(view.norm.slice(Math.max(0, at - 25), at))) {
        withoutYear.push({ start: m.index, end: m.index + m[0].length });
      }
    }
    let names: Span[] | undefined;
    const hits: RuleHit[] = [];
    for (const date of [...dates, ...withoutYear]) {
      // Cues are sorted: only those within 40 characters before or 25 after can count.
      const cue = overlapping(cues, { start: date.start - 40, end: date.end + 26 }, 40).find(
        (c) =>
          (c.end <= date.start && date.start - c.end <= 40) ||
          (c.start >= date.end && c.start - date.end <= 25),
      );
      if (!cue) continue;
      // The cue must be in the date's sentence: "Op 1-2-2025 is de open dag. Geboren in 2021?"
      const gap = view.raw.slice(Math.min(cue.end, date.end), Math.max(cue.start, date.start) + 1);
      if (SENTENCE_END.test(gap)) continue;
      const from = Math.min(cue.start, date.start);
      const to = Math.max(cue.end, date.end);
      const between = view.raw.slice(Math.max(0, from - 40), to).toLowerCase();
      if (ORGANISATION.test(between)) continue;
      names ??= individuals(ctx)
        .filter((p) => p.named && p.kind !== 'staff')
        .map((p) => view.toRaw(p.start, p.end));
      const withName = overlapping(names, { start: from - 100, end: to + 100 }).length > 0;
      hits.push({ span: date, severity: withName ? 'stop' : 'warning' });
    }
    return hits;
  },
});
