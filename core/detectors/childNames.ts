import { windowAround } from './media';
import { anyOverlap } from '../text/ranges';
import type { RuleContext } from '../rules/types';
import { findAll, lexicon, tokensOf, type Range } from '../text/match';
import type { Span } from '../types';
import { nameMentions, pupilReferences } from './context';
import { firstNames } from './names';

// Which first names in a draft are children's, and what makes them identifiable. Shared by
// photoNamedChild and privacyChildIdentifiable (both bg-privacy).

/** A child's first name in the draft, with what the draft tells about the child. */
export type ChildName = {
  /** Norm range of the first name. */
  start: number;
  end: number;
  /** Raw span of the name, through the surname when one follows. */
  span: Span;
  /** A surname follows: "Daan de Vries". */
  fullName: boolean;
  /** Group, age, birthday or treat said about this child in its sentences. */
  detail: boolean;
};

// An age of a primary-school child, said as an age: "is 8 geworden", "wordt 7", "8 jaar oud",
// "5-jarige". Not years of service: "is al 12 jaar bij ons", "werkt 8 jaar in groep 5".
const NOT_SERVICE = String.raw`(?!\s+(?:jaar\s+)?(?:bij|in|op|werkzaam|getrouwd|lid|aan|juf|meester|collega|leerkracht|verbonden|geleden))`;
const AGE_NUMBER = String.raw`(?:[3-9]|1[0-3])`;
const AGE_SOURCE =
  String.raw`(?:is|wordt|werd|word|ben|turns|turned)\s+(?:vandaag\s+|morgen\s+|gisteren\s+|nu\s+|today\s+)?${AGE_NUMBER}(?:\s+jaar)?(?:\s+(?:geworden|oud))?(?![\p{L}\p{N}])${NOT_SERVICE}` +
  String.raw`|${AGE_NUMBER}\s+jaar\s+(?:oud|geworden)|${AGE_NUMBER}[- ]?jarige`;
