import { ownCorrection } from '../detectors/ownCorrection';
import { insultHits } from '../detectors/insults';
import { slanderHits } from '../detectors/contempt';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * Art. 4 (belediging, art. 266 Sr): an insult word in a construction that calls someone it
 * ("die X", "is een X", "wat een X!", "jij X", "X van een vader", "kankerouder"), and slander
 * of anyone — a minister called a war criminal, a politician "gewoon corrupt" (a teacher is
 * always findable as a teacher). Acorns, Disney's Dombo, a nativity-play donkey, news about
 * a thief, a history lesson and self-mockery give nothing.
 */
export default defineRule({
  id: 'insult',
  article: '4',
  severity: 'stop',
  detect(ctx) {
    // The writer's own apology for an earlier post quotes the old words (ownCorrection.ts).
    if (ownCorrection(ctx)) return [];
    const insults = insultHits(ctx);
    const slander = slanderHits(ctx).filter(
      (s) => !insults.some((m) => m.start < s.end && m.end > s.start),
    );
    return [
      ...insults.map((m) => ({ start: m.start, hit: { span: rawSpan(ctx.view, m) } })),
      ...slander.map((m) => ({
        start: m.start,
        hit: { span: rawSpan(ctx.view, m), variant: 'slander' },
      })),
    ]
      .sort((a, b) => a.start - b.start)
      .map((x) => x.hit);
  },
});
