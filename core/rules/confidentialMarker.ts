import { findAll, rawSpan } from '../text/match';
import { mentionsSchoolIn } from '../detectors/context';
import { defineRule, type RuleContext } from './types';

// Forms, not stems: a stemmer would also catch "vertrouwen" and "vertrouwenspersoon".
const MARKERS = [
  'vertrouwelijk(e|heid)?',
  'strikt vertrouwelijk',
  'confidential',
  'intern memo',
  'interne (mail|memo|informatie|info|notitie)',
  'alleen intern',
  'niet (door)?sturen',
  'niet doorsturen',
  'niet (verder )?(delen|vertellen)',
  'niet naar buiten brengen',
  'onder ons',
  'off the record',
  'embargo',
  'nog niet officieel',
  'nog niet bekend(gemaakt)?',
  'zeg het tegen niemand',
  "please don't forward",
  'do not forward',
  'do not share',
  'internal only',
  'geheim',
];

// "de klas niet delen" (splitting a class), "niet delen door nul", "vertrouwelijk omgaan met
// gegevens" (a tip about confidentiality), "vertrouwelijkheid" as a topic: not a marker.
const NOT_A_MARKER =
  /(klas|groep|getal|nul|taart)\s+niet\s+delen|niet\s+delen\s+door|(?:stemden|stemmen|stemt|stemde|stem)\s+(?:\p{L}+\s+)?geheim|geheime\s+stemming|vertrouwelijke?\s+(om\s|om$|omgaan|behandel)|vertrouwelijkheid/u;
// A promise of confidentiality to readers, not a label on the post: "alles wat je zegt blijft
// vertrouwelijk", "neem vertrouwelijk contact op", "gratis en vertrouwelijk", "everything is
// confidential" (clean drafts of the outside writers, tests/corpus/train, 2026-12: the
// school social worker, the CLB, Stichting Leergeld).
const ASSURANCE =
  /(?:alles|wat\s+(?:je|jij|u|jullie)\s+\p{L}+|gesprekken|het\s+gesprek|uw\s+(?:gegevens|verhaal))\s+(?:\p{L}+\s+){0,3}(?:blijft|blijven|wordt|worden|is)\s+(?:altijd\s+|strikt\s+|natuurlijk\s+|gewoon\s+)?vertrouwelijk|(?:gratis|kosteloos|anoniem)\s+en\s+vertrouwelijk|vertrouwelijk\s+en\s+(?:gratis|kosteloos|anoniem)|vertrouwelijk\s+(?:contact|doorgeven|melden|bespreken|laten\s+weten|aangeven|terecht|een\s+gesprek)|(?:vraag|vraagt|vragen|bespreek|bespreekt|meld|meldt|kunt\s+u|kun\s+je)\s+(?:het\s+|dit\s+|gerust\s+|altijd\s+){0,2}vertrouwelijk|(?:everything|all|conversations|talks|sessions)\s+(?:\p{L}+\s+){0,4}(?:is|stays|remains|are|stay|remain)\s+(?:kept\s+|strictly\s+|always\s+)?confidential|in\s+confidence/u;
// The confidential counsellor's service described ("heeft u een vertrouwelijk probleem, dan
// kunt u bij de vertrouwenspersoon terecht"): the word names the kind of matter, not this post.
// Also in English: "please contact our confidential adviser" (w15 clean draft, 2026-12-03).
const COUNSELLOR =
  /vertrouwensperso(?:on|nen)|vertrouwensinspecteur|schoolmaatschappelijk|maatschappelijk\s+werk|klachtenregeling|\(vertrouwelijk\)|confidential\s+(?:advis[eo]rs?|counsell?ors?|contact\s+person|helpline|hotline|line|reporting)/u;
const ASSURED_MARKER = /^(?:vertrouwelijke?|confidential)$/u;
// "Dit bericht klopt niet, de politie heeft het ontkracht. Niet doorsturen": advice about a
// hoax, not a label on the post.
const HOAX =
  /klopt\s+niet|nep|hoax|fake|ontkracht|broodje\s+aap|niet\s+waar|satiris|bewerkt|nagezocht|geen\s+bron|geruchten?|rumou?rs?|speculeer|speculeren|speculate/u;
