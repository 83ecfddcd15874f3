import { childNames } from '../detectors/childNames';
import { namedChildInPhoto } from '../detectors/photoNames';
import { sentenceAt } from '../text/match';
import { defineRule } from './types';

/**
 * bg-privacy: a pupil made identifiable: a child's first name with a group, age, birthday
 * or treat (info), or with a surname (warning). Staff ("juf Anouk"), public figures, book
 * characters and names that are words without child context give nothing. One finding per
 * sentence; a named child in a photo is photoNamedChild's. Art. 3 rules may report the same child; their precedence belongs to analyze.
 */
export default defineRule({
  id: 'privacyChildIdentifiable',
  article: 'bg-privacy',
  severity: 'info',
  detect(ctx) {
    if (namedChildInPhoto(ctx)) return []; // photoNamedChild speaks for a child in a photo
    const bySentence = new Map<number, { span: { start: number; end: number }; full: boolean }>();
    for (const c of childNames(ctx)) {
      if (!c.detail) continue;
      const key = sentenceAt(ctx.sentences, c.start).start;
      const prev = bySentence.get(key);
      if (!prev || (c.fullName && !prev.full))
        bySentence.set(key, { span: c.span, full: c.fullName });
    }
    return [...bySentence.values()].map((h) =>
      h.full
        ? { span: h.span, severity: 'warning' as const, variant: 'fullName' }
        : { span: h.span },
    );
  },
});
