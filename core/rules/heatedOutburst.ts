import {
  angerMarkers,
  heatedPunctuation,
  negativeMarkers,
  positiveMarkers,
  shouting,
} from '../detectors/tone';
import { isNegated, rawSpan } from '../text/match';
import { defineRule } from './types';

// Negative only when shouted.
const ONLY_LOUD = /^(?:waarom|why|again|alweer)$/u;

/**
 * Art. 7: written in anger (capitals, "!!!", "?!", 🤬, "ik ben het zat"). What you post now
 * stays findable. Celebrations in capitals ("HOERA 50 JAAR!!!") are not anger.
 */
export default defineRule({
  id: 'heatedOutburst',
  article: '7',
  severity: 'info',
  detect(ctx) {
    const { view } = ctx;
    // A few candidates are enough; each negation check reads a sentence.
    const anger = angerMarkers(ctx)
      .slice(0, 10)
      .find((m) => !isNegated(view, m, ctx.sentences));
    if (anger) return [{ span: rawSpan(view, anger) }];
    const shout = shouting(view.raw);
    const loud = shout ?? heatedPunctuation(view.raw);
    if (!loud) return [];
    // "Waarom is lezen zo belangrijk?!" is a teaser; "WAAROM …" in capitals is not.
    const negative = negativeMarkers(ctx)
      .slice(0, 10)
      .some(
        (m) => !isNegated(view, m, ctx.sentences) && (shout !== null || !ONLY_LOUD.test(m.text)),
      );
    if (!negative || positiveMarkers(ctx).length > 0) return [];
    return [{ span: loud }];
  },
});
