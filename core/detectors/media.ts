import { platforms } from '../platforms';
import type { RuleContext } from '../rules/types';
import { windowOf } from './ranges';
import { WB_END, WB_START, findAll, has, type NormMatch, type Range } from '../text/match';

// Shared signals of the images/copyright/privacy group (art. 10, 11, bg-copyright,
// bg-privacy). Lexicons go through ctx.lexicon so a school's pack can add words; each list is
// matched on the norm view. `['’]` accepts both apostrophes: NFKC keeps the curly one.

/** Words that say people (pupils, staff, parents) are in the picture. */
/** School events (NL and EN), shared by the person cues here and by mediaMention. */
export const SCHOOL_EVENTS = [
  'sportdag',
  'schoolreis(je)?',
  'schoolkamp',
  'kamp',
  '(eind|kerst|afscheids|school)?musical',
  'koningsspelen',
  'kerstviering',
  'kerstdiner',
  'paasontbijt',
  'carnaval',
  'voorleeswedstrijd',
  'schoolvoetbal',
  'avondvierdaagse',
  'lampionnenoptocht',
  'juffendag',
  'meesterdag',
  'schoolfeest',
  'sports day',
  'school trip',
  'field trip',
  'school (play|show|concert|musical|performance)',
  '(christmas|nativity|end of year) (play|show|concert)',
];

export const PERSON_CUES = [
  'kinderen',
  'kind',
  'kindje(s)?',
  'leerling(en)?',
  'leerlingetje(s)?',
  'kleuter(s)?',
  'kleutertje(s)?',
  'peuter(s)?',
  'klas',
  'klasje',
  "(groeps|klassen)foto(s|['’]s)?",
  "teamfoto(s|['’]s)?",
  'groep [1-8][a-d]?',
  'groepen [1-8]',
  '(group|year|grade|class) [1-8]',
  'jongens',
  'meiden',
  'meisjes',
  'kids',
  'kanjers',
  'toppers',
  'schatjes',
  'team',
  'ons team',
  'teamleden',
  "collega(s|['’]s)?",
  'juf',
  'juffen',
  'meester',
  'meesters',
  'leerkracht(en)?',
  'stagiair(e|es|s)?',
  'ouders',
  'hulpouders',
  'vrijwilligers',
  'op de foto',
  'vlnr',
  'selfie',
  // School events: their photos nearly always show the children.
  ...SCHOOL_EVENTS,
  'sinterklaas(feest|viering)?',
  'optreden',
  'excursie',
  'children',
  'pupils',
  'students',
  'my class',
  'our class',
  'the class',
  'staff',
  'colleagues',
  'teachers?',
  'parents',
];

/** Words that say the picture is a thing, not people: a screenshot, a form, a drawing… */
export const NON_PHOTO_CUES = [
  'screenshot(s)?',
  'schermafbeelding',
  'formulier(en)?',
  '(les|week|dag|gym|jaar|taak|pauze)?rooster',
  'scan(s)?',
  'poster(s)?',
  'flyer(s)?',
  'affiche(s)?',
  'folder',
  'brief',
  'nieuwsbrief',
  'uitnodiging',
  'jaarkalender',
  'kalender',
  'menu',
  'cartoon',
  'meme',
  'quote',
  'plaatje',
  'illustratie',
  'infographic',
  'grafiek',
  'tekening(en)?',
  'tekeningetje(s)?',
  'kleurplaat(en)?',
  'werkblad(en)?',
  'werkboek(en)?',
  'pdf',
  'boek(en)?',
  'boekje(s)?',
  '(voor)?leesboek(en)?',
  'prentenboek(en)?',
  'gebouw',
  'schoolgebouw',
  'lokaal',
  'klaslokaal',
  'lokalen',
  'lunch',
  'taart',
  'traktatie(s)?',
  'knutselwerk(en|jes)?',
  'knutsels',
  'werkstuk(ken)?',
  'kunstwerk(en)?',
  'schilderij(en)?',
  'moestuin',
  'logo',
  'plattegrond',
  'vacature(s)?',
  'whiteboard',
  'digibord',
  'teamkamer',
  'personeelskamer',
  'staff ?room',
  'teachers( )?lounge',
  'prikbord',
  'the building',
  'worksheet',
  'drawing(s)?',
];