// "Er circuleert een filmpje van een ruzie … Wij vragen u dit niet verder te delen", "in de
// groepsapps gaan namen rond … niet doorsturen": asking readers to stop spreading what goes
// round, not a label on the post (clean drafts of the outside writers w1, w2, w7, w9, w19,
// tests/corpus/train, 2026-12).
const CIRCULATING =
  /circuleert|circuleren|(?:gaat|gaan)\s+(?:\p{L}+\s+){0,5}rond(?![\p{L}])|rondgaat|rondgaan|deelde\s+iemand|maakt\s+filmpjes|going\s+round|going\s+around|doing\s+the\s+rounds/u;
// Policy on what is shared: "wat we wel en niet delen", "dat ouders dit beeldmateriaal niet
// delen" (a school guide, c1 real texts), a promise that something stays confidential.
const POLICY_ON_SHARING =
  /wel\s+en\s+niet\s+delen|(?:beeldmateriaal|beelden|foto's|filmpjes?|video's|gegevens)\s+niet\s+(?:delen|verspreiden)|(?:houden|houd|behandelen|behandeld)\s+(?:\p{L}+\s+){0,3}vertrouwelijk|(?:plan|dossier|gesprek|informatie|gegevens|vergadering|vergaderingen|agendapunt|agendapunten)\s+(?:\p{L}+\s+){0,2}(?:blijft|blijven|is|zijn|wordt|worden)\s+(?:altijd\s+|strikt\s+)?vertrouwelijk|(?:gesprek|gesprekken|vergadering|vergaderingen|agendapunt|agendapunten|informatie|gegevens)\s+(?:altijd\s+|strikt\s+)?vertrouwelijk\s+(?:is|zijn|blijft|blijven|wordt|worden)/u;
const PASS_ON = /^niet\s+(?:door)?(?:sturen|delen)$|^niet\s+verder\s+delen$/u;
// "Vertrouwelijk: er staat taart in de teamkamer 🤫", "Geheim van de juffenkamer: de
// appeltaart van meester Hans": a mock secret about a treat (w12 clean drafts, 2026-12).
const MOCK_SECRET =
  /(?<![\p{L}])(?:taart|appeltaart|gebak|traktatie|koekjes?|cake|snoep|bonbons|chocola|recept)(?![\p{L}])/u;
