import { sentenceNear } from '../text/ranges';
import { DOCUMENT_OR_DECISION, NOT_PUBLIC_YET, PEEK } from '../lexicons/unpublished';
import { findAll, has, lexicon, rawSpan } from '../text/match';
import { defineRule } from './types';

const DOCUMENT = lexicon(DOCUMENT_OR_DECISION);

/**
 * Art. 3: news that is not public yet — an inspection report before publication, a logo
 * before its launch, who leaves the team before it is announced ("officieel bericht volgt
 * nog", "not public yet", "sneak peek" of a report). The school publishes these itself. A
 * "sneak peek" of the musical gives nothing: only a document or decision makes a peek
 * confidential.
 */
export default defineRule({
  id: 'confidentialUnpublished',
  article: '3',
  severity: 'warning',
  detect(ctx) {
    const { view } = ctx;
    const said = findAll(view, ctx.lexicon('confidentialUnpublished', NOT_PUBLIC_YET), 1)[0];
    if (said) return [{ span: rawSpan(view, said) }];
    for (const m of findAll(view, ctx.lexicon('confidentialUnpublishedPeek', PEEK), 5)) {
      const around = sentenceNear(ctx.sentences, m.start, m.end, 1);
      const from = Math.max(0, around.start - 200);
      if (has(view, DOCUMENT, from, around.end)) return [{ span: rawSpan(view, m) }];
    }
    return [];
  },
});
