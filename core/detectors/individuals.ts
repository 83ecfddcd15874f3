import type { RuleContext } from '../rules/types';
import {
  entryToRegexSource,
  execAll,
  WB_END,
  WB_START,
  type NormMatch,
  type Range,
} from '../text/match';
import { nameMentions } from './context';
import { LETTER, LOWER, UPPER } from './latin';
import { firstNames } from './names';
import { clamp, normRangeOf, overlapping } from '../text/ranges';
import { proceduralAt } from './generic';
import { sentenceOf } from './ranges';

// Who a sensitive word is about. Builds on context.ts's nameMentions and adds what the
// article-3 rules need to tell apart: a pupil or parent (health, care, home situation)
// versus a colleague (HR news), and a name or initial (a stop) versus a description
// ("een jongen uit groep 6", a warning). All ranges are in the norm view. Every lookup is a
// binary search or a window of a few hundred characters: linear on long drafts.

/** What kind of person a reference singles out. */
export type IndividualKind = 'pupil' | 'parent' | 'staff' | 'someone';

/** One person singled out in the draft. `named`: by first name or initial. */
export type Individual = Range & { kind: IndividualKind; named: boolean };

// Descriptions that single out one pupil.
const PUPIL_PHRASES = [
  '(mijn|een|die|deze|onze) leerling',
  '(jongen|meisje|kind|leerling) (uit|in) (groep|gr) [1-8][a-d]?',
  'my (student|pupil)',
  'a (student|pupil|boy|girl) (in|from) (my|year|group)',
  'een van (mijn|onze) (leerlingen|leerlingetjes|kleuters|kinderen|pupillen)',
  'een leerling (van mij|van ons|in mijn (klas|groep)|uit mijn (klas|groep))',
  '(een|die|deze|dat|dit) (jongen|meisje|kind|kleuter|leerling|jongetje|meid) (uit|van|in) ((groep|gr) [1-8][a-d]?|mijn (klas|groep)|onze (klas|groep))',
  '(dit|deze|die) (jongen|meisje|kind|kleuter|leerling|jongetje|meid|ventje)',
  '(een|die|deze) (jongen|meisje|kind|kleuter) (uit|van|in) (de klas)',
  "(mijn|m'n) (leerlingetje|kleuter|pupil)",
  'one of my (students|pupils|kids)',
  'a (boy|girl|child|student|pupil) in my (class|group)',
  '(this|that) (boy|girl|child|student|pupil)',
  // A case description by age: "jongen van 10 uit groep 6", "a girl aged 8".
  // The article is part of the phrase so that "een kind van 8 met …" reads as generic.
  '((een|die|dat|dit|deze) )?(jongen|meisje|kind|kleuter|leerling|jongetje|meid) van ([3-9]|1[0-3])',
  '((a|an|this|that) )?(boy|girl|child|student|pupil) (aged|of) ([3-9]|1[0-3])',
  '(boy|girl|child|student|pupil) in my (class|group)',
  'our (student|pupil)',
  '(jongen|meisje|kind|kleuter|leerling|jongetje|meid|boy|girl|child|pupil|student) [(]([3-9]|1[0-3])[)]',
  // As people tell it: "one girl dropped to vmbo-k", "kid in my class", "mijn zorgleerling".
  'one (girl|boy|kid|student|pupil|of them)',
  '(a |the )?(kid|child|boy|girl) in my (class|group|year)',
  "(mijn|m'n|onze) zorg(leerling|leerlingetje|kind|kindje)",
  '(een|één) van de (kinderen|leerlingen|kleuters) (uit|van|in) (mijn|onze) (klas|groep)',
  '(de helft|een paar|twee|drie|vier) van (mijn|onze) (klas|groep|leerlingen|kinderen)',
  '(haar|zijn|hun) (zoon|dochter|zoontje|dochtertje)',
  '(her|his|their) (son|daughter|kid|kids)',
  // More ways outside writers single out one child (tests/corpus/train, w6–w9, 2026-12).
  'dat (kind|kindje|jongetje|meisje|ventje|meidje)',
  '(de|het) (zoon|dochter|zoontje|dochtertje) van',
  'a (pupil|student|girl|boy|child|kid) (told|asked|showed) me',
  'one of my (year|group|grade) [1-9][0-3]?s',
  '(de|het|die|dat) (jongen|meisje|kind|jongetje|kleuter|leerling) (met|in) (de|het) (rolstoel|bril|pet|hoorapparaat|hoorapparaatjes|groene|blauwe|rode|roze|gele)',
  '(a|our|my) (year|group|grade) [1-9] (boy|girl|pupil|student)',
  '(een|mijn) leerling (van|uit) (mij|groep [1-8])',
  '(die|de) ene (van|uit) (groep|het) ',
  'hij zit in (mijn|de) (klas|groep)',
  // As staff type it (w17, tests/corpus/train, 2026-12-03): "die ll", Flemish grades ("den
  // dieje van het derde leerjaar", "een leerling van het vierde"), "die ene tweeling".
  '(mijn|een|die|deze|onze) ll',
  '(jongen|meisje|kind|leerling|kleuter|dieje|diene|ene) (uit|van|in) het (eerste|tweede|derde|vierde|vijfde|zesde|1e|2e|3e|4e|5e|6e) (leerjaar|jaar)',
  'een leerling (uit|van) het (eerste|tweede|derde|vierde|vijfde|zesde)',
  '(die|de) (ene )?tweeling',
  '(a|the) little one in my (class|group)',
  // As the w20 writer had staff say it (2026-12-03): "een van je leerlingen" told of one's own
  // day, "eentje in 4 havo", and "wie op school kijkt, weet wie ik bedoel" — the post saying
  // itself that the child can be recognised.
  'een van je (leerlingen|leerlingetjes|kleuters|kinderen)',
  '(eentje|één|een) (in|uit) ([1-6] (havo|vwo|vmbo|atheneum|gymnasium)|(groep|gr) [1-8][a-d]?)',
  'weet (wel |meteen |precies )?(wie|welke|over wie) ik (bedoel|het heb)',
  "(you|y['’]?all|everyone) (all )?knows? (exactly )?who (i mean|i['’]?m talking about)",
];

