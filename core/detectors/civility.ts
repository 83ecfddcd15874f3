import { anyOverlap } from '../text/ranges';
import type { RuleContext } from '../rules/types';
import { lexicon, type NormMatch, type Range } from '../text/match';
import { isQuoted, sentenceOf, windowOf as sentenceWindow } from './ranges';
import {
  clauseBefore,
  inHyphenCompound,
  memoFind,
  negatedInClause,
  nextWord,
  scan,
} from './clauses';
import { insultHits } from './insults';
import { mentionsSchoolIn, nameMentions, individualIn } from './context';

// Shared signals of the civility group (art. 4 and bg-civility): clause-bounded negation,
// quotes, the negative-polarity lexicon, school targets, directed insults and hostility.
// Pure; every list that a school may want to extend goes through ctx.lexicon.

/** A norm range with the strength of the evidence behind it. */
export type Hit = NormMatch & { strong: boolean };

// ---------------------------------------------------------------------------------------
// Hostile emoji

/** Emoji of irritation or contempt (🙄🤦😤😡🤬💩🖕👎😒). Emoji need no word boundary. */
export const HOSTILE_EMOJI = /🙄|🤦|😤|😡|🤬|💩|🖕|👎|😒|😠/gu;
/** Emoji that make an angry draft a threat more likely. */
export const ANGER_EMOJI = /😡|🤬|😤|👊|🔪|💣|🖕|😠/gu;
/** Laughing or winking: a threat-like phrase is probably a joke between friends. */
export const JOKE_CUE = /😂|🤣|😜|😝|😉|😆|😄|\bhaha|\bhihi|\bgrapje|\blol\b|\bjk\b/u;
/** Warm, sincere emoji and words. */
export const WARM_CUE =
  /🎉|🥳|😊|😀|😃|😁|😄|😍|🥰|❤|💛|💙|💚|🧡|💜|🤗|👍|🌞|☀|✨|🌟|(?<![\p{L}])(gezellig|genoten|trots|heerlijk|leuk|leuke|fijn|fijne|mooi|mooie|geweldig|geweldige|super|top|feest|dank|bedankt|lekker|blij|hoera|yes|great|love|fun|proud)(?![\p{L}])/u;

// ---------------------------------------------------------------------------------------
// Negative polarity (art. 4: "zich negatief uitlaten")