// "Niet vertellen aan juf Anouk, het is een verrassing!": a surprise party, not a secret.
const SURPRISE = /verrass|surprise/u;
// Labels that say outright that the text is confidential: a stop (catalogue A3-CONF-MARKER).
const LABEL =
  /^(?:strikt\s+)?vertrouwelijke?$|^confidential$|^niet\s+doorsturen$|^(?:please\s+don't|do\s+not)\s+forward$|^geheim$/u;

/** Art. 3: words that label the content as confidential. */
export default defineRule({
  id: 'confidentialMarker',
  article: '3',
  severity: 'warning',
  detect(ctx) {
    const { view } = ctx;
    const re = ctx.lexicon('confidentialMarker', MARKERS);
    return findAll(view, re)
      .filter((m) => !NOT_A_MARKER.test(view.norm.slice(Math.max(0, m.start - 12), m.end + 10)))
      .filter((m) => !isQuotedTitle(view.norm, m))
      .filter((m) => !isOrdinaryPhrase(view.norm, m))
      .filter((m) => !MOCK_SECRET.test(view.norm.slice(m.start, m.end + 60)))
      .filter((m) => !SURPRISE.test(view.norm.slice(Math.max(0, m.start - 80), m.end + 80)))
      .filter((m) => !privateLifeAdjective(ctx, m))
      .filter(
        (m) =>
          !(
            ASSURED_MARKER.test(m.text) &&
            (ASSURANCE.test(view.norm.slice(Math.max(0, m.start - 60), m.end + 30)) ||
              COUNSELLOR.test(view.norm))
          ),
      )
      .filter(
        (m) => !(PASS_ON.test(m.text) && (HOAX.test(view.norm) || CIRCULATING.test(view.norm))),
      )
      .filter((m) => !POLICY_ON_SHARING.test(view.norm.slice(Math.max(0, m.start - 60), m.end + 8)))
      .map((m) => ({
        span: rawSpan(view, m),
        severity: LABEL.test(m.text) ? ('stop' as const) : ('warning' as const),
      }));
  },
});

// "Het vertrouwelijke gesprek met mijn kapper": the word describes something in one's
// private life, and nothing in the draft is about school: not a school secret.
const ATTRIBUTIVE_BEFORE =
  /(?:^|[^\p{L}])(?:het|een|de|dit|dat|ons|onze|mijn|m'n|zo'n|a|an|the|our|my)\s+$/u;

// "Vertrouwelijk advies van …": the adjective before a noun, not "vertrouwelijk hoor".
const ADJECTIVE = /^(?:vertrouwelijke?|confidential)$/u;
const NOUN_AFTER =
  /^ (?!(?:hoor|he|aub|svp|please|maar|dus|natuurlijk|graag|this|dit)(?![\p{L}]))\p{L}{3}/u;

function privateLifeAdjective(
  ctx: RuleContext,
  m: { start: number; end: number; text: string },
): boolean {
  const { view } = ctx;
  const attributive =
    ATTRIBUTIVE_BEFORE.test(view.norm.slice(Math.max(0, m.start - 8), m.start)) ||
    (ADJECTIVE.test(m.text) && NOUN_AFTER.test(view.norm.slice(m.end, m.end + 14)));
  if (!attributive) return false;
  return !mentionsSchoolIn(ctx, { start: 0, end: view.norm.length });
}

/** "Het geheim van de smid" in quotes is a book title, not a label. */
function isQuotedTitle(norm: string, m: { start: number; end: number }): boolean {
  const before = norm.slice(Math.max(0, m.start - 20), m.start);
  const after = norm.slice(m.end, m.end + 40);
  return /["“'‘][^"“”'‘’]*$/.test(before) && /^[^"“”'‘’]*["”'’]/.test(after);
}

// "de sportievelingen onder ons": a group, not a label. A label stands on its own or after
// a softener ("even onder ons", "dit blijft onder ons").
const ONDER_ONS_LABEL =
  /(?:^|[.!?:;,\n(]\s*|(?:^|[^\p{L}])(?:even|maar|puur|strikt|gewoon|helemaal|blijft|blijven|houden|hou|houd|houdt|dit|dat|het|wel|echt|alleen|nou|heel|tussen)\s+)$/u;
// "het geheim van een rustige klas?", "mijn geheim: complimenten": a trick, not a label.
const GEHEIM_TRICK_BEFORE =
  /(?:^|[^\p{L}])(?:het|een|mijn|m'n|ons|onze|jouw|je|hun|the|my|our)\s+$/u;
const GEHEIM_TRICK_AFTER = /^\s*(?:van|achter|voor|om|is|ligt|zit|[?:])/u;

/** Everyday phrases that share words with a label: "onder ons", "geheim", "nog niet bekend". */
function isOrdinaryPhrase(norm: string, m: { start: number; end: number; text: string }): boolean {
  const before = norm.slice(Math.max(0, m.start - 20), m.start);
  const after = norm.slice(m.end, m.end + 20);
  if (/^onder\s+ons$/u.test(m.text))
    return !ONDER_ONS_LABEL.test(before) && !/^\s+gezegd/u.test(after);
  if (m.text === 'geheim') {
    // "in het diepste geheim wierp Nicolaas …": the adverb "secretly", in a story.
    if (/(?:^|[^\p{L}])in\s+(?:het\s+)?(?:diepste\s+|grootste\s+)?$/u.test(before)) return true;
    // "Het is geen geheim dat ik Ajax-fan ben": the idiom says the opposite of a secret.
    if (/(?:^|[^\p{L}])geen\s+$/u.test(before) && /^\s+(?:dat|meer)(?![\p{L}])/u.test(after))
      return true;
    return GEHEIM_TRICK_BEFORE.test(before) && GEHEIM_TRICK_AFTER.test(after);
  }
  // "de uitslag is nog niet bekend, spannend!" is news to come; "…, maar juf X stopt" is not.
  // "Ik heb mijn keuze gemaakt, maar ik ga niet vertellen welke": keeping one's own answer.
  if (/vertellen$/u.test(m.text) && /^\s+(?:welke|wat|wie|hoe|waar|waarom)(?![\p{L}])/u.test(after))
    return true;
  if (/^nog\s+niet\s+bekend$/u.test(m.text)) return !/^[\s,]{0,3}maar(?![\p{L}])/u.test(after);
  return false;
}