const AGE_ALL = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${AGE_SOURCE})`, 'gu');

// Right after a name, saying it is a child: "Daan uit groep 5", "Noor (7)", "Sem (groep 6)",
// "Sem is vandaag 8 geworden".
const DIRECT_CHILD = new RegExp(
  String.raw`^(?:\s*\(${AGE_NUMBER}(?:\s+jaar)?\)|\s*\((?:groep|gr\.?)\s*[1-8][a-d]?\)` +
    String.raw`|,?\s+(?:uit|van|in|from)\s+(?:groep|group|year)\s+[1-8]` +
    String.raw`|,?\s+(?:uit|van|in|from)\s+(?:mijn|onze|de|my|our)\s+(?:groep|klas|class|group)(?![\p{L}])` +
    String.raw`|\s+(?:${AGE_SOURCE})|,\s+${AGE_NUMBER}\s+jaar(?![\p{L}\p{N}])${NOT_SERVICE})`,
  'u',
);
// Right after a name, a birthday or treat: a detail, but colleagues have birthdays too.
const DIRECT_BIRTHDAY =
  /^(?:\s+(?:is|was|wordt)\s+(?:vandaag\s+|morgen\s+|gisteren\s+)?jarig|\s+trakteer(?:t|de)|\s+viert\s+(?:zijn|haar)\s+verjaardag)/u;

// Said anywhere in the sentence window: the child's group, birthday or treat.
const DETAILS = lexicon([
  'groep [1-8][a-d]?',
  'jarig',
  'verjaardag',
  'trakteert',
  'trakteerde',
  'trakteren',
  'gefeliciteerd',
  'birthday',
  'year [1-8]',
]);

// Words that make the window about children (not colleagues): more than "groep 5" alone.
const STRONG_CHILD = lexicon([
  'leerling(en)?',
  'leerlingetje(s)?',
  'kind(eren)?',
  'kindje(s)?',
  'kleuter(s)?',
  'jongen(s)?',
  'meisje(s)?',
  'zoon(tje)?',
  'dochter(tje)?',
  'klasgeno(o|t)(en)?',
  'trakteert',
  'trakteerde',
  'pupil(s)?',
  'kid(s)?',
]);

// A colleague's window: "onze nieuwe collega Anouk komt in groep 5".
const STAFF_WINDOW = lexicon([
  'collega(s)?',
  "collega['’]s",
  'juf',
  'meester',
  'leerkracht(en)?',
  'leraar',
  'lerares',
  'stagiair(e)?',
  'invaller',
  'invalkracht',
  'onderwijsassistent(e)?',
  'conciërge',
  'concierge',
  'directeur',
  'directrice',
  'intern begeleider',
  'team',
  'teamlid',
  'vrijwilliger(s)?',
  'hulpouder(s)?',
  'vacature',
  'sollicit*',
  'colleague',
  'teacher',
  'staff',
]);

// Stories, books, films: "In groep 4 lezen we Jip en Janneke".
const FICTION = lexicon([
  'lezen',
  'leest',
  'lazen',
  'voorlezen',
  'voorgelezen',
  'verhalen',
  'film',
  'serie',
  'personage(s)?',
  'hoofdpersoon',
  'liedje',
  'toneelstuk',
  'schrijver',
  'schrijfster',
  'auteur',
  'kinderboekenweek',
  'book',
  'story',
]);

// A title in quotes ('Dolfje Weerwolfje') makes the sentence about a book or film.
const QUOTED_TITLE = /(?:^|[\s(])['‘"“][^'‘’"“”\n]{2,60}['’"”](?=[\s,.!?:;)]|$)/u;

// Inside compounds too: "boekentip", "prentenboek", "voorleesverhaal" (a plain substring
// test: a lexicon entry with * on both sides would rescan every word).
const BOOKISH = /boek|verhaal|book/u;

// Adults and public figures named with their title or family role.
const ADULT_TITLE =
  /(?:juf|juffrouw|meester|mevrouw|meneer|mr|mrs|ms|collega|directeur|directrice|burgemeester|wethouder|minister|koning|koningin|prins|prinses|schrijver|schrijfster|auteur|illustrator|kunstenaar|trainer|coach|opa|oma|tante|oom|agent|wijkagent|dokter|sinterklaas|piet|brandweerman|king|queen|author)\s+$/u;

// Book and film characters whose names are also first names.
const CHARACTERS = lexicon([
  // Public figures a class learns about (w5, w10 clean drafts, 2026-12).
  'anne frank',
  'jip en janneke',
  'janneke en jip',
  'tom poes',
  'brandweerman sam',
  'anna en elsa',
  'kikker en pad',
  'pluk van de petteflet',
  'max en de maximonsters',
  'harry potter',
  'sam en julia',
  'pim en pom',
  'rik en roef',
  'kees de jongen',
  'otje',
]);

const SURNAME_STOP = new Set([
  'uit',
  'van',
  'en',
  'is',
  'in',
  'de',
  'het',
  'groep',
  'heeft',
  'was',
  'wordt',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
  'gefeliciteerd',
  'hoera',
  'welkom',
  'bedankt',
  'and',
  'from',
]);
// "de Vries", "van der Berg", "Jansen": up to three particles, then a capitalised word.
const SURNAME =
  /^\s+((?:(?:van|de|der|den|ter|ten|te|het|'t|op|la|le|el|al|von|du)\s+){0,3})(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)/u;

/** The raw end of a surname after the name ending at raw index `end`, or -1. */
function surnameEnd(raw: string, end: number): number {
  const m = SURNAME.exec(raw.slice(end, end + 40));
  if (!m) return -1;
  const word = m[2]!.toLowerCase();
  if (SURNAME_STOP.has(word) || firstNames.has(word)) return -1;
  return end + m[0].length;
}

/** Capitalised first names in the norm view (ambiguous ones too), for the direct patterns. */
function capitalisedNames(ctx: RuleContext): Range[] {
  const { view } = ctx;
  const staff = new Set(ctx.policy.staffNames.map((n) => n.toLowerCase()));
  return tokensOf(view)
    .filter((t) => firstNames.has(t.text) && !staff.has(t.text))
    .filter((t) => {
      const first = view.raw[view.toRaw(t.start, t.end).start] ?? '';
      return first !== first.toLowerCase();
    });
}

/**
 * Children's first names: a first name with a child detail right after it ("Daan uit groep
 * 5", "Roos is jarig"), or a (non-staff) first name in a window about pupils. Colleagues,
 * public figures and book characters are left out.
 */
export function childNames(ctx: RuleContext): ChildName[] {
  return ctx.memo('childNames', () => {
    const { view } = ctx;
    const named = nameMentions(ctx).filter((n) => !n.staff);
    const capitalised = capitalisedNames(ctx);
    if (named.length === 0 && capitalised.length === 0) return [];
    const characters = findAll(view, CHARACTERS);
    const pupils = pupilReferences(ctx);
    // Each word list is matched once over the draft; windows only test overlap.
    const strongChild = [...findAll(view, STRONG_CHILD), ...findAll(view, AGE_ALL)];
    const staffWords = findAll(view, STAFF_WINDOW);
    const fictionWords = findAll(view, FICTION);
    const details = [...findAll(view, DETAILS), ...findAll(view, AGE_ALL)];
    const out: ChildName[] = [];
    const fictionBySentence = new Map<number, boolean>();
    const seen = new Set<number>();
    const consider = (r: Range, windowed: boolean): void => {
      if (seen.has(r.start)) return;
      if (anyOverlap(characters, r)) return;
      const span = view.toRaw(r.start, r.end);
      if (ADULT_TITLE.test(view.norm.slice(Math.max(0, r.start - 16), r.start))) return;
      const surname = surnameEnd(view.raw, span.end);
      // The detail may follow the surname: "Sanne de Wit uit mijn groep".
      const after =
        surname >= 0
          ? view.raw.slice(surname, surname + 50).toLowerCase()
          : view.norm.slice(r.end, r.end + 50);
      const childNow = DIRECT_CHILD.test(after);
      const birthdayNow = DIRECT_BIRTHDAY.test(after);
      // Ambiguous names ("Roos", "Sem" at a sentence start) need something right after them.
      if (!windowed && !childNow && !birthdayNow && surname < 0) return;
      const win = windowAround(ctx, r.start);
      const strong = anyOverlap(strongChild, win);
      const staffWindow = anyOverlap(staffWords, win);
      if (childNow) {
        // "Welkom Anouk, 8 jaar juf in groep 5" is a colleague.
        const before = view.norm.slice(win.start, r.start);
        if (
          staffWindow &&
          !strong &&
          /(?:collega|juf|meester|leerkracht|stagiair|welkom)/u.test(before)
        )
          return;
      } else {
        const sentence = windowAround(ctx, r.start, 0);
        // Once per sentence, not per name: a long one-sentence draft stays linear.
        let fiction = fictionBySentence.get(sentence.start);
        if (fiction === undefined) {
          const text = view.norm.slice(sentence.start, sentence.end);
          fiction =
            anyOverlap(fictionWords, sentence) || BOOKISH.test(text) || QUOTED_TITLE.test(text);
          fictionBySentence.set(sentence.start, fiction);
        }
        if (!birthdayNow && fiction) return;
        if (!strong && !anyOverlap(pupils, win)) return;
        if (!strong && staffWindow) return;
      }
      const detail = childNow || birthdayNow || surname >= 0 || anyOverlap(details, win);
      seen.add(r.start);
      out.push({
        start: r.start,
        end: r.end,
        span: { start: span.start, end: surname >= 0 ? surname : span.end },
        fullName: surname >= 0,
        detail,
      });
    };
    for (const n of named) consider(n, true);
    // A name the draft gives an adult's role ("Onze directeur, Gerard Bel") stays an adult.
    const adults = new Set(
      nameMentions(ctx)
        .filter((n) => n.staff)
        .map((n) => n.start),
    );
    for (const n of capitalised) if (!adults.has(n.start)) consider(n, false);
    return out.sort((a, b) => a.start - b.start);
  });
}
