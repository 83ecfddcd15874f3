import { sharedWithFamilyConsent } from '../detectors/familyConsent';
import { howToQuestionAt } from '../detectors/generic';
import { healthHits } from '../detectors/health';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * Art. 3: health information (diagnosis, condition, treatment) about an identifiable pupil,
 * parent or colleague. A stop when the person is named or initialled; general talk ("kinderen
 * met dyslexie hebben baat bij…") gives nothing.
 */
export default defineRule({
  id: 'confidentialHealth',
  article: '3',
  alsoArticles: ['bg-privacy'],
  severity: 'warning',
  detect(ctx) {
    return (
      healthHits(ctx)
        // An unnamed accident told as the school does after informing the parents.
        .filter((h) => h.named || !sharedWithFamilyConsent(ctx))
        // A question to peers about a kind of case, with only roles in it (de IB'er).
        .filter((h) => h.named || !howToQuestionAt(ctx, h.match.start))
        .map((h) => ({
          span: rawSpan(ctx.view, h.match),
          severity: h.named ? 'stop' : 'warning',
        }))
    );
  },
});
