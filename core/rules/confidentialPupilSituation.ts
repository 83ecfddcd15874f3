import { aboutIndividual, PUPIL_OR_PARENT } from '../detectors/individuals';
import { sentenceNear } from '../text/ranges';
import { NOT_A_PUPIL_SITUATION, PUPIL_SITUATION } from '../lexicons/pupilSituation';
import { findAll, has, lexicon, rawSpan } from '../text/match';
import { defineRule } from './types';

const NOT_PRIVATE = lexicon(NOT_A_PUPIL_SITUATION);

/**
 * Art. 3: what happens to one identifiable pupil — being bullied, a police matter, a
 * pregnancy, abuse, running away — is that child's and family's to tell ("Daan uit groep 5
 * wordt al weken gepest, vandaag kwam de politie"). The incident itself is also article 9.
 * A named child is a stop; a child described ("een meisje uit groep 8") a warning. Week
 * tegen Pesten, the wijkagent's lesson and a story read aloud give nothing: no one is singled
 * out, or the sentence is about a campaign, a lesson or a book.
 */
export default defineRule({
  id: 'confidentialPupilSituation',
  article: '3',
  alsoArticles: ['bg-privacy'],
  severity: 'warning',
  detect(ctx) {
    const { view } = ctx;
    const matches = findAll(view, ctx.lexicon('confidentialPupilSituation', PUPIL_SITUATION));
    if (matches.length === 0) return [];
    return aboutIndividual(ctx, matches, PUPIL_OR_PARENT)
      .filter((h) => {
        const sentence = sentenceNear(ctx.sentences, h.match.start, h.match.end);
        return !has(view, NOT_PRIVATE, sentence.start, sentence.end);
      })
      .slice(0, 1)
      .map((h) => ({
        span: rawSpan(view, h.match),
        ...(h.named ? { severity: 'stop' as const } : {}),
      }));
  },
});