/** Words that say consent was checked or that nobody is recognisable. */
export const CONSENT_MARKERS = [
  'toestemming',
  'beeldtoestemming',
  'zonder (kinderen|leerlingen|kids|gezichten|gezichtjes)',
  '(geen|niet) (herkenbare )?(kinderen|leerlingen|kids|gezichten|gezichtjes) (in beeld|herkenbaar|op de foto)',
  'alleen (de )?(handen|handjes|voeten|voetjes|ruggen|ruggetjes)',
  'onherkenbaar',
  'van achteren',
  'op de rug',
  'gezicht(en|jes)? (geblurd|vervaagd|wazig|weggewerkt|bedekt|afgeplakt|onherkenbaar)',
  'geblurd',
  'vervaagd',
  'consent',
  'permission',
  'faces blurred',
  'from behind',
  // Asked and agreed, as people say it: "iedereen vond het goed", "ouders gevraagd".
  '(iedereen|allemaal|alle ouders|de ouders|ze|zij|hij) (op de foto )?(vond|vonden|vindt|vinden) (het|dat) (goed|prima|oke|ok)',
  "(heb|hebben) (de |alle )?(andere )?(ouders|iedereen|collega's|het team) (in de groepsapp |eerst |even |allemaal )?gevraagd",
  'ik heb (het )?(eerst |even |iedereen |alle ouders )?gevraagd',
  'ik vraag (het )?(gewoon )?(even |eerst )?(aan|na)',
  'vraag ik (het )?(eerst |even )?(aan|na)',
  'geen (kinderen|kindjes|kinderen|leerlingen|kids|gezichten) in beeld',
  'alleen (hij|zij|ik|mijn zoon|mijn dochter|mijn eigen kind|mijn kind|mijn gezicht|mijn wanhopige gezicht) (in beeld|erop|op de foto)',
  '(eraf|weg|uit) geknipt',
  'bijgesneden',
  'everyone (agreed|was fine|said yes|okayed)',
  'asked (the )?(parents|everyone)',
];

// "zonder toestemming", "geen toestemming": the opposite of a consent marker.
const NO_CONSENT =
  /(?:zonder|geen|niet|no|without)\s+(?:\S+\s+)?(?:toestemming|consent|permission)/u;

// From the platform data (core/platforms/*: `postIsVideo`), not a list kept here.
const VIDEO_PLATFORMS: ReadonlySet<string> = new Set(
  platforms.filter((p) => p.postIsVideo).map((p) => p.id),
);

/** An image or video goes out with this post (attached, or a video platform's own post). */
export function hasVisualMedia(ctx: RuleContext): boolean {
  const { draft } = ctx;
  if (draft.hasMedia) return true;
  // On a video platform the post is the video; a comment under one (a reply) is not.
  return !draft.isReply && VIDEO_PLATFORMS.has(draft.platform);
}

// "Tip voor collega's", "een knutsel voor groep 3": people addressed or served, not shown.
const ADDRESSED_BEFORE =
  /(?:^|[^\p{L}])(?:voor|aan|naar|for|to)\s+(?:alle\s+|de\s+|onze\s+|all\s+|the\s+|our\s+)?$/u;

