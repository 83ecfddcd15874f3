import { ownCorrection } from '../detectors/ownCorrection';
import { groupContemptHits } from '../detectors/contempt';
import { discriminationHits } from '../detectors/swearing';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * bg-civility ("respecteer degene tot wie je je richt"): a group singled out by origin,
 * language or religion ("die ouders moeten maar eens integreren", "terug naar hun eigen land"),
 * or a group held in contempt ("de islam is achterlijke barbarij", "asielzoekers zijn tuig").
 * A call to welcome newcomers, the language class, or a lesson about prejudice gives nothing.
 */
export default defineRule({
  id: 'civilityDiscrimination',
  article: 'bg-civility',
  severity: 'warning',
  detect(ctx) {
    // The writer's own apology for an earlier post quotes the old words (ownCorrection.ts).
    if (ownCorrection(ctx)) return [];
    const first = discriminationHits(ctx)[0] ?? groupContemptHits(ctx)[0];
    return first ? [{ span: rawSpan(ctx.view, first) }] : [];
  },
});
