import { anyOverlap, withoutOverlaps } from '../text/ranges';
import type { RuleContext } from '../rules/types';
import {
  NEGATORS,
  findAll,
  lexicon,
  tokensOf,
  type NormMatch,
  type Range,
  type Token,
} from '../text/match';
import { isQuoted, quotedIn, sentenceOf, windowOf as sentenceWindow } from './ranges';
import type { TextView } from '../text/normalize';
import { mentionsSchoolIn, nameMentions, individualIn } from './context';

// Shared signals of the civility group (art. 4 and bg-civility): clause-bounded negation,
// quotes, the negative-polarity lexicon, school targets, directed insults and hostility.
// Pure; every list that a school may want to extend goes through ctx.lexicon.

/** A norm range with the strength of the evidence behind it. */
export type Hit = NormMatch & { strong: boolean };

// ---------------------------------------------------------------------------------------
// Scanning

/** More matches than this in one draft add nothing to a reminder; the cap keeps work linear. */
const MAX_MATCHES = 200;

/** Every match of a global regex in the norm view, at most 200 (see MAX_MATCHES). */
export function scan(view: TextView, re: RegExp): NormMatch[] {
  return findAll(view, re, MAX_MATCHES);
}

// ---------------------------------------------------------------------------------------
// Clauses and negation

