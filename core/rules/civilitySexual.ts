import { sexualHits } from '../detectors/swearing';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * bg-civility (obsceniteit): sexual language in a staff member's post. Sex education
 * (Week van de Lentekriebels, relaties en seksualiteit) and online-safety lessons give nothing.
 */
export default defineRule({
  id: 'civilitySexual',
  article: 'bg-civility',
  severity: 'warning',
  detect(ctx) {
    return sexualHits(ctx).map((m) => ({ span: rawSpan(ctx.view, m) }));
  },
});
