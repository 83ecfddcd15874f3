import { ownCorrection } from '../detectors/ownCorrection';
import { pupilContemptHits } from '../detectors/contempt';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * Art. 4 (negatief over personen van de school): contempt for one's own pupils — compared
 * with criminals or animals, written off, mocked for their name, a diagnosis or an
 * accommodation ("mijn leerlingen worden toch allemaal criminelen", "my students are
 * animals", "wie noemt zijn kind nou zo", "zogenaamde ADHD"). Real posts like these cost
 * teachers their job. A lesson about animals or a sincere worry about a pupil gives nothing.
 */
export default defineRule({
  id: 'contemptForPupils',
  article: '4',
  severity: 'warning',
  action: 'contact',
  detect(ctx) {
    // The writer's own correction of an earlier post (detectors/ownCorrection.ts).
    if (ownCorrection(ctx)) return [];
    return pupilContemptHits(ctx).map((m) => ({ span: rawSpan(ctx.view, m) }));
  },
});