// "geen kinderen op de foto": a cheap look back (isNegated would re-tokenise the sentence).
const NEGATED_BEFORE =
  /(?:^|[^\p{L}])(?:geen|niet|nooit|no|not|without)(?:\s+[\p{L}\p{N}'’-]+){0,2}\s+$/u;

/** People in the picture: pupils, staff, parents, school events (norm matches, not negated). */
export function personCues(ctx: RuleContext): NormMatch[] {
  return ctx.memo('media.personCues', () =>
    findAll(ctx.view, ctx.lexicon('photoPersonCues', PERSON_CUES)).filter((m) => {
      const before = ctx.view.norm.slice(Math.max(0, m.start - 30), m.start);
      return !NEGATED_BEFORE.test(before) && !ADDRESSED_BEFORE.test(before);
    }),
  );
}

// A room named as where someone is ("collega Mark slaapt in de personeelskamer") is the
// setting of a picture of people, not a picture of the room.
const PLACE =
  /^(?:schoolgebouw|gebouw|lokaal|klaslokaal|lokalen|teamkamer|personeelskamer|moestuin|staff ?room|teachers ?lounge)$/u;
const LOCATIVE_BEFORE =
  /(?:^|[^\p{L}])(?:in|op|bij|uit|door|naar|at|into)\s+(?:de|het|ons|onze|mijn|the|our|my)?\s*$/u;

/** The picture is a document, drawing, object or building. */
export function hasNonPhotoCue(ctx: RuleContext): boolean {
  return ctx.memo('media.nonPhoto', () =>
    findAll(ctx.view, ctx.lexicon('photoNonPhotoCues', NON_PHOTO_CUES)).some(
      (m) =>
        !PLACE.test(m.text) ||
        !LOCATIVE_BEFORE.test(ctx.view.norm.slice(Math.max(0, m.start - 12), m.start)) ||
        // Someone must be named before the room: "in the staff room" alone is the room.
        !personCues(ctx).some((p) => p.end <= m.start - 4),
    ),
  );
}

/** Words that say a person was photographed unawares or to be laughed at. */
export const COVERT_CUES = [
  'betrapt',
  'stiekem (gefotografeerd|gefilmd|vastgelegd|een foto|een filmpje|gekiekt)',
  'zonder dat (hij|zij|ze) het (door had|doorhad|wist|merkte|zag)',
  'caught (him|her|them|sleeping|napping|red-handed)',
  'sneaky (photo|pic|shot)',
];
// Asleep on camera: said of an adult ("onze juf Anouk slaapt in de bus"), not of a pet or
// of toddlers at rest time, which the consent reminder already covers.
const ASLEEP = [
  '(ligt|lag|zit|zat) te (slapen|snurken|pitten|maffen)',
  'in slaap gevallen',
  'valt (bijna )?in slaap',
  'slaapt',
  'snurkt',
  'slapend',
  'asleep',
  'fell asleep',
  'napping',
];
const ADULT_BEFORE =
  /(?:^|[^\p{L}])(?:collega|juf|meester|directeur|directrice|stagiair(?:e)?|invaller|conciërge|concierge|colleague|teacher|principal|head)(?![\p{L}])/u;

/** The caption says someone was caught on camera unawares (norm matches). */
export function covertCues(ctx: RuleContext): NormMatch[] {
  return ctx.memo('media.covert', () => {
    const { view } = ctx;
    const asleep = findAll(view, ctx.lexicon('photoAsleepCues', ASLEEP)).filter((m) => {
      const sentence = windowOf(ctx, m.start, 0);
      return ADULT_BEFORE.test(view.norm.slice(Math.max(sentence.start, m.start - 80), m.start));
    });
    return [...findAll(view, ctx.lexicon('photoCovertCues', COVERT_CUES)), ...asleep].sort(
      (a, b) => a.start - b.start,
    );
  });
}

/** The draft says consent was checked, or nobody is recognisable (in `range`, or anywhere). */
export function hasConsentMarker(ctx: RuleContext, range?: Range): boolean {
  const markers = ctx.memo('media.consent', () => {
    const re = ctx.lexicon('photoConsentMarkers', CONSENT_MARKERS);
    return findAll(ctx.view, re).filter(
      (m) => !NO_CONSENT.test(ctx.view.norm.slice(Math.max(0, m.start - 16), m.end)),
    );
  });
  if (!range) return markers.length > 0;
  return markers.some((m) => m.start >= range.start && m.end <= range.end);
}

/** The sentence around `pos` widened by `neighbours` sentences (see ranges.ts). */
export const windowAround = windowOf;

/** Images, photos and videos named in the text (norm matches). */
export const MEDIA_NOUNS = [
  "foto(s|['’]s)?",
  'fotootje(s)?',
  "(groeps|klassen)foto(s|['’]s)?",
  'fotoboek(je)?',
  'fotoalbum',
  'fotoserie',
  'fotocollage',
  "foto(-| )?(en|&) ?(video|film)(s|['’]s)?",
  'kiekje(s)?',
  'filmpje(s)?',
  "video(s|['’]s)?",
  'vlog(s)?',
  'beeldmateriaal',
  'beelden',
  'aftermovie',
  'reel(s)?',
  'livestream',
  'photo(s)?',
  'picture(s)?',
  'pics',
  'footage',
];

/** Media nouns in the draft, memoised. */
export function mediaNouns(ctx: RuleContext): NormMatch[] {
  return ctx.memo('media.nouns', () => findAll(ctx.view, ctx.lexicon('mediaNouns', MEDIA_NOUNS)));
}

/**
 * Compiles hand-written regex sources (bounded gaps only) into one global, whole-word regex
 * over the norm view: for patterns a lexicon entry cannot express ("van <name>", "#tag").
 */
export function phrases(sources: readonly string[]): RegExp {
  return new RegExp(`${WB_START}(?:${sources.join('|')})${WB_END}`, 'gu');
}

/** A photo or video noun as a regex source (both apostrophes). */
export const PIC = String.raw`(?:foto(?:s|['’]s)?|fotootje(?:s)?|filmpje(?:s)?|video(?:s|['’]s)?|beelden|kiekje(?:s)?|plaatjes|pics|photos|pictures|videos|shots|snaps|footage|clips?)`;

const PEOPLE = String.raw`(?:kinderen|kids|kindjes|leerlingen|leerlingetjes|kleuters|klas|groep\s+[1-8][a-d]?|group\s+[1-8]|class|pupils|children|students|jongens|meiden|meisjes|team|collega['’]?s|colleagues)`;
// The text says the picture shows people: "filmpje van mijn groep 3", "onze leerlingen
// tijdens de Koningsspelen", "v.l.n.r.". Then a thing in the caption ("een boekje", "hun
// werkstuk") is what they hold, not what the picture is of.
const DEPICTS = phrases([
  String.raw`${PIC}\s+(?:van|met|of|featuring)(?:\s+(?:de|onze|mijn|alle|our|my|the|all))?\s+${PEOPLE}`,
  String.raw`(?:onze|mijn|de|our|my|the)\s+${PEOPLE}\s+(?:tijdens|bij|in\s+actie|aan\s+het|op\s+het\s+podium|op\s+de\s+foto|performing|showing|proudly|in\s+hun|met\s+hun|with\s+their|at\s+the|during)`,
  String.raw`vlnr|van\s+links\s+naar\s+rechts|from\s+left\s+to\s+right`,
]);

/** The caption says the picture shows people (not only things). */
export function depictsPeople(ctx: RuleContext): boolean {
  return ctx.memo('media.depicts', () => has(ctx.view, DEPICTS));
}
