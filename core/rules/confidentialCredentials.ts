import { clamp, normIndexAt, sentenceNear } from '../text/ranges';
import { findAll, has, lexicon } from '../text/match';
import type { Span } from '../types';
import { defineRule } from './types';

const KEYWORDS = [
  'wachtwoord(en)?',
  'password(s)?',
  'wifi-?wachtwoord',
  'wifi-?code',
  'wifi code',
  'wifi password',
  'inlog',
  'inlogcode',
  'inloggegevens',
  'inlognaam',
  'gebruikersnaam',
  'username',
  'login',
  'pincode',
  'pin-code',
  'toegangscode',
  'alarmcode',
  'deurcode',
  'kluiscode',
  'sleutelkastcode',
  'code van de (kluis|deur|poort|alarm|sleutelkast)',
  // "Nieuwe code voor de personeelsingang is 4471#".
  '(nieuwe )?code (van|voor) de (personeelsingang|ingang|achteringang|deur|voordeur|achterdeur|poort|hek|kluis|sleutelkast|alarm|fietsenstalling|personeelskamer|kopieerapparaat|printer)',
  '(door|gate|alarm|entrance) code',
];
// "ww:" and "pw:" only with a colon or equals sign: "WW-uitkering" is unemployment benefit.
const SHORT_KEYWORDS = /(?<![\p{L}\p{N}])(?:ww|pw)\s*[:=]/gu;
const PIN_KEYWORD = /pin|code/u;
// A lesson on safe passwords shows examples: "een wachtwoord als Welkom123 is niet veilig".
const LESSON = lexicon([
  'zoals',
  'bijvoorbeeld',
  'bv',
  'bijv',
  'voorbeeld',
  'niet veilig',
  'onveilig',
  'zwak(ke)?',
  'sterk(e|er)?',
  'kraken',
  'gekraakt',
  'tip(s)?',
  'nooit',
  'slecht(e)?',
  'mediawijsheid',
  'mediawijs',
  'for example',
  'e.g',
  'weak',
  'strong',
  'never',
]);

const USER_NAME = /^(?:inlog|inlognaam|gebruikersnaam|username|login)$/iu;
const isUserName = (raw: string, kw: Span): boolean => USER_NAME.test(raw.slice(kw.start, kw.end));

/** A token that looks like a secret: letters with digits, or letters with inner symbols. */
function looksSecret(token: string, pin: boolean): boolean {
  if (pin && /^[*#]?\d{4,8}[#*]?$/.test(token)) return true; // keypads: "4471#"
  if (token.length < 5 || token.length > 40) return false;
  if (/^(?:https?:|www\.)/i.test(token) || /\.(?:nl|com|org|net|eu|be)$/i.test(token)) return false;
  if (/^\d{1,2}[:.]\d{2}u?$/i.test(token)) return false;
  const letters = (token.match(/\p{L}/gu) ?? []).length;
  const digits = (token.match(/\d/g) ?? []).length;
  // "ICT-coördinator", "e-mailadres": a hyphenated compound of words, not a secret.
  if (/^\p{L}+(?:-\p{L}+)+$/u.test(token)) return false;
  const innerSymbol = /\p{L}[!@#$%^&*_.+=~-]+[\p{L}\d]/u.test(token);
  return (letters >= 1 && digits >= 1) || (letters >= 2 && innerSymbol);
}

/**
 * Art. 3: login details, passwords, pin or door codes followed by an actual secret. Lessons
 * on safe passwords ("zoals Welkom123 is niet veilig") give nothing.
 */
export default defineRule({
  id: 'confidentialCredentials',
  article: '3',
  severity: 'stop',
  detect(ctx) {
    const { view } = ctx;
    const keywords: Span[] = findAll(view, ctx.lexicon('confidentialCredentials', KEYWORDS)).map(
      (m) => view.toRaw(m.start, m.end),
    );
    for (const m of view.raw.toLowerCase().matchAll(SHORT_KEYWORDS)) {
      keywords.push({ start: m.index, end: m.index + 2 });
    }
    // A password outranks a user name on the same line: one reminder per sentence.
    keywords.sort(
      (a, b) =>
        Number(isUserName(view.raw, a)) - Number(isUserName(view.raw, b)) || a.start - b.start,
    );
    const hits: { span: Span }[] = [];
    const sentencesHit = new Set<number>();
    for (const kw of keywords) {
      const at = Math.min(normIndexAt(view, kw.start), Math.max(0, view.norm.length - 1));
      const sentence = clamp(sentenceNear(ctx.sentences, at, at + 1), at, at + 1, 120, 120);
      if (sentencesHit.has(sentence.start)) continue;
      if (has(view, LESSON, sentence.start, sentence.end)) continue;
      const pin = PIN_KEYWORD.test(view.raw.slice(kw.start, kw.end).toLowerCase());
      const secret = firstSecretAfter(view.raw, kw.end, pin);
      if (!secret) continue;
      sentencesHit.add(sentence.start);
      hits.push({ span: secret });
    }
    return hits;
  },
});

// After "wachtwoord:" or "wachtwoord is:" any word is the secret, even a plain one.
const LABELLED = /^\s*(?:is\s*)?[:=]\s*["'“‘]?([^\s"'”’,;()]{5,40})/u;
const NOT_A_SECRET =
  /^(?:volgt|hieronder|zie|staat|staan|komt|komen|krijgt|krijg|ontvang|ontvangt|wordt|vraag|vragen|opvragen|wijzigen|aanpassen|vergeten|onbekend|nieuw|nieuwe)$/iu;

/** The first secret-looking token among the next few words (same line), as a raw span. */
function firstSecretAfter(raw: string, from: number, pin: boolean): Span | undefined {
  const line = raw.slice(from, from + 80).split('\n')[0] ?? '';
  const labelled = LABELLED.exec(line);
  if (labelled) {
    const token = labelled[1]!.replace(/[.,;:!?)]+$/u, '');
    const start = from + labelled.index + labelled[0].length - labelled[1]!.length;
    if (token.length >= 5 && !NOT_A_SECRET.test(token)) {
      return { start, end: start + token.length };
    }
  }
  let count = 0;
  for (const m of line.matchAll(/[^\s"'“”‘’,;()]+/gu)) {
    if (++count > 6) break;
    const token = m[0].replace(/[.,;:!?)]+$/u, '');
    if (looksSecret(token, pin))
      return { start: from + m.index, end: from + m.index + token.length };
  }
  return undefined;
}
