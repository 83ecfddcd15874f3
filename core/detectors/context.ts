import type { RuleContext } from '../rules/types';
import {
  findAll,
  lexicon,
  sentenceAt,
  tokensOf,
  type NormMatch,
  type Range,
  type Token,
} from '../text/match';
import { ambiguousNames, firstNames } from './names';
import { windowOf } from './ranges';

// Shared signals that several rules combine with their own words. Each is computed once per
// analysis through ctx.memo. All ranges are in the norm view.

const SCHOOL_WORDS = lexicon([
  'onze school',
  'op school',
  'de school',
  'deze school',
  'mijn school',
  'het schoolplein',
  'school(bestuur|leiding|directie|team|plein|reis|kamp|feest|musical)',
  'directeur',
  'directrice',
  'adjunct directeur',
  'adjunct-directeur',
  'directie',
  'schoolleider',
  'bestuur',
  'bestuurder',
  'juf',
  'juffen',
  'juffrouw',
  'meester',
  'meesters',
  'leerkracht(en)?',
  'leraar',
  'leraren',
  'docent(en)?',
  'collega(s)?',
  "collega's",
  'het team',
  'ons team',
  'teamleden',
  'intern begeleider',
  'ib-er',
  'leerling(en)?',
  'leerlingetje(s)?',
  'kinderen van groep',
  'groep [1-8]',
  'groep [1-8][a-d]',
  'kleuters',
  'onderbouw',
  'bovenbouw',
  'de klas',
  'mijn klas',
  'onze klas',
  'ouder(s)?',
  'die ouders',
  'sommige ouders',
  'moeder(s)?',
  'vader(s)?',
  'mama',
  'papa',
  'ouderraad',
  'mr',
  'medezeggenschapsraad',
  'gmr',
  'studiedag',
  'ouderavond',
  'teamvergadering',
  'kerstviering',
  'rapportgesprek(ken)?',
  'tienminutengesprek(ken)?',
  'the school',
  'our school',
  'my school',
  'principal',
  'headteacher',
  'head teacher',
  'teacher(s)?',
  'colleague(s)?',
  'parent(s)?',
  'pupil(s)?',
  'student(s)?',
  'staff',
]);

/** Mentions of the school by its name or an alias from the pack. */
export function schoolNameMentions(ctx: RuleContext): NormMatch[] {
  return ctx.memo('schoolNameMentions', () =>
    findAll(
      ctx.view,
      ctx.lexicon('schoolName', [ctx.policy.school.name, ...ctx.policy.school.aliases]),
    ),
  );
}

/** Mentions of the school, its staff, pupils, parents or school events. */
export function schoolReferences(ctx: RuleContext): NormMatch[] {
  return ctx.memo('schoolReferences', () =>
    [...findAll(ctx.view, SCHOOL_WORDS), ...schoolNameMentions(ctx)].sort(
      (a, b) => a.start - b.start,
    ),
  );
}

/** True when the school (or its people) is referred to inside `range`. */
export function mentionsSchoolIn(ctx: RuleContext, range: Range): boolean {
  return schoolReferences(ctx).some((m) => m.start < range.end && m.end > range.start);
}

const PUPIL_WORDS = lexicon([
  'leerling(en)?',
  'leerlingetje(s)?',
  'kind(eren)?',
  'kindje(s)?',
  'jongen(s)?',
  'meisje(s)?',
  'kleuter(s)?',
  'zoon',
  'dochter',
  'klasgeno(o|t)(en)?',
  'groep [1-8][a-d]?',
  'pupil(s)?',
  'student(s)?',
  'kid(s)?',
  'child(ren)?',
  'boy',
  'girl',
]);

/** Mentions of pupils or children. */
export function pupilReferences(ctx: RuleContext): NormMatch[] {
  return ctx.memo('pupilReferences', () => findAll(ctx.view, PUPIL_WORDS));
}

// A person made identifiable: "mijn leerling", "een jongen uit groep 6", "collega X",
// "de moeder van X", initials "J." handled in individualReferences.
const INDIVIDUAL_PHRASES = lexicon([
  'mijn leerling',
  'een leerling',
  'die leerling',
  'deze leerling',
  'onze leerling',
  '(een|die|deze) (jongen|meisje|kind|kleuter) (uit|van|in) (groep|de klas|mijn klas)',
  '(jongen|meisje|kind|leerling) uit groep [1-8][a-d]?',
  '(mijn|een|die|onze) collega',
  'de (moeder|vader|ouders) van',
  'zijn (moeder|vader|ouders)',
  'haar (moeder|vader|ouders)',
  'my (student|pupil)',
  'a (student|pupil|boy|girl) (in|from) (my|year|group)',
  'my colleague',
]);