// One family: "de moeder van", "zijn ouders", "het gezin van".
const PARENT_PHRASES = [
  'de (moeder|vader|ouders|oma|opa|broer|zus|broertje|zusje|stiefvader|stiefmoeder|papa|mama) van',
  // One parent singled out by what they did: "een vader die …", "the mum who told me".
  '(een|die|deze) (vader|moeder|papa|mama|ouder) (die|van|uit|met)',
  '(a|the|that|this) (dad|mum|mom|father|mother|parent) (who|of|from|at|in)',
  '(een|dat|dit|het) gezin (uit|van|in) (mijn|onze|de) (klas|groep)',
  'a family (in|from) my (class|group)',
  "(zijn|haar|hun|z'n) (moeder|vader|ouders|mama|papa|broer|zus|broertje|zusje|opa|oma|stiefvader|stiefmoeder)",
  'het gezin van',
  'dat gezin',
  'dit gezin',
  'die familie',
  '(his|her|their) (mother|father|mum|mom|dad|parents|family)',
  'the (mother|father|parents|family) of',
];

// One colleague: "mijn collega", "de directeur", "de juf van groep 5".
const STAFF_PHRASES = [
  '(mijn|onze|een|die|deze) collega',
  'my colleague',
  "(mijn|m'n|onze) duo(collega)?",
  "(de|onze|jullie) (directeur|directrice|adjunct|adjunct directeur|adjunct-directeur|locatieleider|schoolleider|concierge|ib-er|ib'er|intern begeleider|gymleerkracht|gymdocent|vakleerkracht|invaller|invalkracht|stagiair|stagiaire|onderwijsassistent|onderwijsassistente|administratief medewerker)",
  '(de|het|die|deze) (juf|meester|leerkracht) van (groep|gr) [1-8][a-d]?',
  // "Collega van mij is geschorst": without an article at the start of a sentence.
  'collega van (mij|ons|me)',
  '(onze|jullie) (juf|meester)',
  'my (colleague|principal|headteacher|co-teacher)',
  'our (principal|headteacher|caretaker)',
  // "onze nieuwe collega", "our new colleague in year 3": one colleague, described.
  '(mijn|onze|een|die|deze|de) nieuwe (collega|juf|meester|leerkracht|directeur|directrice)',
  '(our|my|a|the) new (colleague|teacher|principal|headteacher)',
  '(the|our) (colleague|teacher) (in|of|from) (year|group|grade) [1-8]',
  '(our|my|the) (deputy head|deputy|assistant head|teaching assistant|caretaker)',
  '(a )?colleague of mine',
  '(de|het) (juf|meester|leerkracht) (uit|in) (groep|gr) [1-8][a-d]?',
  '(een|die) collega van (ons|mij|me)',
  "(twee|drie|2|3|een paar) (collega's|collegas|colleagues)",
  '(a )?colleague of ours',
];

