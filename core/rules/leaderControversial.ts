import { leaderControversialOpinion } from '../detectors/leader';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * Art. 5: a leader takes a position on a sensitive topic (elections, strike, merger,
 * religion, Zwarte Piet …). Neutral service information about it gives nothing.
 */
export default defineRule({
  id: 'leaderControversial',
  article: '5',
  severity: 'warning',
  action: 'contact',
  detect(ctx) {
    const opinion = leaderControversialOpinion(ctx);
    return opinion ? [{ span: rawSpan(ctx.view, opinion.topic) }] : [];
  },
});
