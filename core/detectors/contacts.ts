import type { RuleContext } from '../rules/types';
import { has, lexicon } from '../text/match';
import type { Span } from '../types';
import { nameMentions } from './context';
import { LETTER } from './latin';
import { firstStartingAt, normIndexAt, overlapping } from '../text/ranges';

// Contact details in the raw text (phone numbers, e-mail addresses, IBANs) and the one
// question all three rules ask: does the draft present this contact as an organisation's
// ("bel de administratie op …", "t.n.v. Ouderraad")? Pure; spans are raw offsets.

/** A contact detail found in the raw text. */
export type Contact = Span & { text: string };

// ---------------------------------------------------------------------------- phones

// Dutch area codes (netnummers): 2-digit ones, then the 3-digit ones (the plan is
// prefix-free, so a number has at most one reading).
const AREA_2 = new Set(
  '10 13 15 20 23 24 26 30 33 35 36 38 40 43 45 46 50 53 55 58 70 71 72 73 74 75 76 77 78 79'.split(
    ' ',
  ),
);
const AREA_3 = new Set(
  `111 113 114 115 117 118 161 162 164 165 166 167 168 172 174 180 181 182 183 184 186 187
  222 223 224 226 227 228 229 251 252 255 294 297 299 313 314 315 316 317 318 320 321 341 342
  343 344 345 346 347 348 411 412 413 416 418 475 478 481 485 486 487 488 492 493 495 497 499
  511 512 513 514 515 516 517 518 519 521 522 523 524 525 527 528 529 541 543 544 545 546 547
  548 561 562 566 570 571 572 573 575 577 578 591 592 593 594 595 596 597 598 599`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * True for a Dutch national number (10 digits, leading 0) that can belong to a person:
 * mobile 06-[1-5,8], a geographic number, or 084/085/087 (personal, VoIP). Not 0800/0900/
 * 0906/0909 (service), 088 (company numbers), 112 and the like.
 */
export function isPersonalDutchNumber(national: string): boolean {
  if (!/^0\d{9}$/.test(national)) return false;
  if (/^06[1-58]/.test(national)) return true;
  if (/^08[457]/.test(national)) return true;
  const rest = national.slice(1);
  if (AREA_2.has(rest.slice(0, 2))) return rest[2] !== '0';
  if (AREA_3.has(rest.slice(0, 3))) return rest[3] !== '0';
  return false;
}

// A digit run as people write phone numbers: optional +/00 country prefix and "(0)", then
// digits with single spaces, dashes, dots or slashes between groups. Each repetition eats a
// digit, so the pattern is linear; the lookarounds keep it off longer digit runs, decimals
// and words.
const PHONE_CANDIDATE = new RegExp(
  `(?<![${LETTER}0-9+,./:=_-])(?:\\+|00)?(?:\\d{1,3}[ ]?\\(0\\)[ ]?)?\\d(?:(?: ?[-./] ?| )?\\d){7,13}(?![${LETTER}0-9]|[.,/-]\\d)`,
  'gu',
);

/** The national form (0…) of a Dutch number written with +31/0031, or undefined. */
function nationalForm(written: string): string | undefined {
  const digits = written.replace(/\D/g, '');
  if (written.startsWith('+') || digits.startsWith('00')) {
    const intl = written.startsWith('+') ? digits : digits.slice(2);
    if (!intl.startsWith('31')) return undefined;
    const rest = intl.slice(2).replace(/^0/, ''); // "+31 (0)6 …"
    return `0${rest}`;
  }
  return digits;
}

/** A foreign number: +CC and 9–12 more digits (Belgian, German mobiles near the border). */
function isForeignNumber(written: string): boolean {
  const digits = written.replace(/\D/g, '');
  const intl = written.startsWith('+') ? digits : digits.startsWith('00') ? digits.slice(2) : '';
  return intl.length >= 10 && intl.length <= 14 && !intl.startsWith('31') && !intl.startsWith('0');
}

// Cheap pre-check: a phone number has at least eight digits, close together.
const HAS_EIGHT_DIGITS = /\d(?:\D{0,3}\d){7}/u;
const URL = /(?:https?:\/\/|www\.)\S+/giu;

/** Raw ranges of URLs: numbers inside them are not phone numbers. */
export function urlSpans(raw: string): Span[] {
  return [...raw.matchAll(URL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

// URLs are few and sorted: the last one that starts at or before the span decides.
const inside = (spans: readonly Span[], s: Span): boolean => {
  const u = spans[firstStartingAt(spans, s.start + 1) - 1];
  return u !== undefined && s.end <= u.end;
};

/** Phone numbers that could be a person's, with their national form for allowlists. */
export function phoneNumbers(raw: string): (Contact & { national: string })[] {
  if (!HAS_EIGHT_DIGITS.test(raw)) return [];
  const urls = urlSpans(raw);
  const out: (Contact & { national: string })[] = [];
  for (const m of raw.matchAll(PHONE_CANDIDATE)) {
    const text = m[0].trimEnd();
    const span = { start: m.index, end: m.index + text.length };
    if (inside(urls, span)) continue;
    // Two groups of four digits joined by a dash are a school year or a range ("2024-2025").
    if (/^(?:19|20)\d{2}\s?[-/–]\s?(?:19|20)\d{2}$/.test(text)) continue;
    const national = nationalForm(text);
    if (national && isPersonalDutchNumber(national)) out.push({ ...span, text, national });
    else if (!national && isForeignNumber(text)) out.push({ ...span, text, national: text });
  }
  return out;
}

/** The national digits of a number written any way ("+31 513 123 456" → "0513123456"). */
export function normalisePhone(written: string): string {
  return nationalForm(written.trim()) ?? written.replace(/\D/g, '');
}

// ---------------------------------------------------------------------------- e-mail

// RFC-lite, found from each "@" outwards: a single regex that tries every word start would
// cost far more on long drafts. Local part up to 64 characters, domain labels bounded.
const LOCAL_CHAR = new RegExp(`[${LETTER}0-9._%+-]`, 'u');
const DOMAIN = new RegExp(
  `[${LETTER}0-9-]{1,63}(?:\\.[${LETTER}0-9-]{1,63}){0,4}\\.[${LETTER}]{2,24}(?![${LETTER}0-9-])`,
  'uy',
);

/** E-mail addresses in the raw text (social handles like @juf_x have no domain: not matched). */
export function emailAddresses(raw: string): Contact[] {
  const out: Contact[] = [];
  for (let at = raw.indexOf('@'); at >= 0; at = raw.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_CHAR.test(raw[start - 1]!)) start--;
    if (start === at || (start > 0 && LOCAL_CHAR.test(raw[start - 1]!))) continue;
    DOMAIN.lastIndex = at + 1;
    const domain = DOMAIN.exec(raw);
    if (!domain) continue;
    // A trailing dot ends the sentence, not the address.
    const end = at + 1 + domain[0].length;
    out.push({ start, end, text: raw.slice(start, end) });
  }
  return out;
}

// ---------------------------------------------------------------------------- IBAN

const HAS_TWO_DIGITS_AFTER_LETTERS = /[A-Za-z]{2}\d{2}/u;
// Country, check digits, then groups of four (spaces allowed between groups). Each group
// has a fixed length, so the split of a run is unique and the scan stays linear.
const IBAN_CANDIDATE = new RegExp(
  `(?<![${LETTER}0-9])[A-Za-z]{2}\\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?(?![${LETTER}0-9])`,
  'gu',
);

/** IBAN-shaped strings, in electronic format (upper case, no spaces) as `text`. */
export function ibanCandidates(raw: string): Contact[] {
  if (!HAS_TWO_DIGITS_AFTER_LETTERS.test(raw)) return [];
  return [...raw.matchAll(IBAN_CANDIDATE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0].replace(/ /g, '').toUpperCase(),
  }));
}

// ------------------------------------------------- presented as an organisation's

// Who a contact belongs to when the draft says so: the school's office, a committee, a venue.
const ORGANISATION_WORDS = [
  'administratie',
  'leerlingadministratie',
  'secretariaat',
  'de school',
  'onze school',
  '(bel|bellen|belt|naar|mail|mailen) (de )?school',
  'het schoolnummer',
  'kantoor',
  'het kantoor',
  'receptie',
  'balie',
  'ouderraad',
  'mr',
  'gmr',
  'medezeggenschapsraad',
  'directie',
  'schoolbestuur',
  'bestuur',
  'stichting',
  'vereniging',
  'gemeente',
  'ggd',
  'huisartsenpost',
  'bibliotheek',
  'sporthal',
  'sportpark',
  'zwembad',
  'bso',
  'tso',
  'kinderopvang',
  'overblijf',
  'peuterspeelzaal',
  'kinderdagverblijf',
  'opvang',
  'club',
  'bedrijf',
  'winkel',
  'klantenservice',
  'helpdesk',
  'servicedesk',
  'informatienummer',
  'algeme(ne|en) nummer',
  'schoolnummer',
  'organisatie',
  'commissie',
  'werkgroep',
  '*commissie',
  'buurthuis',
  'dorpshuis',
  'wijkcentrum',
  'kerk',
  'museum',
  'politie',
  'wijkagent',
  // A school named as one: "Basisschool De Linde, tel. …", "obs Het Palet, 050 …".
  'basisschool',
  '(obs|cbs|pcbs|rkbs|kbs|ikc|sbo)',
  'kindcentrum',
  'integraal kindcentrum',
  'schoolgebouw',
  'office',
  'front desk',
  'school office',
  'committee',
  // The organisation speaking for itself.
  '(wij|we) zijn (telefonisch |goed )?bereikbaar',
  'ons (telefoon)?nummer',
  '(bel|mail|app|bereik) ons',
  'ons (bellen|mailen|bereiken)',
  '(call|email|e-mail|contact|reach) us',
];

/** A Dutch mobile number (06, +31 6, 0031 6), however it is written. */
function isMobile(written: string): boolean {
  return /^(?:\+?31|0031)?\(?0?\)?6\d{8}$/u.test(written.replace(/[\s./-]/gu, ''));
}

// Role mailboxes: an organisation's address, never a person's (catalogue, shared pipeline 8).
const ROLE_MAILBOX =
  /(?<![\p{L}\p{N}._%+-])(?:info|administratie|admin|secretariaat|directie|contact|office|kantoor|receptie|aanmelden|inschrijven|ouderraad|mr|vacatures|hallo|welkom)@/u;

/** "t.n.v. Ouderraad", "(administratie)", "van de ouderraad" right after the contact. */
const ORG_AFTER = lexicon([
  '(tnv|ten name van) (de )?(ouderraad|or|mr|stichting|vereniging|school|obs|cbs|pcbs|ikc|kindcentrum|administratie|gemeente|commissie|werkgroep)',
  '(van|voor) (de|het) (administratie|secretariaat|school|ouderraad|mr|kantoor|receptie|bso|directie)',
]);

// Things that make a contact a person's even after an organisation word: "bel de school of
// mij op …", "juf Anouk (school) is op haar 06 …".
const PRIVATE_BETWEEN =
  /(?:^|[^\p{L}'])(?:mij|me|mijn|m'n|prive|privenummer|z'n|hem|thuis|persoonlijk|juf|meester|moeder|vader|mama|papa|my|him|home|personal)(?![\p{L}'])/u;

// How an organisation gives its own line: reporting a child sick, a vacancy, an open day,
// "bel (met) school", "telefonisch". Training drafts by five outside writers (tests/corpus/
// train, 2026-12) show the school's landline in such posts as the most common false "private
// number"; a person's landline comes with a private word instead (thuis, mijn, de moeder van).
const SERVICE_CUES = lexicon([
  '(ziekmeld|ziek meld)(en|ing)?',
  'afmeld(en|ing)',
  'meld (dit|het|uw kind|je kind)',
  'telefonisch',
  'bel (gerust |dan |even |maar )?(gerust |dan |even |maar )?(met )?(de |het |onze )?(school|administratie|directeur|directie|conciërge|concierge|kantoor|ons|tussen|na|voor|vanaf)',
  'interesse',
  'vacature(s)?',
  'gezocht',
  '(wij|we) zoeken',
  'solliciteren',
  'rondleiding',
  'open (dag|ochtend|middag|avond)',
  'aanmelden',
  'bereikbaar',
  'nieuwe (telefoon)?nummer',
  'call',
  'phone',
  'report (your child|him|her) sick',
  'vacancy',
  'looking for',
]);

/** Words that make a landline a person's: "thuis", "haar nummer", "de moeder van Daan". */
const PRIVATE_LANDLINE =
  /(?:^|[^\p{L}'])(?:mij|me|mijn|m'n|prive|privenummer|privé|haar|zijn nummer|z'n|hem|thuis|thuisnummer|vaste nummer van|moeder|vader|mama|papa|oma|opa|ouders van|my|his|her|home|personal)(?![\p{L}'])/u;

const PROFESSIONAL_CONTACT =
  /(?:vertrouwenspersoon|aandachtsfunctionaris|jeugdverpleegkundige|jeugdarts|schoolarts|schoolmaatschappelijk\s+werk(?:er|ster)?|klachtencommissie|leerplichtambtenaar|contactpersoon)(?:[^.!?\n]|\.\s*\p{Lu}?\p{Ll}){0,120}(?:bereikt\s+u\s+(?:haar|hem)|u\s+bereikt\s+(?:haar|hem)|is\s+bereikbaar|bereikbaar\s+(?:via|op|per)|(?:kunt|kan)\s+(?:u\s+|je\s+)?(?:haar|hem)\s+bereiken)/u;
const SCHOOL_LINE_AFTER =
  /^[\s,.:;()-]{0,4}(?:(?:dit|dat)\s+is\s+)?(?:de|het|ons|onze)\s+(?:school(?:telefoon|nummer|mobiel|mobieltje)|kamptelefoon|noodnummer)(?![\p{L}])/u;
// The writer's own work line asked to be called: "Vragen? Bel 0512-448 210", "belt u mij op
// 038-…?", "U kunt een afspraak maken via 0599-…", "Het nummer van school is …". The outside
// writers' clean drafts (w3, w4, w6, w7, w8, w9, w10, tests/corpus/train, 2026-12) give the
// school's landline this way far more often than anyone's private line; a private landline
// comes with a private word (thuis, haar, de moeder van, privé), which still counts.
const CALL_BEFORE =
  /(?:^|[^\p{L}])(?:bel|bellen|belt|terugbellen|belt\s+u|bereiken|bereikbaar|afspraak\s+maken|contact\s+opnemen|nummer\s+van\s+(?:de\s+)?school\s+is|call|ring|phone)(?:\s+(?:\p{L}+|\d{1,2}(?:[.:]\d{2})?)){0,6}\s*(?:op|via|naar|on|at)?[\s:?]*$/u;
const PRIVATE_CALL =
  /(?:^|[^\p{L}'])(?:prive|privenummer|privé|haar|zijn|z'n|hem|thuis|thuisnummer|vaste\s+nummer\s+van|moeder|vader|mama|papa|oma|opa|ouders|her|his|home|personal|mobiel|mobile)(?![\p{L}'])/u;

// A landline given with opening hours ("tussen 8.00 en 8.20 uur op telefoonnummer …") or
// beside the website ("Info op de site of via 0593-…"): how a school or foundation publishes
// its own line (c2, w11, w12 clean drafts, tests/corpus/train, 2026-12). Nobody posts office
// hours for their home phone.
const OFFICE_HOURS =
  /(?<![\p{L}\p{N}])(?:tussen|van)\s+\d{1,2}(?:[.:]\d{2})?\s+(?:en|tot)\s+\d{1,2}(?:[.:]\d{2})?\s*uur(?![\p{L}])/u;
const WEBSITE_OR =
  /(?<![\p{L}])(?:de|onze|the|our)\s+(?:school)?(?:website|site|schoolapp|app)\s+(?:of|en|or)\s+(?:via|op|bel|call)?\s*(?:telefoon(?:nummer)?|tel\.?)?[\s:]*$/u;

function publishedLandline(ctx: RuleContext, span: Span, from: number, sentenceStart: number) {
  const { view } = ctx;
  if (isMobile(view.raw.slice(span.start, span.end))) return false;
  const before = view.norm.slice(sentenceStart, from);
  if (PRIVATE_CALL.test(before)) return false;
  return (
    OFFICE_HOURS.test(before) || WEBSITE_OR.test(view.norm.slice(Math.max(0, from - 50), from))
  );
}

function callToActionLandline(ctx: RuleContext, span: Span, from: number, sentenceStart: number) {
  const { view } = ctx;
  const written = view.raw.slice(span.start, span.end);
  if (isMobile(written)) return false;
  const before = view.norm.slice(sentenceStart, from);
  if (!CALL_BEFORE.test(view.norm.slice(Math.max(0, from - 60), from))) return false;
  return !PRIVATE_CALL.test(before);
}

/**
 * True when a landline (never a mobile) stands in a post where the organisation gives its
 * own line (a service cue in the draft) and nothing private is said before it in its sentence.
 */
function serviceLandline(ctx: RuleContext, span: Span, from: number, sentenceStart: number) {
  const { view } = ctx;
  const written = view.raw.slice(span.start, span.end);
  if (written.includes('@') || isMobile(written)) return false;
  if (!has(view, SERVICE_CUES)) return false;
  return !PRIVATE_LANDLINE.test(view.norm.slice(sentenceStart, from));
}

/**
 * True when the draft presents the contact at raw `span` as an organisation's: an
 * organisation word (or the school's name) earlier in its sentence with nothing private in
 * between, or "t.n.v. Ouderraad" / "(administratie)" right after it.
 */
export function presentedAsOrganisation(ctx: RuleContext, span: Span): boolean {
  const { view, policy } = ctx;
  const from = normIndexAt(view, span.start);
  const to = normIndexAt(view, span.end);
  const sentenceStart = lastBreakBefore(view.norm, from, from - 90);
  const before = view.norm.slice(Math.max(sentenceStart, from - 90), from);
  // Cached per policy by ctx.lexicon, so the school's own name can be part of it.
  const orgBefore = ctx.lexicon('contactOrganisation', [
    ...ORGANISATION_WORDS,
    policy.school.name,
    ...policy.school.aliases,
  ]);
  const after = view.norm.slice(to, to + 45);
  // Next to one of the school's own addresses ("bereikbaar op 0513-… of via info@…").
  const around = view.raw.slice(Math.max(0, span.start - 90), span.end + 90).toLowerCase();
  if (policy.publicContacts.emailDomains.some((d) => around.includes(`@${d.toLowerCase()}`))) {
    return true;
  }
  if (has(view, ORG_AFTER, to, Math.min(view.norm.length, to + 45))) return true;
  // "Onze externe vertrouwenspersoon is Heleen de Jong, u bereikt haar via … of 06 …", "u kunt
  // haar bereiken onder nummer …": a professional's published line for parents (school
  // guides, c1 and c5 real texts, 2026-12).
  if (PROFESSIONAL_CONTACT.test(view.norm.slice(Math.max(0, from - 160), from))) return true;
  // "…: 06-10020030, dit is de schooltelefoon": the draft says whose line it is.
  if (SCHOOL_LINE_AFTER.test(after)) return true;
  if (callToActionLandline(ctx, span, from, Math.max(sentenceStart, from - 90))) return true;
  if (serviceLandline(ctx, span, from, Math.max(sentenceStart, from - 90))) return true;
  if (publishedLandline(ctx, span, from, Math.max(sentenceStart, from - 120))) return true;
  // Beside a role mailbox ("mail naar info@… of bel 020-…"): the organisation's line, as
  // long as it is a landline or service number, not a mobile.
  if (ROLE_MAILBOX.test(around) && !isMobile(view.raw.slice(span.start, span.end))) return true;
  if (
    /^\s*[(:-]?\s*\(?(?:administratie|secretariaat|school|ouderraad|kantoor|receptie)\b/u.test(
      after,
    )
  ) {
    return true;
  }
  // The last organisation word before the contact, and only private words after it count.
  let lastOrgEnd = -1;
  orgBefore.lastIndex = 0;
  for (const m of before.matchAll(orgBefore)) lastOrgEnd = m.index + m[0].length;
  if (lastOrgEnd < 0) return false;
  const between = before.slice(lastOrgEnd);
  if (PRIVATE_BETWEEN.test(between)) return false;
  const betweenStart = from - before.length + lastOrgEnd;
  return overlapping(nameMentions(ctx), { start: betweenStart, end: from }).every(
    (n) => n.start < betweenStart || n.end > from,
  );
}

function lastBreakBefore(norm: string, pos: number, limit: number): number {
  for (let i = pos - 1; i >= Math.max(0, limit); i--) {
    const ch = norm[i]!;
    if (ch === '\n' || ch === '!' || ch === '?') return i + 1;
    // A dot ends a sentence, unless it sits in a number or an abbreviation ("tel.").
    if (ch === '.' && /\s/.test(norm[i + 1] ?? '') && /\p{L}{4}$/u.test(norm.slice(i - 4, i))) {
      return i + 1;
    }
  }
  return Math.max(0, limit);
}
