import { slurHits } from '../detectors/swearing';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * bg-civility (and art. 137c Sr): slurs against a group — always for hateful words, and for
 * identity or diagnosis words ("homo", "autist") only when used as an insult. "Groep 7 leert
 * over de Mongolen", homo-acceptatie and Paarse Vrijdag give nothing.
 */
export default defineRule({
  id: 'civilitySlur',
  article: 'bg-civility',
  severity: 'stop',
  detect(ctx) {
    return slurHits(ctx).map((m) => ({ span: rawSpan(ctx.view, m) }));
  },
});