// Strong: an evaluation that is negative on its own. Inflections are written out (-e/-er/-st):
// a stemmer would merge unrelated words. "belachelijk leuk" is handled by POSITIVE_AFTER.
const STRONG_NEGATIVE = [
  'waardelo(os|ze|zer|ost|osheid)',
  'belachelijk(e|er|st|ste)?',
  'schandalig(e|er|st|ste)?',
  'schandelijk(e)?',
  'een schande',
  'bedroevend(e)?',
  'abominabel(e)?',
  'rampzalig(e)?',
  'een ramp',
  'een drama',
  'dramatisch slecht',
  'een aanfluiting',
  'een lachertje',
  'een schertsvertoning',
  'een poppenkast',
  'een puinhoop',
  'een zooitje',
  'puinzooi',
  'incompetent(e|er|ie)?',
  'onbekwa(am|me)',
  'onverantwoord(e|elijk|elijke)?',
  'onprofessioneel(e)?',
  'amateuristisch(e)?',
  'asocia(al|le|ler|len)',
  'onbeschoft(e|er)?',
  'respectlo(os|ze)',
  'onacceptabel(e)?',
  'ontoelaatba(ar|re)',
  'onaanvaardba(ar|re)',
  'walgelijk(e)?',
  'onzin',
  'flauwekul',
  'kletspraat',
  'gezeik',
  'gezever',
  'gelul',
  'lulkoek',
  'nonsens',
  'prutswerk',
  'knoeiwerk',
  'gepruts',
  'geklungel',
  'klungelig(e)?',
  'irritant(e|er|st)?',
  'ergerlijk(e)?',
  'erger me( dood| kapot| groen en geel| rot| wild)?',
  'ergernis',
  'frustrerend(e)?',
  'woedend(e)?',
  'pislink',
  'pissig',
  'laks(e)?',
  '(ben|zijn|was|waren|word|worden|wordt) het (zo |echt |helemaal |goed |zo ontzettend )?(zat|beu|spuugzat|kotsbeu|strontzat)',
  '(spuugzat|kotsbeu|strontziek)',
  // Hating one's work or school, and wishing it away ("kan me gestolen worden").
  "(ik )?haat (mijn|m['’]n|dit|deze|die|onze|ons|de hele|het hele) (werk|baan|job|school|collega(s|['’]s)?|directeur|directie|baas|team|leidinggevende|ouders|klas|groep)",
  "(een )?(enorme |grote |gruwelijke )?hekel aan (mijn|m['’]n|dit|deze|die|onze|ons|de hele|het hele) (werk|baan|job|school|collega(s|['’]s)?|directeur|directie|baas|team|leidinggevende|ouders)",
  '(kan|kunnen) (me|mij) (wat )?gestolen worden',
  '(kan|kunnen) (de pot op|doodvallen|de boom in|barsten|mijn rug op)',
  '(hate|hating) (my|this) (job|school|work|boss|colleagues|class)',
  'can go to hell',
  "(can['’]?t|cannot) stand",
  '(niet|nooit) (meer )?uitstaan',
  '(is|zijn|was|waren|echt|gewoon|compleet) gestoord',
  'niet (goed )?(snik|wijs)',
  // Resentful comparison with a colleague: "verdient meer terwijl ze minder uren draait".
  'terwijl (ze|hij|zij) (veel |een stuk |zoveel )?minder (uren )?(werkt|draait|doet|presteert)',
  'klaar mee',
  'genoeg is genoeg',
  'de druppel die de emmer',
  'snap(pen|t)? (er )?(echt |helemaal |totaal |gewoon |werkelijk )?(niks|niets|geen bal|geen hout|geen moer|geen snars) van',
  'begrijp(en|t)? (er )?(echt |helemaal |totaal |gewoon )?(niks|niets) van',
  '(kan|kunnen|bakt|bakken) er (echt |helemaal |gewoon |werkelijk )?(niks|niets|geen bal|geen moer|geen hout) van',
  "zonde van (mijn|m['’]n|onze|ons|je|de|hun) (tijd|geld)",
  'tijdverspilling',
  'geldverspilling',
  '(er )?(gewoon )?doorheen (drukken|duwen|gedrukt|geduwd|drukt)',
  'doordrukken',
  'luister(t|en) (gewoon |echt |nooit |totaal )?niet',
  'wordt (gewoon |echt |nooit |totaal )?niet (naar ons )?geluisterd',
  'geen (enkele )?inspraak',
  'zonder (enig |ook maar enig )?overleg',
  'over ons heen',
  '(niet|slecht) (goed |echt )?(doordacht|uitgedacht)',
  'ondoordacht(e)?',
  '(heeft|hebben) (echt |totaal |werkelijk |absoluut |gewoon )?geen (idee|benul|flauw idee)',
  'geen (fatsoen|respect|manieren)',
  'weten niet wat ze doen',
  'weet niet wat (hij|zij|ze) doet',
  'gaat nergens over',
  'slaat nergens op',
  'te gek voor woorden',
  'schaam je',
  'schaam jullie',
  'schaamtelo(os|ze)',
  'diep triest',
  'ridiculous',
  'pathetic',
  'useless',
  'incompetent',
  'unprofessional',
  'irresponsible',
  'disgrace(ful)?',
  '(is|what) a joke',
  'shambles',
  'clueless',
  '(is|are|was|were) (honestly |literally |just |simply |truly |really )?the worst',
  '(zero|no) respect',
  'fed up',
  'sick (and tired )?of',
  'nonsense',
  'disgusting',
];

