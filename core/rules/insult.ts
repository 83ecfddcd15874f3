import { insultHits } from '../detectors/civility';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * Art. 4 (belediging, art. 266 Sr): an insult word in a construction that calls someone it
 * ("die X", "is een X", "wat een X!", "jij X", "X van een vader", "kankerouder"). Acorns,
 * Disney's Dombo, a nativity-play donkey and self-mockery give nothing.
 */
export default defineRule({
  id: 'insult',
  article: '4',
  severity: 'stop',
  detect(ctx) {
    return insultHits(ctx).map((m) => ({ span: rawSpan(ctx.view, m) }));
  },
});
