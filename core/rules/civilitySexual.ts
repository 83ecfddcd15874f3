import { sexualRemarkHits } from '../detectors/contempt';
import { sexualHits } from '../detectors/swearing';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * bg-civility (obsceniteit): sexual language in a staff member's post, and sexual remarks or
 * flirting about a parent, a colleague or — a stop — a pupil. Sex education (Week van de
 * Lentekriebels, relaties en seksualiteit) and online-safety lessons give nothing.
 */
export default defineRule({
  id: 'civilitySexual',
  article: 'bg-civility',
  severity: 'warning',
  detect(ctx) {
    const words = sexualHits(ctx);
    const remarks = sexualRemarkHits(ctx).filter(
      (r) => !words.some((m) => r.start < m.end && r.end > m.start),
    );
    return [
      ...words.map((m) => ({ span: rawSpan(ctx.view, m) })),
      // About a pupil or a child: a stop (and a case for the leidinggevende).
      ...remarks.map((m) => ({
        span: rawSpan(ctx.view, m),
        ...(m.minor ? { severity: 'stop' as const, variant: 'minor' } : { variant: 'remark' }),
      })),
    ];
  },
});
