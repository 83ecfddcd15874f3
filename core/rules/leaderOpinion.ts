import { leaderOwnOpinion } from '../detectors/leader';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * Art. 5: a leader's critical or heated opinion about school or education; readers take it
 * as the school's position. A plain factual announcement gives nothing.
 */
export default defineRule({
  id: 'leaderOpinion',
  article: '5',
  severity: 'warning',
  action: 'contact',
  detect(ctx) {
    const opinion = leaderOwnOpinion(ctx);
    return opinion ? [{ span: rawSpan(ctx.view, opinion.stance) }] : [];
  },
});
