import { individualsIn } from '../detectors/individuals';
import { has, type Range } from '../text/match';
import { LETTER } from '../detectors/latin';
import { clamp, firstStartingAt, normIndexAt, sentenceIndexAt } from '../text/ranges';
import type { Span } from '../types';
import { defineRule } from './types';

// A Dutch postcode, upper-case letters on the raw text: "2024 en" or "1000 km" are not
// postcodes. SA, SD and SS are never issued.
const POSTCODE = new RegExp(
  `(?<![${LETTER}0-9])[1-9]\\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![${LETTER}0-9])`,
  'gu',
);
// A house number after a space ("12", "12a", "12-b"); the word before it is checked for a
// street suffix afterwards. Starting from the numbers keeps long drafts cheap.
const HOUSE_NUMBER = new RegExp(
  `(?<=[${LETTER}'-]\\s{1,3})\\d{1,4}(?:\\s?-?\\s?[a-zA-Z](?![${LETTER}]))?(?![${LETTER}0-9]|[.,]\\d)`,
  'gu',
);
const WORD_BEFORE = new RegExp(`[${LETTER}][${LETTER}'-]{1,40}\\s{1,3}$`, 'u');
const STREET_SUFFIX =
  /(?:straat|straatje|laan|weg|plein|kade|singel|gracht|dijk|dyk|pad|hof|dreef|steeg|park|erf|veld|wal|markt|ring|baan|akker|hoek|stede|plantsoen|boulevard|allee|wei|weide|hout|zoom|kamp|hage|haven|plaats|polder|horst|lei|oord|brink|gaarde|tuin|werf|bos|wijk|stins|terp|laene|wei|loane|wyk|reed|buorren)$/iu;
// "de snelweg 2 uur", "het plein 3 keer rond": a number with a unit is no house number.
const UNIT_AFTER =
  /^\s*(?:uur|u|km|kilometer|meter|m|minuten|min|keer|x|dagen|weken|jaar|euro|procent|%|kinderen|leerlingen|personen|rondes|rondjes)(?![\p{L}])/iu;

// Say outright that it is where someone lives.
const PRIVATE_CUES = [
  'woont',
  'woonde',
  'wonen',
  'woon',
  'woonachtig',
  'thuisadres',
  'woonadres',
  'huisadres',
  'priveadres',
  'adres van',
  "(zijn|haar|hun|z'n|mijn|m'n) adres",
  "(zijn|haar|hun|z'n) huis",
  'verhuisd naar',
  'verhuist naar',
  'verhuizen naar',
  '(nieuwe|nieuw) adres',
  'huisnummer',
  'lives at',
  'home address',
  'moved to',
  '(his|her|their) address',
  '(his|her|their) house',
];
// Point at a home only together with a person: "stuur Daan een kaartje", "bij Sem thuis".
const PERSON_CUES = [
  'thuis',
  'kaart(je|jes|en)?',
  'beterschapskaart(je|jes|en)?',
  'condoleancekaart(je|jes|en)?',
  'verjaardagskaart(je|jes|en)?',
  'langs(gaan|komen|brengen)?',
  'bezoek(je)?',
  'opzoeken',
  'card(s)?',
  'at home',
];
// Places where an address belongs to a venue, an event or the school itself.
const VENUE_CUES = [
  'sportpark',
  'sporthal',
  'sportveld',
  'sportvelden',
  'bibliotheek',
  'museum',
  'vindt plaats',
  'locatie',
  'kerk',
  'buurthuis',
  'dorpshuis',
  'wijkcentrum',
  'gymzaal',
  'zwembad',
  'theater',
  'camping',
  'kinderboerderij',
  'speeltuin',
  'schoolgebouw',
  'verzamelen',
  'ingang',
  'parkeren',
  'open dag',
  'winkel',
  'kantoor',
  'restaurant',
  'zaal',
  '(onze|de) school (is|zit|staat|gaat|verhuist)',
  // "het adres van school is Brinkweg 3" (w12 clean reply, 2026-12).
  '(het )?adres van (de |onze )?school',
  'administratie',
  '(we|wij) (zijn|zitten|gaan) (verhuisd|nu|vanaf)',
  'zijn (we|wij) verhuisd',
  'nieuwe (locatie|school|schoolgebouw|gebouw)',
  'ophaalpunt',
  'inleveren',
  'inzamelpunt',
  'afgeven',
  'venue',
  'location',
];

/** Art. 3: a home address (street and number, postcode) tied to a private person. */
export default defineRule({
  id: 'confidentialAddress',
  article: '3',
  alsoArticles: ['bg-privacy'],
  severity: 'warning',
  detect(ctx) {
    const { view, policy } = ctx;
    const candidates = addressSpans(view.raw);
    if (candidates.length === 0) return [];
    const privateCue = ctx.lexicon('confidentialAddress', PRIVATE_CUES);
    const personCue = ctx.lexicon('confidentialAddressPerson', PERSON_CUES);
    const venueCue = ctx.lexicon('confidentialAddressVenue', [
      ...VENUE_CUES,
      policy.school.name,
      ...policy.school.aliases,
    ]);
    const schoolAddresses = policy.publicContacts.addresses.map(flat);
    return candidates
      .filter((c) => !schoolAddresses.some((a) => a.includes(flat(view.raw.slice(c.start, c.end)))))
      .filter((c) => {
        const at = Math.min(normIndexAt(view, c.start), Math.max(0, view.norm.length - 1));
        const to = normIndexAt(view, c.end);
        // Cues near the address, whatever the sentences: "… adres van juf Iris is Lindelaan
        // 14. Stuur haar een kaartje!". Bounded windows keep long drafts linear.
        const near: Range = {
          start: Math.max(0, at - 100),
          end: Math.min(view.norm.length, to + 80),
        };
        const sentence = clamp(
          ctx.sentences[sentenceIndexAt(ctx.sentences, at)] ?? near,
          at,
          to,
          150,
          100,
        );
        if (has(view, venueCue, sentence.start, sentence.end)) return false;
        if (has(view, privateCue, near.start, near.end)) return true;
        return has(view, personCue, near.start, near.end) && individualsIn(ctx, near).length > 0;
      })
      .map((span) => ({ span }));
  },
});

const flat = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Street + number and/or postcode, merged when they stand together. */
function addressSpans(raw: string): Span[] {
  const spans: Span[] = [];
  if (!/\d/u.test(raw)) return spans;
  for (const m of raw.matchAll(HOUSE_NUMBER)) {
    const word = WORD_BEFORE.exec(raw.slice(Math.max(0, m.index - 45), m.index));
    if (!word || !STREET_SUFFIX.test(word[0].trimEnd())) continue;
    const end = m.index + m[0].length;
    if (UNIT_AFTER.test(raw.slice(end, end + 12))) continue;
    spans.push({ start: m.index - word[0].length, end });
  }
  const postcodes: Span[] = [];
  for (const m of raw.matchAll(POSTCODE)) {
    const span = { start: m.index, end: m.index + m[0].length };
    // Streets are sorted: only the last one before the postcode can be its street.
    const street = spans[firstStartingAt(spans, span.start) - 1];
    const joined = street && span.start >= street.end && span.start - street.end <= 3;
    if (joined) street.end = span.end;
    else postcodes.push(span);
  }
  return [...spans, ...postcodes].sort((a, b) => a.start - b.start);
}