// Weak: negative only as an evaluation of something ("de ouderavond was chaos", "domme
// ouders"), often neutral elsewhere ("slecht weer", "slecht slapen", "gezellige chaos").
const WEAK_NEGATIVE = [
  'slecht(e|er|ste)?',
  'beroerd(e)?',
  'belabberd(e)?',
  'dom(me|mer|st|ste)?',
  'stom(me|mer|st|ste)?',
  'achterlijk(e)?',
  'chao(s|tisch|tische)',
  'rommelig(e)?',
  'slordig(e)?',
  'lui(e)?',
  'verwend(e)?',
  'brutaal',
  'brutale',
  'saai(e)?',
  'triest(e)?',
  'treurig(e)?',
  'verschrikkelijk(e)?',
  'vreselijk(e)?',
  'afschuwelijk(e)?',
  'nutteloos',
  'nutteloze',
  'zinlo(os|ze)',
  'hopelo(os|ze)',
  'teleurgesteld (in|over)',
  'teleurstellend(e)?',
  '(bo[o]s|kwaad) (op|over)',
  'niet (zo |echt |erg |heel |bepaald |bijster )?(leuk|ok|oke|okay|netjes|professioneel|correct|respectvol|acceptabel|serieus|goed)',
  'kut',
  'klote',
  'k[*#]t',
  'kl[*#]te',
  'bagger',
  'shit',
  'crap',
  'terrible',
  'awful',
  'horrible',
  'stupid',
  'idiotic',
  'rude',
  'lazy',
  'a mess',
];

// An intensifier before a positive word: "belachelijk goed", "verschrikkelijk leuk".
const POSITIVE_AFTER = new Set(
  `goed leuk leuke mooi mooie lekker gezellig gezellige blij trots knap grappig snel veel vroeg
  goedkoop lief lieve fijn fijne hard sterk slim slimme enthousiast druk gaaf gave vet
  good nice funny cute proud happy`
    .split(/\s+/)
    .filter(Boolean),
);

// Nouns that weak words describe without judging anyone: weather, news, sleep, traffic.
const NEUTRAL_HEADS = lexicon([
  'weer',
  'weersvoorspelling',
  'nieuws',
  'bericht',
  'verkeer',
  'file(s)?',
  'wegen',
  'zicht',
  'nacht',
  'geslapen',
  'slapen',
  'slaap',
  'horen',
  'zien',
  'lezen',
  'eten',
  'gegeten',
  'humeur',
  'geweld',
  'gewoonte(s)?',
  'gevolgen',
  'ziekte',
  'verkoudheid',
  'griep',
  'wifi',
  'internet',
  'regen',
  'storm',
  'wind',
  'kou',
  'wolf',
  'heks',
  'weather',
  'news',
  'traffic',
]);

// Sympathy and grief: "verschrikkelijk nieuws", "vervelend voor de kinderen", "juf is ziek".
const SYMPATHY = lexicon([
  'ziek(e|te)?',
  'overleden',
  'overlijden',
  'verdriet(ig|ige)?',
  'sterkte',
  'ziekenhuis',
  'ongeluk(je)?',
  'gewond',
  'condoleance(s)?',
  'medeleven',
  'verlies',
  'rouw',
  'brand',
  'inbraak',
  'ingebroken',
  'beterschap',
  'herstel',
  'excuses',
  'sorry',
  'helaas',
  'jammer genoeg',
  'voor de kinderen',
  'voor iedereen',
]);

// Topics that negative words condemn in campaigns and lessons: "pesten is asociaal".
const CONDEMNED_TOPIC = lexicon([
  'pesten',
  'pestgedrag',
  'gepest',
  'discriminatie',
  'racisme',
  'geweld',
  'roken',
  'vapen',
  'zwerfafval',
  'afval',
  'plastic',
  'vandalisme',
  'bullying',
]);

// Education-SECTOR subjects: critique of these is article 2 (stance), not article 4.
const SECTOR = lexicon([
  'het onderwijs',
  'onderwijs(beleid|minister|bezuinigingen)',
  'minister',
  'kabinet',
  'den haag',
  'politiek',
  'ocw',
  'bezuiniging(en)?',
  'werkdruk',
  'lerarentekort',
  'salaris(sen)?',
  'verdienen',
  'cao',
  'passend onderwijs',
  'inspectie',
  'doorstroomtoets',
  'cito',
  'staking',
  'government',
]);

