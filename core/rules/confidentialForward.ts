import { findAll, has, lexicon, rawSpan } from '../text/match';
import type { Span } from '../types';
import { defineRule } from './types';

// Headers of a forwarded or pasted e-mail, on the raw text, line by line.
const SUBJECT_PREFIX = /^[^\S\n]*(?:FW|Fw|FWD|Fwd|WG|Doorst)[^\S\n]*:/gmu;
const SEPARATOR =
  /-{2,}[^\S\n]*(?:Doorgestuurd bericht|Forwarded message|Oorspronkelijk bericht|Original Message|Doorgestuurd e-mailbericht)[^\S\n]*-{2,}/giu;
const FROM_LINE = /^[^\S\n]*(?:Van|From|Afzender)[^\S\n]*:[^\n]{0,120}/gmu;
const OTHER_HEADER =
  /^[^\S\n]*(?:Onderwerp|Verzonden|Aan|Datum|Subject|Sent|To|Date|CC|Cc)[^\S\n]*:/mu;

// Saying in words that an internal message is pasted.
const PASTED = [
  'ik plak (het |hem |de mail |het bericht |de brief |de app )?hier',
  "hieronder (de|het) (mail|e-mail|bericht|brief|memo|appje) van (de|het|onze|mijn) (directie|directeur|directrice|bestuur|schoolbestuur|ib-er|ib'er|intern begeleider|mr|team|teamleider|collega|leidinggevende)",
  "(kreeg|kregen|ontving|ontvingen|kreeg net) (deze|de|een|dit) (mail|e-mail|brief|memo|bericht|appje) van (de|het|onze|mijn) (directie|directeur|directrice|bestuur|schoolbestuur|ib-er|ib'er|intern begeleider|mr|team|teamleider|leidinggevende)",
  '(mail|e-mail|brief|memo|bericht|appje) van (de|het|onze|mijn) (directie|directeur|directrice|bestuur|schoolbestuur|leidinggevende) (hieronder|geplakt|doorgestuurd)',
  '(uit|in) de (teamapp|team-app|teamchat|team app|groepsapp van het team|personeelsapp)',
  '(screenshot|screenshotje) (van|uit) de (teamapp|team-app|teamchat|groepsapp|personeelsapp|mail)',
  'internal (email|memo) (below|attached)',
  'forwarded (email|message) from (the )?(head|principal|board)',
];
// Quoting what the school already published.
const PUBLIC_SOURCE = lexicon([
  'nieuwsbrief',
  'website',
  'persbericht',
  'openbare brief',
  'open brief',
  'newsletter',
  'press release',
]);

/** Art. 3: a forwarded e-mail or a pasted internal message (headers, "ik plak het hier"). */
export default defineRule({
  id: 'confidentialForward',
  article: '3',
  severity: 'warning',
  detect(ctx) {
    const { view } = ctx;
    if (has(view, PUBLIC_SOURCE)) return [];
    const spans: Span[] = [];
    for (const re of [SUBJECT_PREFIX, SEPARATOR]) {
      for (const m of view.raw.matchAll(re)) {
        spans.push({
          start: m.index + m[0].length - m[0].trimStart().length,
          end: m.index + m[0].length,
        });
      }
    }
    if (OTHER_HEADER.test(view.raw)) {
      for (const m of view.raw.matchAll(FROM_LINE)) {
        const start = m.index + m[0].length - m[0].trimStart().length;
        spans.push({ start, end: m.index + m[0].trimEnd().length });
      }
    }
    for (const m of findAll(view, ctx.lexicon('confidentialForward', PASTED))) {
      spans.push(rawSpan(view, m));
    }
    // One reminder per pasted message: the first header or phrase.
    spans.sort((a, b) => a.start - b.start);
    return spans.slice(0, 1).map((span) => ({ span }));
  },
});
