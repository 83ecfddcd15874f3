import { discriminationHits } from '../detectors/swearing';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * bg-civility ("respecteer degene tot wie je je richt"): a group singled out by origin,
 * language or religion ("die ouders moeten maar eens integreren", "terug naar hun eigen land").
 * A call to welcome newcomers, or the language class, gives nothing.
 */
export default defineRule({
  id: 'civilityDiscrimination',
  article: 'bg-civility',
  severity: 'warning',
  detect(ctx) {
    const first = discriminationHits(ctx)[0];
    return first ? [{ span: rawSpan(ctx.view, first) }] : [];
  },
});
