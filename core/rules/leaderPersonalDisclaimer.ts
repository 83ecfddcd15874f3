import { leaderDisclaimedOpinion } from '../detectors/leader';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/** Art. 5: a leader adds "op persoonlijke titel" to an opinion; that does not help a leader. */
export default defineRule({
  id: 'leaderPersonalDisclaimer',
  article: '5',
  severity: 'warning',
  action: 'contact',
  detect(ctx) {
    const found = leaderDisclaimedOpinion(ctx);
    return found ? [{ span: rawSpan(ctx.view, found.disclosure) }] : [];
  },
});