// "juf Marit", "collega Bram": a staff title before a capitalised word, also for names
// that are not in the first-name list. Case-sensitive on purpose (raw text).
const NAME = `[${UPPER}][${LOWER}]+`;
const STAFF_TITLE_NAME = new RegExp(
  `(?<![${LETTER}])(?:[Jj]uf|[Jj]uffrouw|[Mm]eester|[Cc]ollega|[Mm]evrouw|[Mm]eneer|[Dd]irecteur|[Dd]irectrice)\\s+(${NAME})`,
  'gu',
);
// "de familie Jansen", "Sem's moeder", "Daans vader".
const FAMILY_NAME = new RegExp(
  `(?<![${LETTER}])[Ff]amilie\\s+(?:(?:van|de|der|den)\\s+){0,2}${NAME}`,
  'gu',
);
const NAME_POSSESSIVE = new RegExp(
  `(?<![${LETTER}])${NAME}(?:'s|’s|s)\\s+(?:moeder|vader|ouders|mama|papa|broer|broertje|zus|zusje|opa|oma|mother|father|mum|mom|dad|parents)(?![${LETTER}])`,
  'gu',
);
// Capitalised words that end in "s" and are no possessive: "Als", "Eens", "Ons".
const S_WORDS = new Set(['als', 'eens', 'ons', 'des', 'dus', 'iets', 'niets', 'anders', 'alles']);

