// Children named next to a photo: reported by photoNamedChild (bg-privacy); photoConsent
// (art. 10) counts them as people in the picture, and privacyChildIdentifiable stays quiet.
import { childNames } from './childNames';
import { pupilReferences } from './context';
import { hasConsentMarker, hasVisualMedia, windowAround } from './media';
import { firstNames } from './names';
import { findAll, has, lexicon, rawSpan, type Range } from '../text/match';
import type { RuleContext } from '../rules/types';
import type { Span } from '../types';

// Captions that introduce the names of the people in the picture.
const NAME_LIST_MARKERS = [
  'vlnr',
  'van links naar rechts',
  'op de foto( zie je| zien we| staan| staat)?',
  'from left to right',
  'left to right',
  'pictured',
];
// After "v.l.n.r." every capitalised word is a name; after the looser "op de foto" only
// known first names count ("op de foto met Sinterklaas" is no name list).
const STRICT_MARKER = /^(?:vlnr|van|from|left)/u;
// A photo said in the text: a caption without a detected attachment still names a photo.
const PHOTO_WORDS = /(?:📸|📷|🤳)/u;

// A capitalised word after the marker: "v.l.n.r. Jurre, Fenne en Bowie". Staff named with
// their title ("juf Anouk") do not count.
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+/gu;
const NOT_A_NAME = new Set([
  'de',
  'het',
  'een',
  'onze',
  'ons',
  'alle',
  'groep',
  'juf',
  'juffrouw',
  'meester',
  'mevrouw',
  'meneer',
  'links',
  'rechts',
  'midden',
  'boven',
  'onder',
  'achter',
  'voor',
  'voorste',
  'achterste',
  'bovenste',
  'onderste',
  'rij',
  'staand',
  'zittend',
  'met',
  'en',
  'wij',
  'we',
  'ik',
  'hier',
  'daar',
  'sinterklaas',
  'piet',
  'kerstman',
  'the',
  'our',
  'all',
  'and',
  'with',
  'front',
  'back',
  'row',
]);
const STAFF_BEFORE = /(?:juf|juffrouw|meester|mevrouw|meneer|directeur|directrice|collega)\s+$/iu;
// Words that make a name list about adults.
const ADULT_LIST = lexicon([
  'team',
  'teamleden',
  'collega(s)?',
  "collega['’]s",
  'mr',
  'medezeggenschapsraad',
  'ouderraad',
  'bestuur',
  'directie',
  'burgemeester',
  'wethouder',
  'juffen',
  'meesters',
  'leerkrachten',
  'vrijwilligers',
  'hulpouders',
  'staff',
]);

/**
 * The raw span of a caption that names children in a photo ("v.l.n.r. Daan, Sem en Noor",
 * "Daan uit groep 5" with an image), or undefined. Staff-only and board lists give nothing.
 */
export function namedChildInPhoto(ctx: RuleContext): Span | undefined {
  return ctx.memo('namedChildInPhoto', () => {
    const { view } = ctx;
    const markers = findAll(view, ctx.lexicon('photoNamedChild', NAME_LIST_MARKERS));
    const media = hasVisualMedia(ctx) || has(view, PHOTO_WORDS) || markers.length > 0;
    if (!media) return undefined;
    const adults = markers.length > 0 ? findAll(view, ADULT_LIST) : [];
    const within = (list: readonly Range[], win: Range): boolean =>
      list.some((p) => p.start < win.end && p.end > win.start);
    // A caption has one or two name lists; more "v.l.n.r." than that is no caption.
    for (const m of markers.slice(0, 8)) {
      const win = windowAround(ctx, m.start, 0);
      if (hasConsentMarker(ctx, win)) continue;
      if (!within(pupilReferences(ctx), win) && within(adults, win)) continue;
      const strict = STRICT_MARKER.test(m.text);
      const end = view.toRaw(win.start, win.end).end;
      if (childNamesAfter(view.raw, rawSpan(view, m).end, end, strict)) return rawSpan(view, m);
    }
    const child = childNames(ctx).find((c) => !hasConsentMarker(ctx, windowAround(ctx, c.start)));
    return child?.span;
  });
}

/** True when a non-staff name follows the marker before raw index `to`. */
function childNamesAfter(raw: string, from: number, to: number, strict: boolean): boolean {
  const tail = raw.slice(from, Math.min(to, from + 160));
  for (const m of tail.matchAll(CAPITALISED)) {
    const word = m[0].toLowerCase();
    if (NOT_A_NAME.has(word)) continue;
    if (!strict && !firstNames.has(word)) continue;
    if (!STAFF_BEFORE.test(tail.slice(Math.max(0, m.index - 12), m.index))) return true;
  }
  return false;
}
