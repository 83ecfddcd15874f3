import { childNames } from '../detectors/childNames';
import { namedChildInPhoto } from '../detectors/photoNames';
import { sentenceAt } from '../text/match';
import { defineRule } from './types';

const OWN_CHILD =
  /(?:^|[^\p{L}])(?:trotse\s+(?:papa|mama|moeder|vader|ouders|ouder|opa|oma)|proud\s+(?:mum|mom|dad|parents?)|(?:mijn|onze|m'n)\s+(?:zoon|dochter|zoontje|dochtertje)|my\s+(?:son|daughter))(?![\p{L}])/u;

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
    // A parent's own child ("Onze Sem (7) … Trotse papa"): theirs to share.
    if (OWN_CHILD.test(ctx.view.norm)) return [];
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
