import { ownCorrection } from '../detectors/ownCorrection';
import { personalViewOnPolicy, undisclosedEducationOpinion } from '../detectors/opinion';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * Art. 2: an opinion on an education topic (werkdruk, cao, doorstroomtoets …) without saying
 * whether it is personal or on behalf of the school. Staff get the disclaimer button; for a
 * leader a disclaimer does not help (art. 5), so they get the contact button instead. A
 * warning, not a tip: the protocol asks it of every such post, and one click answers it.
 */
export default defineRule({
  id: 'personalOrOnBehalf',
  article: '2',
  severity: 'warning',
  detect(ctx) {
    // The writer's own correction of an earlier post (detectors/ownCorrection.ts).
    if (ownCorrection(ctx)) return [];
    const opinion = undisclosedEducationOpinion(ctx);
    if (!opinion) return [];
    const leader = ctx.role === 'leidinggevende';
    return [
      {
        span: rawSpan(ctx.view, opinion.stance),
        // Staff's own "ik vind" on the minister's plans: a tip (detectors/opinion.ts).
        ...(personalViewOnPolicy(ctx, opinion) ? { severity: 'info' as const } : {}),
        action: leader ? 'contact' : 'insert-disclaimer',
        ...(leader ? { variant: 'leader' } : {}),
      },
    ];
  },
});
