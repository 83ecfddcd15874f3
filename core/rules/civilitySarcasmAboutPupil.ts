import { sarcasmAboutPupilHits } from '../detectors/contempt';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * bg-civility: sarcasm about a pupil or a class ("#sarcasm", "Geweldig, weer een leerling die
 * …"). Mocking a child is no way to treat anyone, and what the sarcasm tells about the
 * child's home or care is confidential (art. 3) and negative about people of the school
 * (art. 4): one reminder for all three. Sincere "Geweldig, weer een topdag met groep 5!" and
 * a lesson about irony give nothing. Split from the sarcasm rule, which is about the school.
 */
export default defineRule({
  id: 'civilitySarcasmAboutPupil',
  article: 'bg-civility',
  severity: 'warning',
  alsoArticles: ['3', '4'],
  detect(ctx) {
    const pupil = sarcasmAboutPupilHits(ctx)[0];
    return pupil ? [{ span: rawSpan(ctx.view, pupil) }] : [];
  },
});
