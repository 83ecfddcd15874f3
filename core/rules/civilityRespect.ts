import { ownCorrection } from '../detectors/ownCorrection';
import { identifiablePersonIn, strongNegatives } from '../detectors/civility';
import { insultHits } from '../detectors/insults';
import { sentenceOf } from '../detectors/ranges';
import { groupContemptHits, pupilContemptHits, slanderHits } from '../detectors/contempt';
import { rawSpan, type NormMatch } from '../text/match';
import { defineRule } from './types';

/**
 * bg-civility ("respecteer degene tot wie je je richt; laster en beledigingen zijn niet
 * geoorloofd"): contempt aimed at a person — an insult, or a damning word about someone the
 * reader can identify ("my head teacher is a joke", "die juf is incompetent"). Article 4 warns
 * about the same post as criticism of the school; this is the reminder about manners.
 */
export default defineRule({
  id: 'civilityRespect',
  article: 'bg-civility',
  severity: 'info',
  detect(ctx) {
    // The writer's own apology for an earlier post quotes the old words (ownCorrection.ts).
    if (ownCorrection(ctx)) return [];
    const aimed = (m: NormMatch): boolean => identifiablePersonIn(ctx, sentenceOf(ctx, m.start));
    const hit =
      insultHits(ctx)[0] ??
      slanderHits(ctx)[0] ??
      pupilContemptHits(ctx)[0] ??
      groupContemptHits(ctx)[0] ??
      strongNegatives(ctx)
        .slice(0, 20)
        .find((m) => /\p{L}/u.test(m.text) && aimed(m));
    return hit ? [{ span: rawSpan(ctx.view, hit) }] : [];
  },
});
