import { diseaseCurseHits } from '../detectors/swearing';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * bg-civility: cursing with diseases (kanker, tyfus, tering, klere, pleuris, pokken) —
 * compounds ("kankerweer"), "krijg de …", interjections, "kk". KWF Kankerbestrijding, "juf
 * heeft kanker" (health: article 3) and "Week tegen Pesten" give nothing.
 */
export default defineRule({
  id: 'civilityDiseaseCurse',
  article: 'bg-civility',
  severity: 'stop',
  detect(ctx) {
    return diseaseCurseHits(ctx).map((m) => ({ span: rawSpan(ctx.view, m) }));
  },
});
