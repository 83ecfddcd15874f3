import { ownCorrection } from '../detectors/ownCorrection';
import { namedChildInPhoto } from '../detectors/photoNames';
import { defineRule } from './types';

/**
 * bg-privacy: children named next to a photo ("v.l.n.r. Daan, Sem en Noor", "Daan uit groep
 * 5" with an image). Name plus picture makes a child extra recognisable. The consent check
 * of art. 10 is photoConsent's; staff named as "juf Anouk" and lists of colleagues or board
 * members give nothing here.
 */
export default defineRule({
  id: 'photoNamedChild',
  article: 'bg-privacy',
  alsoArticles: ['bg-privacy'],
  severity: 'warning',
  action: 'check-consent',
  detect(ctx) {
    // The writer's own correction of an earlier post (detectors/ownCorrection.ts).
    if (ownCorrection(ctx)) return [];
    const span = namedChildInPhoto(ctx);
    return span ? [{ span }] : [];
  },
});
