import { schoolReferences } from '../detectors/context';
import { HIDDEN_IDENTITY } from '../lexicons/anonymity';
import { findAll, rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * Art. 6 (persoonlijk verantwoordelijk): "anoniem account, dus ik kan eindelijk zeggen …",
 * "met een schuilnaam, niemand vindt me". Under any name the writer answers for the post;
 * a warning when it is about the school. (Article 7 says the same post stays findable.)
 */
export default defineRule({
  id: 'hiddenIdentity',
  article: '6',
  severity: 'info',
  detect(ctx) {
    const first = findAll(ctx.view, ctx.lexicon('hiddenIdentity', HIDDEN_IDENTITY), 1)[0];
    if (!first) return [];
    const aboutSchool = schoolReferences(ctx).length > 0;
    return [
      { span: rawSpan(ctx.view, first), ...(aboutSchool ? { severity: 'warning' as const } : {}) },
    ];
  },
});
