import { phrases } from '../detectors/media';
import { findAll, has, rawSpan, type NormMatch } from '../text/match';
import { defineRule } from './types';

const S = String.raw`\s+`;
const TEXT = String.raw`(?:artikel|tekst|column|verhaal|gedicht|lied|liedje|liedtekst|songtekst|hoofdstuk|interview|blog|stuk|article|text|story|poem|song)`;
const SOURCE = String.raw`(?:krant|nrc|volkskrant|ad|trouw|telegraaf|parool|nu\.nl|nos|website|site|blog|boek|tijdschrift|artikel|linkedin|facebook|instagram|newspaper|book|magazine)`;

// Saying that a whole text of someone else is copied in.
const WHOLE_TEXT = phrases([
  String.raw`integraal${S}(?:overgenomen|geplaatst|gekopieerd|gedeeld|hieronder)`,
  String.raw`(?:hier|hieronder|bij\s+deze|below)(?:\s+(?:is|volgt|staat|the))?(?:\s+(?:het|de))?${S}(?:hele|volledige|complete|integrale|full|whole|entire)${S}${TEXT}`,
  String.raw`(?:hele|volledige|complete|integrale|full|whole|entire)${S}${TEXT}(?:\s+\S+){0,6}?${S}(?:overgenomen|gekopieerd|geplakt|hieronder|gepost|geplaatst|below|copied|pasted)`,
  // A whole book read aloud on video is the book reproduced.
  String.raw`(?:hele|volledige|complete|integrale|whole|entire)${S}(?:prenten)?(?:boek|boekje|book)(?:\s+\S+){0,5}?${S}(?:voorgelezen|opgenomen|ingesproken|gefilmd|gescand|read\s+aloud|recorded)`,
  String.raw`(?:overgenomen|gekopieerd|geplakt|geknipt|copied|copy-?pasted|gecopypast|ge-?copy-?paste|ge-?copy-?pasted)${S}(?:uit|van|from)(?:\s+(?:de|het|een|the|a))?${S}${SOURCE}`,
  String.raw`(?:copy-?paste|knip-?\s*(?:en|&)\s*plak)${S}(?:uit|van|from)`,
]);
const GATE =
  /integra|hele|volledig|complet|full|whole|entire|copy|copie|kopie|overgenomen|geplakt|geknipt|tekst|lyrics|woorden|words|["“„«🎵🎶♪♫]|refrein|couplet|chorus/u;

// Reading the whole article through a link is not copying it.
const LINKED = /(?:lees|lezen|bekijk|klik|read|link|via|op)\s+(?:\S+\s+){0,2}$/u;

// Song lyrics: a warning once the lyrics themselves follow.
const LYRICS = phrases([
  String.raw`(?:songtekst|liedtekst|lyrics|liedjestekst)(?:en)?`,
  String.raw`(?:de|the)${S}(?:tekst|woorden|words)${S}(?:van|of)${S}(?:het|dit|the|this)${S}(?:lied|liedje|nummer|song)`,
]);
// Music notes or song structure words ("liedje" alone is too common in school posts).
const MUSIC = /(?:🎵|🎶|♪|♫)|(?<![\p{L}])(?:refrein|couplet|chorus)(?![\p{L}])/u;

// Own songs, public-domain songs and rhymes.
const OWN_OR_FREE = [
  'eigen (lied|liedje|tekst|gedicht|verhaal|songtekst)',
  'zelf (geschreven|gemaakt|bedacht|verzonnen)',
  'zelfgeschreven',
  '(schreef|schreven|maakte|maakten|bedacht|bedachten|dichtte|dichtten) (zelf|samen|de kinderen|de leerlingen)',
  'zelf (een|het|dit|ons) (lied|liedje|gedicht|afscheidslied|verhaal)',
  'geschreven door (de kinderen|de leerlingen|groep [1-8]|onze leerlingen|mij|mezelf)',
  '(door|van) (de kinderen|de leerlingen|groep [1-8]) (zelf )?(geschreven|gemaakt|bedacht)',
  'wilhelmus',
  'lang zal (hij|ze|zij) leven',
  'sinterklaas kapoentje',
  'zie ginds komt de stoomboot',
  'hoedje van papier',
  'altijd is kortjakje ziek',
  'in een blauwgeruite kiel',
  'sint maarten',
  'publiek domein',
  'public domain',
  'met toestemming',
  'with permission',
  'we wrote',
  'written by (my|our) (class|pupils)',
];

// A quote between double quotes (no apostrophes: "foto's" has one).
const QUOTED = /["“„«]([^"“”„«»]{120,4000})["”»]/gu;
const LONG_QUOTE_WORDS = 40;
const WORD = /[\p{L}\p{N}]+/gu;

/** The lyrics or text itself follows: 4+ lines or 40+ words after norm position `from`. */
function bodyFollows(norm: string, from: number): boolean {
  const rest = norm.slice(from);
  const lines = rest.split('\n').filter((l) => l.trim().length > 0);
  return lines.length >= 5 || (rest.match(WORD)?.length ?? 0) >= LONG_QUOTE_WORDS;
}

/** Four or more short lines in a row: the layout of a song or poem. */
function hasVerseLayout(raw: string): boolean {
  let run = 0;
  for (const line of raw.split('\n')) {
    const len = line.trim().length;
    run = len >= 8 && len <= 50 ? run + 1 : 0;
    if (run >= 4) return true;
  }
  return false;
}

/**
 * bg-copyright: a whole text of someone else copied in ("integraal overgenomen", "hieronder
 * het hele artikel"), song lyrics, or a very long quote. Quoting a sentence with its source
 * is citaatrecht; own and public-domain songs give nothing.
 */
export default defineRule({
  id: 'copyrightText',
  article: 'bg-copyright',
  severity: 'warning',
  detect(ctx) {
    const { view } = ctx;
    const extra = ctx.lexicon('copyrightText', ['integraal overgenomen']);
    // Cheap substring gate: every built-in pattern needs one of these.
    if (!has(view, GATE) && !has(view, extra)) return [];
    if (has(view, ctx.lexicon('copyrightTextFree', OWN_OR_FREE))) return [];
    const notLinked = (m: NormMatch): boolean =>
      !LINKED.test(view.norm.slice(Math.max(0, m.start - 30), m.start));
    const whole = findAll(view, WHOLE_TEXT).find(notLinked) ?? findAll(view, extra).find(notLinked);
    if (whole) return [{ span: rawSpan(view, whole) }];
    const lyrics = findAll(view, LYRICS).find((m) => bodyFollows(view.norm, m.end));
    if (lyrics) return [{ span: rawSpan(view, lyrics), variant: 'lyrics' }];
    for (const m of view.raw.matchAll(QUOTED)) {
      if ((m[1]!.match(WORD)?.length ?? 0) > LONG_QUOTE_WORDS) {
        return [
          {
            span: { start: m.index, end: m.index + m[0].length },
            severity: 'info',
            variant: 'longQuote',
          },
        ];
      }
    }
    if (has(view, MUSIC) && hasVerseLayout(view.raw)) {
      return [{ severity: 'info', variant: 'lyrics' }];
    }
    return [];
  },
});