/** A first name, capitalised in the raw text, and not just an ordinary word. */
export type NameMention = { name: string; start: number; end: number };

// An adult named by role: "Onze directeur, Gerard Bel,", "Marleen Baas, de schooldirecteur",
// "Foto: Anne Smit", "verslaggever Piet" — a director, a reporter or photographer credited
// under a news item is not a child (issue 13; c1 real school texts, 2026-12). So is a
// visitor named by trade: "wijkagent Jan kwam vertellen over veilig fietsen" (w3, 2026-12),
// and an adult by title or new post: "start dhr. Ruud Hoogesteger als directeur" (c4, 2026-12-03).
const ADULT_ROLE =
  /^(?:dhr|mevr|mw|heer|\p{L}*directeur|\p{L}*directrice|directie|schoolleider|locatieleider|teamleider|leerkracht|leraar|lerares|docent|conci[eë]rge|ib-?er|begeleider|vertrouwenspersoon|coördinator|coordinator|voorzitter|secretaris|penningmeester|bestuurder|wethouder|burgemeester|minister|fotograaf|fotografe|fotografie|foto|foto's|tekst|verslaggever|verslaggeefster|journalist|redacteur|redactie|auteur|schrijver|interviewer|correspondent|presentator|wijkagent|agent|agente|politieagent|brandweerman|brandweervrouw|boswachter|imker|boer|boerin|gastspreker|gastdocent|illustrator|kunstenaar|dokter|huisarts|tandarts|schoolarts|jeugdarts|jeugdverpleegkundige|trainer|trainster|coach|officer|firefighter|principal|headteacher|teacher|photographer|photo|photos|reporter|journalist|author|editor|chair)$/u;

// A heading or an apposition of adults before a list of names.
const ADULT_LIST =
  /(?<![\p{L}])(?:klassenmoeders?|klassenouders?|klassenvaders?|hulpouders|leesouders|overblijfouders|overblijfkrachten|bestuursleden|mr-leden|or-leden|commissieleden|teamleden|leerkrachten|vrijwilligers|ict-?ers?|onderwijsassistenten|stagiaires|stagiair(?:e)?s?)(?:\s+(?:zijn|is))?\s*[:–-]/gu;
// A colleague starting or finishing training: "In groep 4 zal Kim 5 dagen per week aan de slag
// gaan. Zij is klaar met de PABO" (c5).
const NEW_COLLEAGUE =
  /(?<![\p{L}])(?:aan\s+de\s+slag\s+(?:gaan|gaat)|pabo|lerarenopleiding|haar\s+diploma|zijn\s+diploma|komt\s+ons\s+team|ons\s+team\s+versterken|dagen\s+per\s+week\s+(?:werken|lesgeven|voor\s+de\s+klas))(?![\p{L}])/u;
const sentenceText = (norm: string, r: { start: number; end: number }) =>
  norm.slice(r.start, r.end);

function adultRoleAround(norm: string, tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = tokens[k]!;
    if (ADULT_ROLE.test(t.text)) {
      // Only a comma, colon, "is" or articles between the role and the name.
      const between = norm.slice(t.end, tokens[i]!.start);
      if (/^[\s,:;()/&-]*(?:(?:is|de|het|onze|door|en|by|van)[\s,:]+)*$/u.test(between))
        return true;
    }
  }
  // "Gerard Bel, de schooldirecteur": the role right after the name (and a surname).
  const after = norm.slice(tokens[i]!.end, tokens[i]!.end + 60);
  const m =
    /^(?:\s+(?:van|de|der|den|ter|ten|te|\p{L}+)){0,3}\s*(?:[,(]|\s+als(?=\s))\s*(?:de|onze|our|the|nieuwe|new)?\s*(\p{L}+)/u.exec(
      after,
    );
  return m !== null && ADULT_ROLE.test(m[1]!);
}

// "@journalist_Anouk", "@fotograaf.piet": a handle that names the account's trade is an
// adult's (w8 clean reply to a reporter, tests/corpus/train, 2026-12).
function adultHandle(raw: string, at: number): boolean {
  let start = at;
  while (start > 0 && at - start < 40 && /[\p{L}\p{N}_.]/u.test(raw[start - 1]!)) start--;
  if (raw[start - 1] !== '@') return false;
  let end = at;
  while (end < raw.length && end - at < 40 && /[\p{L}\p{N}_.]/u.test(raw[end]!)) end++;
  return raw
    .slice(start, end)
    .toLowerCase()
    .split(/[_.]+/u)
    .some((part) => ADULT_ROLE.test(part));
}

/**
 * First names of people in the draft (norm ranges). A name that is also a word (Roos, Job)
 * counts only when capitalised mid-sentence; a name at the start of a sentence counts when
 * it is not an ambiguous one. Staff names come with juf/meester and are flagged `staff`.
 */
export function nameMentions(ctx: RuleContext): (NameMention & { staff: boolean })[] {
  return ctx.memo('nameMentions', () => {
    const out: (NameMention & { staff: boolean })[] = [];
    const { view } = ctx;
    const staffNames = new Set(ctx.policy.staffNames.map((n) => n.toLowerCase()));
    const tokens = tokensOf(view);
    tokens.forEach((tok, i) => {
      if (!firstNames.has(tok.text) && !staffNames.has(tok.text)) return;
      const span = view.toRaw(tok.start, tok.end);
      const first = view.raw[span.start] ?? '';
      if (first === first.toLowerCase()) return; // names are written with a capital
      // First word of its sentence: no earlier word inside the same sentence.
      const sentence = sentenceAt(ctx.sentences, tok.start);
      const atSentenceStart = i === 0 || tokens[i - 1]!.start < sentence.start;
      if (ambiguousNames.has(tok.text) && atSentenceStart) return;
      const prev = tokens[i - 1]?.text ?? '';
      const staff =
        staffNames.has(tok.text) ||
        /^(juf|juffrouw|meester|mevrouw|meneer|mr|mrs|ms|directeur|directrice|(?:\p{L}+-)?collega)$/u.test(
          prev,
        );
      out.push({
        name: tok.text,
        start: tok.start,
        end: tok.end,
        staff: staff || adultRoleAround(view.norm, tokens, i) || adultHandle(view.raw, span.start),
      });
    });
    // "groep 5 heeft 2 klassenmoeders: Manon Joosse en Marga Peters", "Bestuursleden: …": every
    // name after a heading of adults, up to the paragraph's end (c5 real school texts, 2026-12-03).
    const adultLists = [...view.norm.matchAll(ADULT_LIST)].map((m) => {
      const from = m.index + m[0].length;
      const blank = view.norm.indexOf('\n\n', from);
      return { start: from, end: Math.min(blank < 0 ? view.norm.length : blank, from + 400) };
    });
    for (const n of out) {
      if (adultLists.some((r) => n.start >= r.start && n.start < r.end)) n.staff = true;
      else if (NEW_COLLEAGUE.test(sentenceText(view.norm, sentenceAt(ctx.sentences, n.start))))
        n.staff = true;
    }
    // "oud-collega Gerard Mulder … Gerard was dertig jaar meester": once titled as staff, the
    // same name is staff throughout the draft.
    const staffSeen = new Set(out.filter((n) => n.staff).map((n) => n.name));
    for (const n of out) if (staffSeen.has(n.name)) n.staff = true;
    return out;
  });
}

/**
 * References that single out one person: a (non-staff) first name, initials ("J."), or a
 * phrase such as "mijn leerling", "een meisje uit groep 6", "de moeder van".
 */
export function individualReferences(ctx: RuleContext): Range[] {
  return ctx.memo('individualReferences', () => {
    const ranges: Range[] = nameMentions(ctx).map(({ start, end }) => ({ start, end }));
    ranges.push(...findAll(ctx.view, INDIVIDUAL_PHRASES));
    // Initials: a capital letter and a dot before a capitalised word or at a name position.
    for (const m of ctx.view.raw.matchAll(
      /(?<![\p{L}.])\p{Lu}\.(?=\s*(?:\p{Lu}|uit|van|heeft|is)\b)/gu,
    )) {
      const normStart = normIndexOf(ctx, m.index);
      if (normStart >= 0) ranges.push({ start: normStart, end: normStart + 1 });
    }
    return ranges.sort((a, b) => a.start - b.start);
  });
}

/** True when one person is singled out in `range` (usually a sentence). */
export function individualIn(ctx: RuleContext, range: Range): boolean {
  return individualReferences(ctx).some((r) => r.start < range.end && r.end > range.start);
}

/** The norm index whose raw range starts at raw index `rawIndex` (or -1). */
function normIndexOf(ctx: RuleContext, rawIndex: number): number {
  const { view } = ctx;
  // Binary search would need the map; drafts are short, and this runs only for initials.
  for (let i = 0; i < view.norm.length; i++) {
    const span = view.toRaw(i, i + 1);
    if (span.start === rawIndex) return i;
    if (span.start > rawIndex) return -1;
  }
  return -1;
}

/** The sentence around a norm position, widened to its neighbours (catalogue: ±1 sentence). */
export const sentenceWindow = windowOf;