function possessiveOfAName(written: string): boolean {
  const word = /^\p{L}+/u.exec(written)![0];
  if (/^\p{L}+['’]s/u.test(written)) return true;
  if (S_WORDS.has(word.toLowerCase())) return false;
  return firstNames.has(word.slice(0, -1).toLowerCase());
}

// A first name that is also a word ("Sem", "Roos") at the start of a sentence counts when a
// verb or "uit groep" follows: "Sem uit groep 4 is geopereerd", "Roos heeft dyslexie".
const NAME_THEN_VERB = new RegExp(
  `(?<![${LETTER}])(${NAME})(?=(?:\\s+(?:van|de|der|den|ter|ten|te)){0,3}(?:\\s+${NAME})?\\s+(?:heeft|had|is|was|kreeg|krijgt|zit|zat|moet|moest|gaat|ging|kan|mag|loopt|ligt|lag|wordt|werd|haalde|scoorde|en zijn|en haar|uit groep|van groep|in groep|has|got)(?![${LETTER}]))`,
  'gu',
);

// Initials: "J. uit groep 7", "S. heeft", "J. de Vries", "S. (groep 4)", "A. en P. in my
// group 5", "laten we hem T. noemen". A capital and a dot before a capitalised word, a
// bracket, a surname particle or a verb.
const INITIAL = new RegExp(
  `(?<![${LETTER}.])[${UPPER}]\\.(?=\\s*(?:[${UPPER}]|\\(|(?:uit|van|heeft|is|had|was|zit|zat|kreeg|krijgt|en|noemen|die|met|kwam|deed|zei|moest|from|in|and|has|got|decides|who|with|came|said|told)(?![${LETTER}])|(?:de|der|den|ter|ten)\\s+[${UPPER}]))`,
  'gu',
);

const ADULT_BEFORE = /(?:t\.?n\.?v\.?|dhr\.|mevr\.|mw\.|mr\.|mrs\.?|ms\.?)\s*$/iu;

// An initial after a staff title is a colleague: "collega J. de Vries", "juf M.". Listed
// before INITIAL, which would otherwise take the same start as a pupil.
const STAFF_INITIAL = new RegExp(
  `(?<=(?<![${LETTER}])(?:[Jj]uf|[Mm]eester|[Cc]ollega|[Dd]irecteur|[Dd]irectrice|[Cc]olleague)\\s{1,3})[${UPPER}]\\.`,
  'gu',
);

const YOUR_CHILD =
  /(?<![\p{L}])(?:uw|jouw|your)\s+(?:dochter|zoon|dochtertje|zoontje|daughter|son)(?![\p{L}])/gu;

// The three lists in one pass (one regex, a named group per kind): the norm view is scanned
// once instead of three times.
const PHRASES = new RegExp(
  `${WB_START}(?:(?<pupil>${alternatives(PUPIL_PHRASES)})|(?<parent>${alternatives(PARENT_PHRASES)})|(?<staff>${alternatives(STAFF_PHRASES)}))${WB_END}`,
  'gu',
);

function alternatives(entries: readonly string[]): string {
  return [...entries]
    .sort((a, b) => b.length - a.length)
    .map((e) => entryToRegexSource(e))
    .join('|');
}

// A description that stands for any pupil, not one: "als een leerling …", "een kind met …".
const GENERIC_BEFORE =
  /(?:^|[^\p{L}])(?:als|wanneer|indien|elk|elke|ieder|iedere|stel|zo'n|hoe|if|when|every|each)\s+$/u;
const GENERIC_AFTER = /^\s+(?:met|die|dat|with|who|that)(?![\p{L}])/u;
const INDEFINITE = /^(?:een|a|an) /u;

// "the deaf kid", "the nut-allergy kid's mum", "the Jehovah's Witness kid in Y2": one child
// labelled by what sets them apart (English drafts of the outside writers, w6, 2026-12).
const LABELLED_KID =
  /(?<![\p{L}])the\s+(?:[\p{L}'’-]+\s+){1,2}?(?:kid|boy|girl|child)(?:['’]s)?(?![\p{L}])/gu;
const NOT_A_LABEL = /^the\s+(?:other|same|next|first|last|whole|only|average|typical|new)\s/u;
// The Dutch way: "het jongetje uit gr 3", "het ADHD-kindje in mijn klas", "het meisje met de
// bril in groep 5": one child by a label and where they sit (w1, w11, w12, tunable sets,
// 2026-12). Not "het kind in groep 3", which a guide says of every child.
const DUTCH_LABELLED_KID =
  /(?<![\p{L}])(?:het|de|dat|die|dit|deze)\s+(?:(?:[\p{L}]+-(?:kind|kindje))|jongen|jongetje|meisje|meidje|ventje|kleutertje|leerlingetje)(?:\s+met\s+(?:de\s+|het\s+|een\s+)?[\p{L}-]+)?\s+(?:uit|in|van)\s+(?:(?:mijn|m'n|onze)\s+(?:klas|groep)|(?:groep|gr\.?)\s*[1-8])(?![\p{L}\p{N}])/gu;

// One child told by what sets them apart, as staff write it (w17 drafts, tests/corpus/train,
// 2026-12-03; issue 13: "de jongen die …"): a definite article and a relative clause ("het
// meisje dat vorige week flauwviel", "the boy whose dad got arrested"), a look ("het kleine
// meisje met de vlechtjes", "de jongen met de groene rugzak"), or a pet name with the group
// ("mijn dyslectische held uit gr 6", "onze kleine vriend uit groep 5", "my little superstar").
const KID =
  '(?:jongen|jongetje|meisje|meidje|kind|kindje|kleuter|kleutertje|leerling|leerlingetje|ventje|knul|mannetje)';
const DESCRIBED_KID = new RegExp(
  [
    `(?<![\\p{L}])(?:het|de)\\s+(?:(?:kleine|stille|nieuwe|verlegen|lieve|oudste|jongste)\\s+)?${KID}\\s+(?:die|dat|wiens|wier)(?![\\p{L}])`,
    `(?<![\\p{L}])(?:het|de|dat|die)\\s+(?:(?:kleine|stille|nieuwe|verlegen|lieve|oudste|jongste)\\s+)?${KID}\\s+met\\s+(?:de|het|die|dat|zijn|haar|z'n)\\s+(?:\\p{L}+\\s+)?\\p{L}{3,}`,
    `(?<![\\p{L}])the\\s+(?:little\\s+|quiet\\s+|new\\s+)?(?:boy|girl|kid|child|student|pupil|little\\s+one)\\s+(?:who|whose|that)(?![\\p{L}])`,
    `(?<![\\p{L}])(?:mijn|m'n|onze)\\s+(?:\\p{L}+\\s+)?(?:held|heldin|heldje|vriend|vriendje|vriendinnetje|kanjer|kanjertje|sterretje|boefje|mannetje|prinses|rakker|dondersteen)\\s+(?:uit|van|in)\\s+(?:(?:groep|gr\\.?)\\s*[1-8]|(?:mijn|m'n|onze)\\s+(?:klas|groep))`,
    `(?<![\\p{L}])my\\s+little\\s+(?:superstar|star|one|guy|man|buddy|friend|hero)(?![\\p{L}])`,
    // "Kid whose dad is in jail …" at the start of a sentence; "the new Year 9 girl".
    `(?:^|(?<=[.!?]\\s{1,3}))(?:kid|boy|girl|child|student|pupil)\\s+(?:whose|who)(?![\\p{L}])`,
    `(?<![\\p{L}])the\\s+(?:new\\s+|little\\s+|quiet\\s+)?(?:year|grade|group)\\s+[1-9]\\d?\\s+(?:boy|girl|kid|student|pupil)(?![\\p{L}])`,
  ].join('|'),
  'gu',
);

/** Every person singled out in the draft, computed once per analysis. */
export function individuals(ctx: RuleContext): Individual[] {
  return ctx.memo('individuals', () => {
    const { view } = ctx;
    const out: Individual[] = [];
    const seen = new Set<number>();
    const add = (p: Individual): void => {
      if (seen.has(p.start)) return;
      seen.add(p.start);
      out.push(p);
    };
    for (const n of nameMentions(ctx)) {
      add({ start: n.start, end: n.end, kind: n.staff ? 'staff' : 'pupil', named: true });
    }
    // A reply to one parent: "uw dochter", "jouw zoon" is that parent's child.
    if (ctx.draft.isReply) {
      for (const m of view.norm.matchAll(YOUR_CHILD)) {
        add({ start: m.index, end: m.index + m[0].length, kind: 'pupil', named: false });
      }
      // "Ze is met zwangerschapsverlof": a reply's opening "ze/hij" is the one asked about.
      // "Ja ze is even thuis": a yes, no or "klopt" may come first.
      const lead =
        /^\s*(?:@\S+\s+)?(?:(?:ja|nee|klopt|inderdaad|yes|no)[\s,!.]+)?(ze|zij|hij|she|he)(?![\p{L}])/u.exec(
          view.norm,
        );
      if (lead) {
        const start = lead.index + lead[0].length - lead[1]!.length;
        add({ start, end: start + lead[1]!.length, kind: 'someone', named: false });
      }
    }
    for (const m of execAll(view, PHRASES)) {
      const kind: IndividualKind = m.groups?.pupil
        ? 'pupil'
        : m.groups?.parent
          ? 'parent'
          : 'staff';
      const range = { start: m.index, end: m.index + m[0].length };
      if (isGenericDescription(view.norm, range, m[0])) continue;
      // "Bij het overlijden van een leerling, ouder of collega volgen wij ons rouwprotocol".
      if (INDEFINITE.test(m[0]) && proceduralAt(ctx, range.start)) continue;
      // "Reden voor schorsing is wangedrag van een leerling, zoals …": examples of a kind of
      // case, not one told (a school guide, c1 real texts, 2026-12).
      if (INDEFINITE.test(m[0]) && examplesOfAKind(ctx, range)) continue;
      add({ ...range, kind, named: false });
    }
    for (const m of view.norm.matchAll(DESCRIBED_KID)) {
      // "Het kind dat ziek is, blijft thuis": a rule for any child, not one.
      if (
        proceduralAt(ctx, m.index) ||
        GENERIC_BEFORE.test(view.norm.slice(Math.max(0, m.index - 12), m.index))
      )
        continue;
      add({ start: m.index, end: m.index + m[0].length, kind: 'pupil', named: false });
    }
    for (const m of view.norm.matchAll(DUTCH_LABELLED_KID)) {
      add({ start: m.index, end: m.index + m[0].length, kind: 'pupil', named: false });
    }
    for (const m of view.norm.matchAll(LABELLED_KID)) {
      if (NOT_A_LABEL.test(m[0])) continue;
      add({ start: m.index, end: m.index + m[0].length, kind: 'pupil', named: false });
    }
    for (const [re, kind, group] of [
      [STAFF_TITLE_NAME, 'staff', 0],
      [STAFF_INITIAL, 'staff', 0],
      [FAMILY_NAME, 'parent', 0],
      [NAME_POSSESSIVE, 'parent', 0],
      [INITIAL, 'pupil', 0],
      [NAME_THEN_VERB, 'pupil', 1],
    ] as const) {
      for (const m of view.raw.matchAll(re)) {
        if (re === NAME_THEN_VERB && !firstNames.has(m[1]!.toLowerCase())) continue;
        // "Daans vader" is a name; "Als ouders aangifte willen doen" is not (w8 clean draft).
        if (re === NAME_POSSESSIVE && !possessiveOfAName(m[0])) continue;
        // "t.n.v. J. de Vries", "dhr. P. Jansen": an adult addressed formally, not a pupil.
        if (re === INITIAL && ADULT_BEFORE.test(view.raw.slice(Math.max(0, m.index - 10), m.index)))
          continue;
        const range = normRangeOf(view, m.index, m.index + m[group]!.length);
        if (range) add({ ...range, kind, named: true });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  });
}

// A phrase without its own article ("leerling in groep 8") takes the word before it:
// "elke leerling in groep 8 krijgt een schooladvies" is every pupil.
const BARE = /^(?:jongen|meisje|kind|leerling)\s/u;

// "de ouders van de groepen 1 en 2", "de ouders van onze school", "hun zoon/dochter": every
// family of a group, not one (school guides, c1 real texts, 2026-12).
const GROUP_AFTER_VAN =
  /^\s*(?:de\s+(?:groepen|kinderen|leerlingen|klas|school|nieuwe|oudste|jongste)|alle|onze|groep(?:en)?\s+\d|leerlingen|kinderen|kleuters|schoolgaande|the\s+(?:children|pupils|class))(?![\p{L}])/u;
const PLURAL_GROUP =
  /(?:^|[^\p{L}])(?:leerlingen|kinderen|kleuters|ouders|gezinnen|pupils|children|students|parents)(?![\p{L}])/u;
const EITHER_CHILD = /^\s*(?:\/|of|en|or|and)\s*(?:zoon|dochter|son|daughter)(?![\p{L}])/u;
const EITHER_CHILD_BEFORE = /(?:zoon|dochter|son|daughter)\s*(?:\/|of|en|or|and)\s*$/u;

function isGenericDescription(norm: string, r: Range, text: string): boolean {
  if (
    /^(?:de|the)\s+(?:ouders|parents)\s+(?:van|of)$/u.test(text) &&
    GROUP_AFTER_VAN.test(norm.slice(r.end, r.end + 30))
  )
    return true;
  if (
    /(?:zoon|dochter|son|daughter)$/u.test(text) &&
    EITHER_CHILD.test(norm.slice(r.end, r.end + 14))
  )
    return true;
  if (EITHER_CHILD_BEFORE.test(norm.slice(Math.max(0, r.start - 14), r.start))) return true;
  // "de leerlingen van groep 8 hebben met hun ouders …": "hun" goes back to the group.
  if (
    /^(?:hun|their)\s/u.test(text) &&
    PLURAL_GROUP.test(norm.slice(Math.max(0, r.start - 90), r.start))
  )
    return true;
  if (BARE.test(text) && GENERIC_BEFORE.test(norm.slice(Math.max(0, r.start - 12), r.start))) {
    return true;
  }
  if (!INDEFINITE.test(text) || /(groep|klas|class|group|mij|ons)\b/.test(text)) return false;
  if (GENERIC_BEFORE.test(norm.slice(Math.max(0, r.start - 12), r.start))) return true;
  // "een vader die zijn dochter niet mag zien … staat elke dag bij het hek" is one father;
  // "een kind met dyslexie heeft recht op …" is any child. A told event decides.
  if (!GENERIC_AFTER.test(norm.slice(r.end, r.end + 6))) return false;
  const around = norm.slice(Math.max(0, r.start - 120), r.end + 160);
  return !ANECDOTE.test(around) || KNOWLEDGE.test(around);
}

// "…, las ik vandaag in een artikel": a case from reading, not from one's class.
const KNOWLEDGE =
  /(?<![\p{L}])(las|lees|gelezen|artikel|onderzoek|studie|webinar|podcast|boek|read|article|study|research)(?![\p{L}])/u;

// A story of one case: a time, "bij ons", "in mijn klas", "told me".
const ANECDOTE =
  /(?<![\p{L}])(vandaag|gisteren|vanochtend|vanmiddag|vanavond|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|vorige week|deze week|net|zojuist|bij ons|in mijn (klas|groep)|mijn klas|elke dag|today|yesterday|this morning|last week|told me|at the gate|bij het hek)(?![\p{L}])/u;

const EXAMPLES =
  /(?<![\p{L}])(?:zoals|bijvoorbeeld|bijv|onder andere|o\.a|for example|such as)(?![\p{L}])/u;

function examplesOfAKind(ctx: RuleContext, range: Range): boolean {
  const s = sentenceOf(ctx, range.start);
  const after = ctx.view.norm.slice(range.end, Math.min(s.end, range.end + 200));
  if (!EXAMPLES.test(after)) return false;
  return !ANECDOTE.test(ctx.view.norm.slice(s.start, Math.min(s.end, s.start + 400)));
}

/** People of the given kinds singled out inside `range`. */
export function individualsIn(
  ctx: RuleContext,
  range: Range,
  kinds: ReadonlySet<IndividualKind> = ALL_KINDS,
): Individual[] {
  return overlapping(individuals(ctx), range).filter(
    (p) => p.kind === 'someone' || kinds.has(p.kind),
  );
}

/** Every kind of person. */
export const ALL_KINDS: ReadonlySet<IndividualKind> = new Set(['pupil', 'parent', 'staff']);
/** Pupils and their families (not staff). */
export const PUPIL_OR_PARENT: ReadonlySet<IndividualKind> = new Set(['pupil', 'parent']);

// A plural or topic frame makes a word general: "kinderen met dyslexie", "een workshop over
// autisme", "Week van de dyslexie".
const PLURAL_WITH =
  /(?:kinderen|leerlingen|kids|kinders|kleuters|mensen|jongeren|volwassenen|ouders|gezinnen|leerkrachten|collega's|collegas|children|students|pupils|people|teachers|families)(?:\s+\p{L}+){0,2}\s+(?:met|with|die|who|zonder)(?:\s+\p{L}+){0,2}\s*$/u;
const TOPIC_FRAME =
  /(?:^|[^\p{L}])(?:over|about|rond|rondom|omtrent|thema|lezing|webinar|workshop|cursus|training|boek|artikel)(?:\s+\p{L}+){0,2}\s*$/u;
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}'])(?:zijn|haar|z'n|hun|his|her|their)(?:\s+\p{L}+)?\s*$/u;
const AWARENESS = /(?:^|[^\p{L}])(?:week|dag|maand|day|week) van de\s*$/u;
// Compounds that name a cause, not a person: diabetesfonds, kankerbestrijding, astmadag.
const CAUSE_SUFFIX =
  /(?:fonds|onderzoek|bestrijding|stichting|vereniging|week|dag|maand|collecte|loop|run|actie|campagne|lezing|workshop|cursus|training|protocol|beleid|specialist(?:en)?)$/u;

const FIRST_PERSON =
  /(?:^|[^\p{L}'])(?:ik|mijn|m'n|me|mij|i|my|myself|we|wij|ons|onze)(?![\p{L}'])/u;
// Not "zijn", "haar", "ze": also "are", "hair" and "they".
const THIRD_PERSON = /(?:^|[^\p{L}'])(?:hij|zij|hem|z'n|he|she|his|him)(?![\p{L}'])/u;
const CLAUSE_BREAK = /[,;:()]|\s[–—-]\s/gu;
// "… Noor uit groep 3. Ouders hebben weinig geld": a bare family word opening the sentence
// goes on about the child of the sentence before.
const FOR_WHOM =
  /^\s*(?:(?:de\s+)?vraag\s+(?:is\s+)?|het\s+(?:is|gaat)\s+|it'?s\s+|asking\s+)?(?:voor|om|for)\s/u;
const FAMILY_AT_START =
  /^\s*(?:de\s+)?(?:ouders|moeder|vader|mama|papa|mum|mom|dad|parents)(?![\p{L}])/u;

/** A sensitive word about a person: which word, and whether the person is named. */
export type SensitiveHit = { match: NormMatch; named: boolean; who: Individual[] };

/**
 * Keeps the sensitive words that are about one singled-out person of the given kinds: in the
 * same sentence, or in the previous one when this sentence goes on with "hij/zij/haar…".
 * Drops general talk (plural or topic frames, awareness days, charity compounds) and one's
 * own news ("ik heb zelf dyslexie") when no one else is in that clause.
 */
export function aboutIndividual(
  ctx: RuleContext,
  matches: readonly NormMatch[],
  kinds: ReadonlySet<IndividualKind> = ALL_KINDS,
): SensitiveHit[] {
  const { view } = ctx;
  const out: SensitiveHit[] = [];
  const sentencesDone = new Set<number>();
  for (const match of matches) {
    if (CAUSE_SUFFIX.test(match.text)) continue;
    const before = view.norm.slice(Math.max(0, match.start - 50), match.start);
    if (PLURAL_WITH.test(before) || AWARENESS.test(before)) continue;
    // "een workshop over autisme … met collega Petra" is a topic; "over zijn autisme" is not.
    if (TOPIC_FRAME.test(before) && !POSSESSIVE_BEFORE.test(before)) continue;
    const whole = sentenceOf(ctx, match.start);
    // One reminder per sentence: "gediagnosticeerd met autisme" is one piece of news.
    if (sentencesDone.has(whole.start)) continue;
    // Windows of a few hundred characters: a wall of text without full stops stays linear.
    const sentence = clamp(whole, match.start, match.end);
    const clause = clauseAround(view.norm, sentence, match);
    const inClause = individualsIn(ctx, clause, kinds);
    let who = individualsIn(ctx, sentence, kinds);
    // "Collega Sandra … . Na haar functioneringsgesprek …": the person is in the sentence before.
    const pointsBack =
      THIRD_PERSON.test(view.norm.slice(sentence.start, sentence.end)) ||
      POSSESSIVE_BEFORE.test(before) ||
      FAMILY_AT_START.test(view.norm.slice(whole.start, whole.start + 24));
    // "… de moeder van een van mijn leerlingen. Borstkanker, twee kleine kinderen.", "Wat een
    // week met T. Politie aan de deur.": a short fragment with no one of its own goes on about
    // the person just named (w17 drafts, tests/corpus/train, 2026-12-03).
    if (who.length === 0 && whole.start > 0 && (pointsBack || isFragment(view.norm, whole))) {
      const previous = sentenceOf(ctx, whole.start - 1);
      who = individualsIn(ctx, clamp(previous, whole.start, whole.start, 300, 0), kinds);
    }
    // "Wie weet een goede logopedist? Vraag voor een leerling van mij, …": the person comes
    // in the next sentence, introduced as the one the question is for.
    if (who.length === 0 && whole.end < view.norm.length) {
      const next = sentenceOf(ctx, whole.end);
      if (FOR_WHOM.test(view.norm.slice(next.start, next.start + 30))) {
        who = individualsIn(ctx, clamp(next, next.start, next.start, 0, 200), kinds);
      }
    }
    if (who.length === 0) continue;
    // "Ik heb dyslexie, net als collega Petra" is one's own news in this clause.
    const ownClause = view.norm.slice(clause.start, clause.end);
    // "Femke … voor haar dyslexie 😍 ik ben zo trots": "haar" says whose it is.
    if (
      inClause.length === 0 &&
      FIRST_PERSON.test(ownClause) &&
      !THIRD_PERSON.test(ownClause) &&
      !POSSESSIVE_BEFORE.test(before)
    ) {
      continue;
    }
    sentencesDone.add(whole.start);
    out.push({ match, named: who.some((p) => p.named), who });
  }
  return out;
}

const FRAGMENT_WORDS = 7;

/** A sentence of at most FRAGMENT_WORDS words that names no group of people. */
function isFragment(norm: string, sentence: Range): boolean {
  const words = norm.slice(sentence.start, Math.min(sentence.end, sentence.start + 200));
  return (
    (words.match(/\p{L}+/gu)?.length ?? 0) <= FRAGMENT_WORDS &&
    !PLURAL_GROUP.test(norm.slice(sentence.start, sentence.end))
  );
}

/** The part of the sentence between commas, colons, brackets or dashes around `m`. */
export function clauseAround(norm: string, sentence: Range, m: Range): Range {
  let start = sentence.start;
  let end = sentence.end;
  const text = norm.slice(sentence.start, sentence.end);
  for (const b of text.matchAll(CLAUSE_BREAK)) {
    const at = sentence.start + b.index;
    if (at + b[0].length <= m.start) start = at + b[0].length;
    else if (at >= m.end) {
      end = at;
      break;
    }
  }
  return { start, end };
}