// A copula or verb of judging, then at most two words, before a predicative weak word:
// "was chaos", "vind het slecht", "zijn echt lui".
const COPULA_BEFORE =
  /(?<![\p{L}])(is|was|zijn|waren|wordt|werd|word|blijft|bleef|lijkt|leek|bleek|ben|bent|vind|vindt|vond|vonden|wat|zo['’]?n|zon|are|were|so|very)\s+(\p{L}+\s+){0,2}$/u;
// "ik vind het nieuwe beleid niet goed": a verb of judging anywhere earlier in the clause.
const JUDGING_VERB = /(?<![\p{L}])(vind|vindt|vond|vonden|find|found)(?![\p{L}])/u;
// Participles a weak adverb judges: "slecht geregeld", "rommelig georganiseerd".
const JUDGED_PARTICIPLE =
  /^\s*(geregeld|georganiseerd|gecommuniceerd|voorbereid|geleid|bereikbaar|verzorgd|aangepakt|opgelost|gepland|begeleid|ingericht|uitgelegd|organised|organized|managed|run|handled)(?![\p{L}])/u;
// Nouns a weak adjective judges when the sentence is about school: "slechte communicatie".
const JUDGED_NOUN =
  /^(communicatie|organisatie|planning|regel|regels|regeling|beslissing(en)?|besluit(en)?|beleid|keuze(s)?|afspraken|informatie|sfeer|leiding|aanpak|communication|organisation|organization|decisions?|planning|choices)(?![\p{L}])/u;
// Self-criticism is not criticism of the school: "ik was zo dom", "dom van mij".
const SELF_BEFORE =
  /(?<![\p{L}])(ik|i)\s+(ben|was|voel\s+me|voelde\s+me|am|feel)\s+(\S+\s+){0,2}$/u;
const SELF_AFTER = /^\s+(van\s+(mij|me|mezelf)|of\s+me)(?![\p{L}])/u;
// Lessons about history, nature or society: "groep 7 leerde dat de watersnood een ramp was".
const LESSON = lexicon([
  '(les|lessen|project|thema|spreekbeurt|werkstuk) over',
  '(we|wij) (leren|leerden|lazen|praten|praatten|spraken) over',
  '(leren|leerden|leerde) (over|dat|hoe)',
  'geschiedenisles',
  'voorlezen',
  'voorgelezen',
  'prentenboek',
  'sprookje',
]);

/** Extra school targets the shared context lacks (events, roles, school systems). */
const EXTRA_TARGETS = [
  'school',
  'schoolreis(je)?',
  'sportdag',
  'schoolfeest',
  'musical',
  // School events as compounds and as staff name them: "de kerstmusical", "het optreden".
  '*musical',
  'kerst(viering|diner|markt|show|feest)',
  'afscheidsavond',
  'koningsspelen',
  'voorstelling',
  'uitvoering',
  'avondvierdaagse',
  'schoolontbijt',
  'excursie',
  'ouderavond',
  'schoolkamp',
  'ouderbijdrage',
  'oudervereniging',
  'klassenouder(s)?',
  'hulpouders',
  'luizenmoeder(s)?',
  'overblijf',
  'overblijven',
  'tso',
  'vergadering(en)?',
  'informatieavond',
  'kijkavond',
  'open dag',
  'nieuwsbrief',
  'schoolgids',
  'ouderapp',
  'parro',
  'social schools',
  'concierge',
  'administratie',
  'onderwijsassistent(e|en)?',
  'stagiair(e|es|s)?',
  'invaller(s)?',
  'invalkracht(en)?',
  'vervanger(s)?',
  'gymjuf',
  'gymmeester',
  'vakleerkracht(en)?',
  "ib['’-]?er(s)?",
  'locatieleider',
  'teamleider',
  'rapport(en)?',
  'oudergesprek(ken)?',
  'schoolfotograaf',
  'kerstdiner',
  'schoolhek',
  'het hek',
  'de poort',
  'schoolplein',
  'gymzaal',
  'continurooster',
  'schooltijden',
  'huiswerk',
  'mijn groep',
  'die kinderen',
  'deze kinderen',
  'de kinderen van',
  'mijn leerlingen',
  'die moeder',
  'die vader',
  'de organisatie',
  'de communicatie',
  'de planning',
  'het beleid',
  'de regels',
  // The team and one's own class, in English too: "wat een incompetent team", "my class".
  'team',
  'mijn klas',
  'my class',
  'my pupils',
  'my students',
  'our parents',
  'the parents',
  'parents at (our|my|this) school',
  'principal',
  'head ?teacher',
  'our head',
];

/** True when the school, its people or its events are referred to inside `range`. */
export function schoolTargetIn(ctx: RuleContext, range: Range): boolean {
  if (mentionsSchoolIn(ctx, range)) return true;
  return anyOverlap(extraTargets(ctx), range);
}

function extraTargets(ctx: RuleContext): NormMatch[] {
  return ctx.memo('civility:extraTargets', () =>
    scan(ctx.view, ctx.lexicon('civilitySchoolTargets', EXTRA_TARGETS)),
  );
}

/** True when the range holds education-sector words (critique of those is article 2). */
export function sectorIn(ctx: RuleContext, range: Range): boolean {
  return anyOverlap(memoFind(ctx, 'sector', SECTOR), range);
}

/** True when the range is part of a lesson or story ("we leren over", "voorlezen"). */
export function lessonIn(ctx: RuleContext, range: Range): boolean {
  return anyOverlap(memoFind(ctx, 'lesson', LESSON), range);
}

const SECOND_PERSON = /(?<![\p{L}])(u|uw|je|jij|jou|jouw|jullie|you|your|you're|youre)(?![\p{L}])/u;

/** True when the range addresses someone directly (u, je, jij, jullie, you). */
export function secondPersonIn(ctx: RuleContext, range: Range): boolean {
  return SECOND_PERSON.test(ctx.view.norm.slice(range.start, range.end));
}

/**
 * Negative evaluations in the draft, not negated, not in quotes, not an intensifier before a
 * positive word ("belachelijk leuk"). Weak words only count in an evaluating position
 * ("de ouderavond was chaos", "slecht geregeld", "domme ouders") or, when `loose` (a reply),
 * anywhere. Sentences of grief or sympathy, lessons and campaigns against bullying are left out.
 */
export function negativeEvaluations(ctx: RuleContext, loose = false): Hit[] {
  return ctx.memo(`civility:negative:${loose}`, () =>
    [...strongNegatives(ctx), ...weakNegatives(ctx, loose)].sort((a, b) => a.start - b.start),
  );
}

/** The shared filters: negation, quotes, "belachelijk leuk", campaigns, lessons, self-blame. */
function keepNegative(ctx: RuleContext, m: NormMatch, strong: boolean): boolean {
  const norm = ctx.view.norm;
  if (isQuoted(ctx, m) || inHyphenCompound(norm, m)) return false;
  // Weak words: a negator further back still scopes ("niet betekent dat je een slechte juf bent").
  if (!/^(niet|geen)\s/u.test(m.text) && negatedInClause(ctx, m, strong ? 4 : 8)) return false;
  if (POSITIVE_AFTER.has(nextWord(norm, m.end))) return false;
  // "de hele klas laten lachen met een poppenkast": the puppet show itself (w9, 2026-12).
  if (
    /poppenkast$/u.test(m.text) &&
    /(?:met|naar|bij|van)\s+(?:een\s+|de\s+)?$/u.test(
      norm.slice(Math.max(0, m.start - 10), m.start),
    )
  )
    return false;
  // "a ridiculous number of cake sales": an intensifier of praise (w4, 2026-12).
  if (
    /^ridiculous(?:ly)?$/u.test(m.text) &&
    /^\s+(?:number|amount|lot)\s+of/u.test(norm.slice(m.end, m.end + 12))
  )
    return false;
  // "om er op tijd klaar mee te zijn": finished, not fed up (a school guide, c1 real texts).
  if (m.text === 'klaar mee' && /^\s+te(?![\p{L}])/u.test(norm.slice(m.end, m.end + 4)))
    return false;
  const sentence = sentenceOf(ctx, m.start);
  if (anyOverlap(memoFind(ctx, 'condemned', CONDEMNED_TOPIC), sentence)) return false;
  if (lessonIn(ctx, sentence)) return false;
  if (strong) return true;
  // "ik ben zo kwaad op de ouders": anger at someone else, not self-criticism.
  if (/^(bo[o]?s|kwaad)\s/u.test(m.text)) return true;
  // "ik was zo dom", "slecht van mij": self-criticism (strong words are never about me).
  return !(
    SELF_BEFORE.test(clauseBefore(ctx, m.start)) || SELF_AFTER.test(norm.slice(m.end, m.end + 14))
  );
}

const LITERAL_POO = /poep|gepoept|drol|luier|wc|toilet|poop|pooped|nappy|diaper/u;

/** Strong negative words and contemptuous emoji (the same for posts and replies). */
export function strongNegatives(ctx: RuleContext): Hit[] {
  return ctx.memo('civility:negative:strong', () => {
    const { view } = ctx;
    const out: Hit[] = [];
    for (const m of scan(view, ctx.lexicon('negativeWords', STRONG_NEGATIVE))) {
      if (keepNegative(ctx, m, true)) out.push({ ...m, strong: true });
    }
    for (const m of scan(view, HOSTILE_EMOJI)) {
      const sentence = sentenceOf(ctx, m.start);
      if (lessonIn(ctx, sentence)) continue;
      // 💩 beside "gepoept" in the poppenhoek is the thing itself, not contempt.
      if (m.text === '💩' && LITERAL_POO.test(view.norm.slice(sentence.start, sentence.end)))
        continue;
      out.push({ ...m, strong: true });
    }
    return out;
  });
}

/** Weak negative words in an evaluating position (anywhere, when `loose`). */
function weakNegatives(ctx: RuleContext, loose: boolean): Hit[] {
  return ctx.memo(`civility:negative:weak:${loose}`, () => {
    const { view } = ctx;
    const norm = view.norm;
    const out: Hit[] = [];
    for (const m of scan(view, ctx.lexicon('negativeWordsWeak', WEAK_NEGATIVE))) {
      const sentence = sentenceOf(ctx, m.start);
      // "slecht weer", "het weer was slecht", "slecht geslapen": weather, news, sleep.
      const near = {
        start: Math.max(sentence.start, m.start - 30),
        end: Math.min(sentence.end, m.end + 14),
      };
      if (anyOverlap(memoFind(ctx, 'neutral', NEUTRAL_HEADS), near)) continue;
      const sympathy = memoFind(ctx, 'sympathy', SYMPATHY).filter((s) => !ironic(norm, s));
      if (anyOverlap(sympathy, sentence)) continue;
      if (!loose && !evaluatingPosition(ctx, m)) continue;
      // "gezellige chaos 😄": a warm sentence without contempt is not a complaint.
      const text = norm.slice(sentence.start, sentence.end);
      if (WARM_CUE.test(text) && !hasHostileEmoji(text)) continue;
      if (keepNegative(ctx, m, false)) out.push({ ...m, strong: false });
    }
    return out;
  });
}

/** "sorry not sorry" is no apology. */
function ironic(norm: string, m: Range): boolean {
  return (
    /^\s*not\s+sorry/u.test(norm.slice(m.end, m.end + 12)) ||
    /sorry\s+not\s*$/u.test(norm.slice(Math.max(0, m.start - 12), m.start))
  );
}

function hasHostileEmoji(text: string): boolean {
  HOSTILE_EMOJI.lastIndex = 0;
  const found = HOSTILE_EMOJI.test(text);
  HOSTILE_EMOJI.lastIndex = 0;
  return found;
}

/** "was chaos", "vind het slecht", "slecht geregeld", "domme ouders", "slechte communicatie". */
function evaluatingPosition(ctx: RuleContext, m: NormMatch): boolean {
  const norm = ctx.view.norm;
  const before = clauseBefore(ctx, m.start);
  if (COPULA_BEFORE.test(before) || JUDGING_VERB.test(before)) return true;
  if (JUDGED_PARTICIPLE.test(norm.slice(m.end, m.end + 20))) return true;
  const gap = /^\s+/u.exec(norm.slice(m.end, m.end + 4))?.[0].length ?? 0;
  if (gap === 0) return false;
  const next = m.end + gap;
  if (JUDGED_NOUN.test(norm.slice(next, next + 16))) return true;
  // Attributive, right before a school target: "domme ouders", "saaie studiedag".
  return (
    mentionsSchoolIn(ctx, { start: next, end: next + 1 }) ||
    extraTargets(ctx).some((t) => t.start === next)
  );
}

// ---------------------------------------------------------------------------------------
// Identifiable persons (laster, stalking)

const ROLE_PERSON = lexicon([
  '(de|die|deze|onze|ons|mijn|jullie|hun|zijn|haar|the|our|my|that|this) (nieuwe |oude |vorige |ex-?)?(penningmeester|voorzitter|secretaris|directeur|directrice|juf|meester|leraar|lerares|leerkracht|docent|concierge|administrateur|ib-?er|intern begeleider|gymleraar|gymjuf|gymmeester|invaller|invalkracht|stagiair(e)?|onderwijsassistent(e)?|bestuurder|schoolleider|teamleider|locatieleider|adjunct|moeder|vader|ouder|buurman|buurvrouw|collega|trainer|coach|chauffeur|overblijfmoeder|overblijfkracht|klassenouder|luizenmoeder|voorleesmoeder|hulpouder|mr-lid|ouderraadslid|kok|schoonmaker|principal|teacher|headteacher|head teacher|treasurer|caretaker|janitor|mum|mom|dad|father|mother|colleague|neighbour|neighbor)',
]);
const TITLED_PERSON = /(?<![\p{L}])(juf|meester|mevrouw|meneer|mr|mrs|ms)\s+\p{L}{2,}/gu;
const HANDLE = /(?<![\p{L}\p{N}])@[\p{L}\p{N}_]{2,}/u;

/** A person the reader can identify: a name, "de penningmeester", "juf X", an @handle. */
export function identifiablePersonIn(ctx: RuleContext, range: Range): boolean {
  if (individualIn(ctx, range)) return true;
  if (nameMentions(ctx).some((n) => n.start < range.end && n.end > range.start)) return true;
  if (anyOverlap(memoFind(ctx, 'rolePersons', ROLE_PERSON), range)) return true;
  if (anyOverlap(memoFind(ctx, 'titledPersons', TITLED_PERSON), range)) return true;
  // The norm view reads "@jansen" as leet; look at what was typed.
  const raw = ctx.view.toRaw(range.start, range.end);
  return HANDLE.test(ctx.view.raw.slice(raw.start, raw.end));
}

// ---------------------------------------------------------------------------------------
// Hostility (for threats and callouts)

const HOSTILE_WORDS =
  /(?<![\p{L}])(vuile|smerige|wraak|terugpakken|afrekenen|spijt|kapot|pijn|op je (bek|muil|smoel)|een lesje|een pak slaag|klappen|als (je|jij|u) (dit|dat) nog (een keer|eens|een enkele keer) (doet|flikt|zegt|schrijft)|kut\p{L}*|klote\p{L}*|kanker\p{L}*|tyfus\p{L}*|godverdomme|gvd|fuck\p{L}*|woedend|pislink)(?![\p{L}])/u;

/** True when the text around `pos` (its sentence and neighbours) sounds hostile. */
export function hostileNear(ctx: RuleContext, pos: number): boolean {
  const win = sentenceWindow(ctx, pos, 1);
  if (anyOverlap(strongNegatives(ctx), win)) return true;
  if (anyOverlap(insultHits(ctx), win)) return true;
  const text = ctx.view.norm.slice(win.start, win.end);
  ANGER_EMOJI.lastIndex = 0;
  const angry = ANGER_EMOJI.test(text);
  ANGER_EMOJI.lastIndex = 0;
  return angry || HOSTILE_WORDS.test(text);
}

// ---------------------------------------------------------------------------------------
// Swear-prefixed school words: "kutstudiedag", "kloteouders", "kankerschool"

const SWORN_SCHOOL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:kut|klote|kanker|kk|tyfus|tering|klere|pokke|pokken|shit|fucking)-?(?:school|scholen|studiedag(en)?|ouderavond|vergadering|teamvergadering|schoolreis|sportdag|rapport(en)?|toets(en)?|kerstviering|musical|ouders?|juf|juffen|meester|directeur|directie|collega(s|'s)?|leerling(en)?|klas|groep|kinderen|kids|baan|werk|job|dag|week|maandag|vrijdag)(?![\p{L}\p{N}])`,
  'gu',
);

/** Swear-word compounds on school words and days ("kutstudiedag", "klotedag op school"). */
export function swornSchoolWords(ctx: RuleContext): NormMatch[] {
  return memoFind(ctx, 'swornSchool', SWORN_SCHOOL).filter((m) => !isQuoted(ctx, m));
}