// Words that start a new clause: a negator before them does not reach past them.
const CLAUSE_WORDS = new Set(['maar', 'want', 'omdat', 'terwijl', 'but', 'because']);
const CLAUSE_PUNCT = /[,;:()–—"“”]|\s-\s/u;

/** Words of the whole draft, once per analysis. */
function allWords(ctx: RuleContext): readonly Token[] {
  return tokensOf(ctx.view);
}

/** Index of the first word that ends after `pos` (binary search). */
function wordIndexAt(words: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Every caller looks at most a dozen words around a match: bounding the window keeps a
// draft with hundreds of matches in one long sentence linear.
const CLAUSE_REACH_BEFORE = 12;
const CLAUSE_REACH_AFTER = 6;

/**
 * The words of the clause around norm range `r` (a clause ends at , ; : and "maar", and at
 * the sentence end), at most a dozen words before the range and six after it.
 */
export function clauseTokens(ctx: RuleContext, r: Range): Token[] {
  const sentence = sentenceOf(ctx, r.start);
  const norm = ctx.view.norm;
  const words = allWords(ctx);
  const at = wordIndexAt(words, r.start);
  const breaksBefore = (i: number): boolean =>
    i <= 0 ||
    words[i]!.start <= sentence.start ||
    words[i - 1]!.end <= sentence.start ||
    CLAUSE_PUNCT.test(norm.slice(words[i - 1]!.end, words[i]!.start)) ||
    CLAUSE_WORDS.has(words[i]!.text);
  let from = at;
  while (from > 0 && at - from < CLAUSE_REACH_BEFORE && !breaksBefore(from)) from--;
  if (from < words.length && words[from]!.start < sentence.start) from++;
  let to = at;
  while (to < words.length && words[to]!.start < r.end) to++;
  const last = to;
  while (
    to < words.length &&
    to - last < CLAUSE_REACH_AFTER &&
    words[to]!.start < sentence.end &&
    !breaksBefore(to)
  )
    to++;
  return words.slice(from, to);
}

/**
 * True when a negator stands up to 4 words before, or 3 words after ("slecht is het niet"),
 * the range, inside the same clause. "Nog nooit zo'n chaos" is emphasis, not negation.
 */
export function negatedInClause(ctx: RuleContext, r: Range, reach = 4): boolean {
  const words = clauseTokens(ctx, r);
  const first = words.findIndex((w) => w.end > r.start);
  if (first < 0) return false;
  let last = first;
  while (last + 1 < words.length && words[last + 1]!.start < r.end) last++;
  const before = words.slice(Math.max(0, first - reach), first);
  const after = words.slice(last + 1, last + 4);
  const neg = [...before, ...after].find((w) => NEGATORS.has(w.text));
  if (!neg) return false;
  const lead = ctx.view.norm.slice(Math.max(0, neg.start - 4), neg.end + 8);
  return !/nog\s+nooit\s+zo/u.test(lead);
}

/** The word right after norm position `pos` (skipping spaces), or ''. */
export function nextWord(norm: string, pos: number): string {
  const m = /^\s*([\p{L}\p{N}]+(?:['’][\p{L}]+)?)/u.exec(norm.slice(pos, pos + 40));
  return m ? m[1]! : '';
}

/** The text between the start of the clause and `pos`. */
export function clauseBefore(ctx: RuleContext, pos: number): string {
  const words = clauseTokens(ctx, { start: pos, end: pos + 1 });
  const start = words[0]?.start ?? pos;
  return ctx.view.norm.slice(Math.min(start, pos), pos);
}

// ---------------------------------------------------------------------------------------
// Quotes

// What "quoted" means is one thing for every rule: core/text/ranges.ts.
export { isQuoted };

/** True when the match is part of a hyphenated compound ("onzin-rijmpjes", "anti-pest"). */
export function inHyphenCompound(norm: string, r: Range): boolean {
  return (
    /^-\p{L}/u.test(norm.slice(r.end, r.end + 2)) ||
    /\p{L}-$/u.test(norm.slice(r.start - 2, r.start))
  );
}

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

function memoFind(ctx: RuleContext, key: string, re: RegExp): NormMatch[] {
  return ctx.memo(`civility:${key}`, () => scan(ctx.view, re));
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

// Sentence look-ups are shared with every rule (binary search): see ranges.ts.
export { sentenceOf, windowOf as sentenceWindow } from './ranges';

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
// Insults (art. 4: belediging)

// Person insults that are not a neutral word in a school post.
const INSULT_WORDS = [
  'sukkel(s)?',
  'idio(ot|ten)',
  'debiel(en)?',
  'randdebiel(en)?',
  'imbeciel(en)?',
  "dombo('s|s)?",
  'klootzak(ken)?',
  'hufter(s)?',
  'loser(s)?',
  'lul(len)?',
  'stommeling(en)?',
  'sufferd(s)?',
  'mafkees',
  'malloot',
  'oelewapper(s)?',
  'trut(ten)?',
  'tokkie(s)?',
  'schoft(en)?',
  'ploert(en)?',
  'etterbak(ken)?',
  'rotzak(ken)?',
  'rotwijf',
  'kutwijf',
  'smeerlap(pen)?',
  'engerd(s)?',
  'gluiperd(s)?',
  'slijmbal(len)?',
  'lafaard(s)?',
  'huichelaar(s)?',
  'nietsnut(ten)?',
  'uitvreter(s)?',
  'zeikerd(s)?',
  'prutser(s)?',
  'kneus(en)?',
  'oen(en)?',
  'idiot(s)?',
  'moron(s)?',
  'jerk(s)?',
  'asshole(s)?',
  'arsehole(s)?',
  'dickhead(s)?',
  'dumbass',
  'bitch(es)?',
  'twat(s)?',
  'prick(s)?',
  'wanker(s)?',
  'bastard(s)?',
  'scumbag(s)?',
  'imbecile(s)?',
  'halfwit(s)?',
  'mongo[o]l(tje|len)?',
  'spast(en|je)?',
  'downie(s)?',
  'retard(s)?',
  // Further insults in drafts by outside writers (tests/corpus/train, w6–w9, 2026-12).
  'zeur(en)?',
  'zeurpiet(en)?',
  'wappie(s)?',
  'betweter(s)?',
  'onnozelaar(s)?',
  'sukkeltje(s)?',
  'lelijkerd(s)?',
  'dikzak(ken)?',
  'brat(s)?',
  'snowflake(s)?',
  'thug(s)?',
  'gremlin(s)?',
  'numpty',
  'muppet(s)?',
];

// Insults that are also ordinary nouns (acorns, bags, a story's liar): "is een eikel" counts,
// "dit is een eikel" (a nature walk) does not.
const INSULT_WORDS_PERSONISH = [
  'amateur(s)?',
  'eikel(s)?',
  'zak(ken)?',
  'rund',
  'et[t]er(s)?',
  'wijf',
  'teef',
  'aso',
  "aso('s|s)",
  'leugenaar(s)?',
  'hypocriet(en)?',
  'parasiet(en)?',
  'hoer',
  'tut(ten)?',
  'zaag',
  'worm',
];

// Animals and costumes: an insult only with an insulting adjective or as a vocative
// ("domme koe", "stelletje apen", "jij aap"); "groep 2 is een ezel" is a nativity play.
const INSULT_WORDS_ANIMAL = [
  'koe(ien)?',
  'kip(pen)?',
  'ezel(s)?',
  'aap',
  'apen',
  'varken(s)?',
  'heks(en)?',
  'muts(en)?',
  'gans',
  'tang',
  'slang',
  'rat(ten)?',
  'clown(s)?',
  'pig(s)?',
  'monkey(s)?',
  'hen(s)?',
];

// Disease and swear prefixes on a person noun: "kankerouder", "tyfuslijer", "kutjuf".
const INSULT_COMPOUND = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:kanker|kk|tyfus|tering|klere|kolere|pleuris|pokke|pokken|kut|klote)[-\s]?|rot-?)(?:lijer|lijder|lijers|lijders|ouder|ouders|moeder|moeders|vader|vaders|wijf|wijven|juf|juffen|meester|leraar|leraren|directeur|kop|hond|honden|hoer|vent|gozer|mongool|jood|collega|collega's|figuur|trut|teef|buurman|buurvrouw)(?![\p{L}\p{N}])`,
  'gu',
);

const INSULT_ADJ = String.raw`vuile|vieze|smerige|gore|domme|stomme|achterlijke|debiele|ouwe|oude|verdomde|lelijke|valse|gladde|arrogante|luie|hysterische|fucking|stupid|bloody|dirty|total|hysterical|grovelling|little`;
const INSULT_ADJ_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${INSULT_ADJ})\s+$`, 'u');
// Before an unambiguous insult, inside its clause: who is being called it.
const DIRECTED_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:is|ben|bent|was|waren|zijn|blijft|blijven|word|wordt|werd|lijkt|noem|noemt|are|were|you're|youre|ur)\s+(?:\p{L}+\s+){0,3}|(?<![\p{L}])(?:die|deze|wat een|wat voor een|wat voor|zo['’]?n|zon|stelletje|stel|jij|jullie|je|you|what an?|such an?|that|this|those|these|bunch of|${INSULT_ADJ}|rot|grote|echte|vette)\s+(?:\p{L}+\s+){0,2})$`,
  'u',
);
// Before a person-ish insult ("eikel", "zak"): a copula with "een", or an insulting frame.
const DIRECTED_BEFORE_PERSONISH = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:is|ben|bent|was|waren|zijn|blijft|word|wordt|lijkt|noem|noemt)\s+(?:gewoon\s+|echt\s+|toch\s+|ook\s+|wel\s+|nogal\s+)?(?:een|zo['’]?n|zon)\s+(?:\p{L}+\s+)?|(?<![\p{L}])(?:jij|jullie|stelletje|die|you|you're a|${INSULT_ADJ})\s+|(?<![\p{L}])wat\s+een\s+)$`,
  'u',
);
// Before an animal or costume word: only an insulting adjective or "jij"/"stelletje".
const DIRECTED_BEFORE_ANIMAL = new RegExp(
  String.raw`(?<![\p{L}])(?:jij|jullie|stelletje|een stel|you|bunch of|${INSULT_ADJ})\s+$`,
  'u',
);
// "Dit is een eikel", "het is een zak chips": a thing, not a person.
const THING_SUBJECT =
  /(?<![\p{L}])(dit|dat|het|er|hier)\s+(is|zijn|was|waren)\s+(\p{L}+\s+){0,2}$/u;
// Self-mockery is not an insult: "ik ben een sukkel", "wat ben ik een eikel".
const SELF_DIRECTED =
  /(?<![\p{L}])(ik\s+(ben|was|voel\s+me|voelde\s+me|leek)|wat\s+ben\s+ik|i\s+am|i'm|im|i\s+feel\s+like)\s+(\S+\s+){0,4}$/u;
// Stories and plays: "Pinokkio is een leugenaar", "de heks in het prentenboek".
const FICTION = lexicon([
  'boek(je|en)?',
  'prentenboek',
  'verhaal',
  'voorlezen',
  'voorgelezen',
  'sprookje(s)?',
  'toneel(stuk)?',
  'rollenspel',
  'film',
  'pinokkio',
  'roodkapje',
  'hans en grietje',
  'carnaval',
  'verkleed',
  'verkleden',
  'halloween',
  'kerstspel',
  'circus',
]);

/** True when the sentence around `pos` is about a story, play or dress-up. */
export function fictionNear(ctx: RuleContext, pos: number): boolean {
  return anyOverlap(memoFind(ctx, 'fiction', FICTION), sentenceOf(ctx, pos));
}

/** Directed insults: an insult word in a construction that calls someone it. */
export function insultHits(ctx: RuleContext): NormMatch[] {
  return ctx.memo('civility:insults', () => {
    const { view } = ctx;
    const norm = view.norm;
    const out: NormMatch[] = [];
    const consider = (m: NormMatch, kind: 'plain' | 'personish' | 'animal'): void => {
      if (isQuoted(ctx, m) || inHyphenCompound(norm, m)) return;
      const before = clauseBefore(ctx, m.start);
      if (SELF_DIRECTED.test(before)) return;
      const after = norm.slice(m.end, m.end + 24);
      const trailing = /^\s*,?\s*(dat|die)\s+(je|jij|u|jullie)\s+(bent|zijn|is)/u.test(after);
      const vanEen = /^\s+van\s+een\s/u.test(after);
      let directed = trailing || vanEen;
      if (kind === 'plain') {
        // "wat een idioot idee": the word qualifies a thing, not a person.
        if (
          /^\s+(idee|plan|weer|situatie|gedoe|verhaal|toeval|regel|regels|besluit)(?![\p{L}])/u.test(
            after,
          )
        )
          return;
        directed ||= DIRECTED_BEFORE.test(before) || isVocative(ctx, m);
      } else if (kind === 'personish') {
        if (THING_SUBJECT.test(before) && !INSULT_ADJ_BEFORE.test(before)) return;
        // "wat een eikel" only as an exclamation, not "wat een eikel heb je gevonden".
        const exclaims = /^\s*([!?.,]|$|(zeg|hoor|is|ben|die|van)(?![\p{L}]))/u.test(after);
        directed ||=
          DIRECTED_BEFORE_PERSONISH.test(before) && (!/wat\s+een\s+$/u.test(before) || exclaims);
      } else {
        directed ||= DIRECTED_BEFORE_ANIMAL.test(before);
      }
      if (!directed) return;
      if (fictionNear(ctx, m.start)) return;
      // "hij is geen sukkel".
      if (/(?<![\p{L}])(geen|niet)\s+(\p{L}+\s+){0,2}$/u.test(before)) return;
      out.push(m);
    };
    for (const m of scan(view, ctx.lexicon('insultWords', INSULT_WORDS))) consider(m, 'plain');
    for (const m of scan(view, ctx.lexicon('insultWordsPersonish', INSULT_WORDS_PERSONISH)))
      consider(m, 'personish');
    for (const m of scan(view, ctx.lexicon('insultWordsAnimal', INSULT_WORDS_ANIMAL)))
      consider(m, 'animal');
    for (const r of scan(view, INSULT_COMPOUND)) if (!isQuoted(ctx, r)) out.push(r);
    // 🤡 aimed at someone: "die juf is een 🤡", "wat een 🤡".
    for (const m of norm.matchAll(/🤡/gu)) {
      const r = { start: m.index, end: m.index + m[0].length, text: m[0] };
      const before = norm.slice(Math.max(0, m.index - 30), m.index);
      if (/(?<![\p{L}])(een|zo['’]?n|jij|jullie|you|what a|such a)\s*$/u.test(before)) out.push(r);
    }
    return withoutOverlaps(out);
  });
}

/** "Sukkel!", "…, idioot!", "Idioot, …": the word used to address someone. */
function isVocative(ctx: RuleContext, m: Range): boolean {
  const norm = ctx.view.norm;
  const sentence = sentenceOf(ctx, m.start);
  const lead = norm.slice(sentence.start, m.start);
  const tail = norm.slice(m.end, Math.min(sentence.end, m.end + 3));
  const atStart = lead.trim() === '';
  const afterComma = /,\s*$/u.test(lead);
  const closes = /^\s*([!?,.]|$)/u.test(tail);
  return (atStart && closes) || (afterComma && /^\s*([!?.]|$)/u.test(tail));
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

// ---------------------------------------------------------------------------------------
// Sarcasm: praise with a wink of contempt ("Goed geregeld weer 🙄", "Top communicatie #not")

const PRAISE = [
  '(goed|fijn|prima|top|super|lekker|geweldig|fantastisch|briljant|knap|netjes|mooi|handig|slim|heerlijk|perfect|keurig) (geregeld|georganiseerd|gecommuniceerd|bedacht|gepland|voorbereid|gedaan|bezig|op tijd|aangekondigd|doorgegeven)',
  'lekker bezig',
  'goed bezig',
  '(bedankt|dank je wel|dankjewel|dank u wel|dank) (hoor|weer|alweer|voor (alweer|weer|nog) een)',
  'wat een (top|super|geweldige|fantastische|briljante|fijne|heldere|goede|duidelijke|snelle) (communicatie|organisatie|planning|beslissing|actie|idee|regeling|service|timing|informatie|uitleg|brief|mail|nieuwsbrief|uitnodiging|oplossing|plan|besluit)',
  '(top|geweldige|fantastische|briljante|heldere|duidelijke|goede) (communicatie|organisatie|planning|timing)',
  '(een )?(geweldig|briljant|fantastisch|super|top|goed|slim|mooi|prachtig|fijn|heerlijk)(e)? (plan|idee|besluit|beslissing|actie|initiatief|timing|planning|nieuws|regeling|oplossing|brief|mail)',
  'bravo',
  'chapeau',
  'hulde',
  'applaus',
  'complimenten',
  '(heel|echt|erg) (duidelijk|handig|fijn|slim)',
  'well done',
  'great job',
  'good job',
  'brilliant',
  'thanks (again|a lot)',
];

// Markers that turn praise around: eye-roll emoji, "#not", "niet dus", scare quotes.
const SARCASM_MARK =
  /🙄|🙃|😒|🤨|😑|#not(?![\p{L}])|(?<![\p{L}])(niet dus|not!|yeah right|ja ja|jaja)(?![\p{L}])/u;
// "heeft weer eens een geweldig plan bedacht hoor": repetition plus "hoor", no thanks.
const REPEAT_HOOR = /(?<![\p{L}])(weer eens|alweer)(?![\p{L}]).{0,80}(?<![\p{L}])hoor(?![\p{L}])/u;
const THANKS =
  /(?<![\p{L}])(bedankt|dank|dankjewel|dankje|thanks|thank you)(?![\p{L}])|🎉|😊|💛|❤|🥰|😍|👍/u;

/** Praise made sarcastic by a marker, about the school (norm ranges of the praise). */
export function sarcasmHits(ctx: RuleContext): NormMatch[] {
  return ctx.memo('civility:sarcasm', () => {
    const norm = ctx.view.norm;
    const out: NormMatch[] = [];
    for (const m of scan(ctx.view, ctx.lexicon('sarcasmPraise', PRAISE))) {
      const win = sentenceWindow(ctx, m.start, 1);
      const sentence = sentenceOf(ctx, m.start);
      const text = norm.slice(sentence.start, sentence.end);
      const marked =
        SARCASM_MARK.test(norm.slice(sentence.start, Math.min(win.end, sentence.end + 12))) ||
        (REPEAT_HOOR.test(text) && !THANKS.test(text)) ||
        scareQuoted(ctx, m);
      if (!marked || negatedInClause(ctx, m)) continue;
      if (schoolTargetIn(ctx, win)) out.push(m);
    }
    return out;
  });
}

/** '"goed" geregeld', '"communicatie"': quotes around one or two words of praise. */
function scareQuoted(ctx: RuleContext, m: Range): boolean {
  return quotedIn(ctx).some((q) => q.start <= m.start && q.end >= m.start && q.end - q.start <= 24);
}
