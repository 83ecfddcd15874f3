import { ownCorrection } from '../detectors/ownCorrection';
import { sentenceNear } from '../text/ranges';
import { findAll, has, lexicon, rawSpan } from '../text/match';
import { defineRule } from './types';

const SYSTEMS =
  '(parnassys|esis|parro|social schools|socialschools|magister|basispoort|momento|eduroute|het ouderportaal|het leerlingvolgsysteem|het lvs|snappet|gynzy|squla|rekentuin|taalzee|bouw|dmt|cito|eduscope|klassenapp|groepsapp|ouderapp|teams)';
const FIELDS =
  '(namen|adressen|adresgegevens|telefoonnummers|06-nummers|nummers|gegevens|contactgegevens|geboortedata|geboortedatums|verjaardagen|bsn|bsn-nummers|burgerservicenummers|allergieen|medicatie|toetsuitslagen|uitslagen|cijfers|scores|e-mailadressen|mailadressen|huisartsen|noodnummers|telnummers|zorgniveaus|niveaus|adviezen|arrangementen)';

// Lists and exports of people's data: the list itself, not "the list" of anything.
const LIST_WORDS = [
  'klassenlijst(en|je)?',
  'groepslijst(en|je)?',
  'leerlingenlijst(en|je)?',
  'leerlinglijst(en|je)?',
  'namenlijst(en|je)?',
  'adressenlijst(en|je)?',
  'adreslijst(en|je)?',
  'telefoonlijst(en|je)?',
  'telefoonnummerlijst(en|je)?',
  'contactlijst(en|je)?',
  'noodnummerlijst(en|je)?',
  'presentielijst(en|je)?',
  'absentielijst(en|je)?',
  'allergielijst(en|je)?',
  'medicijnlijst(en|je)?',
  // A pupil list by what it ranks or records (w1 problem drafts, tests/corpus/train, 2026-12).
  'cijferlijst(en|je)?',
  'groepsoverzicht(en|je)?',
  'lijst(je)? (gemaakt )?(van|met) (alle )?(de )?(kinderen|leerlingen|kids) (in|uit|van|met|die)',
  `(lijst|lijstje|lijsten|overzicht|overzichtje|formulier|formulieren|bestand|excel|excelbestand|spreadsheet|document|sheet) (met|van) (alle |de )?${FIELDS}`,
  `export (uit|van) ${SYSTEMS}`,
  `${SYSTEMS}-?(export|overzicht|lijst|lijstje|screenshot|print)`,
  `(screenshot|schermafbeelding|printscreen|print|uitdraai|foto) (van|uit) ${SYSTEMS}`,
  'leerlinggegevens',
  'persoonsgegevens',
  `gegevens van (alle )?(leerlingen|ouders|de kinderen|de klas|groep [1-8])`,
  'met alle namen',
  'class list',
  'student list',
  'contact list',
  'pupil data',
  'student data',
  `(list|spreadsheet|file) (of|with) (all )?(names|addresses|phone numbers|birthdays|grades)`,
];
// The list is being handed out: offered, attached or shown.
const OFFER = lexicon([
  'stuur (ik|ik je|ik jullie|ik u|ik hem|ik het)',
  'ik stuur',
  'stuur (me|mij)',
  'stuurt',
  'doorgestuurd',
  'doorsturen',
  'door te sturen',
  'mail ik',
  'ik mail',
  'app ik',
  'ik app',
  'dm',
  'pm',
  'pb',
  'prive(bericht)?',
  'inbox',
  'wie wil',
  'wie heeft',
  'wil iemand',
  'wil je',
  'willen jullie',
  'hieronder',
  'hierbij',
  'bij deze',
  'bijgevoegd',
  'in de bijlage',
  'zie bijlage',
  'zie (de )?foto',
  'op de foto',
  'hier is',
  'hier de',
  'hier staat',
  'ik deel',
  'deel ik',
  'gedeeld',
  'link',
  'download',
  'google (docs|drive|sheets)',
  'dropbox',
  'wetransfer',
  'in de (reacties|comments)',
  'geplakt',
  'plak',
  'screenshot',
  // The image holds it: "Bijlage: nieuwe klassenlijst …", "ik zet er even een foto van de
  // klassenlijst in", "Foto in de groep 👇".
  'bijlage',
  'foto van',
  '(ik )?zet (ik |het |hem |er |ze )',
  'foto in de',
  'kijk (maar|dan|dit|even)',
  'attached',
  'below',
  'dm me',
  'message me',
  'send (it|you)',
  'here is',
  "here's",
]);
// Parents told where to check their own data, or that the list comes privately.
const OWN_DATA = lexicon([
  '(controleer|bekijk|check|wijzig|update|vul) (uw|je|jouw)',
  '(uw|je|jouw) (eigen )?gegevens',
  '(krijgt|ontvangt|krijgen|ontvangen) (u|je|jullie) (via|in|per)',
  'niet (op social media|openbaar|online)',
  '(van|voor) (uw|je|jouw) (kind|kinderen|zoon|dochter)',
  'vul (het|dit|de|deze) (formulier|lijst|aanmeldformulier|inschrijfformulier)',
  'your (own )?(details|data|child)',
]);

// A document or list (also a compound: "aanmeldformulier", "overzichtje") and the fields it
// holds, in words: "het aanmeldformulier van de nieuwe leerlingen, met naam, adres en
// geboortedatum". Two kinds of personal field about people make it a data list, also when
// the list itself is only in the attached image.
const DOCUMENT = lexicon([
  '*formulier(en)?',
  '*lijst(en|je|jes)?',
  'overzicht(je|en)?',
  '*bestand(en)?',
  'excel(lijst|bestand|sheet)?',
  'spreadsheet',
  'export',
  'screenshot(je|s)?',
  'scan(s|netje)?',
  'list',
  'form(s)?',
  'sheet',
]);
const FIELD_KINDS: readonly (readonly string[])[] = [
  ['naam', 'namen', 'voornaam', 'voornamen', 'achternaam', 'achternamen', 'name', 'names'],
  ['adres', 'adressen', 'woonadres', 'adresgegevens', 'address', 'addresses', 'postcode'],
  [
    'geboortedatum',
    'geboortedata',
    'geboortedatums',
    'geboortedag',
    'date of birth',
    'birthday',
    'birthdays',
    'dob',
  ],
  ['telefoonnummer(s)?', '06-nummer(s)?', 'mobiel nummer', 'phone number(s)?', 'noodnummer(s)?'],
  ['bsn', 'bsn-nummer(s)?', 'burgerservicenummer(s)?'],
  ['e-mailadres(sen)?', 'mailadres(sen)?', 'email address(es)?', 'e-mail address(es)?'],
  [
    'allergie(en)?',
    'medicatie',
    'medicijnen',
    'huisarts(en)?',
    'diagnose(s)?',
    'allerg(y|ies)',
    'medication',
  ],
  ['nationaliteit(en)?', 'geboorteplaats', 'geloof', 'religie', 'nationality'],
];
const FIELDS_BY_KIND = FIELD_KINDS.map((kind) => lexicon(kind));
const PEOPLE = lexicon([
  'leerling(en)?',
  'kinderen',
  'kleuters',
  'ouders',
  'groep [1-8][a-d]?',
  'de klas',
  'gezinnen',
  'pupils',
  'students',
  'parents',
  'children',
]);

const WITHOUT = /(?:zonder|geen|without|no)\s+$/u;
// Not handed out: asked for privately ("kan iemand me de nieuwe adressenlijst doorsturen?"),
// warned against ("wil je niet de hele lijst met telefoonnummers in deze groep zetten?"),
// lost ("wie heeft de lijst op de gang laten liggen?") or kept where it belongs ("alleen in
// ons beveiligde LVS, niet in de groepsapp") (w17 clean drafts, tests/corpus/train, 2026-12-03).
const ASKED_FOR =
  /(?:kan|kun|kunt|wil|zou|zouden)\s+(?:iemand|je|jij|u|jullie)\s+(?:\p{L}+\s+)?(?:me|mij|ons)(?![\p{L}])|heeft\s+iemand\s+(?:de|het|een|die)(?![\p{L}])|can\s+(?:someone|anyone|you)\s+(?:please\s+)?send\s+me/u;
const NOT_HANDED_OUT =
  /(?<![\p{L}])(?:(?:niet|nooit|never|don['’]?t|do\s+not)\s+(?!zeker|sure)(?:(?!of\s|whether\s)\p{L}+\s+){0,12}(?:zetten|delen|sturen|doorsturen|plaatsen|posten|share|post)|laten\s+liggen|laat\s+liggen|kwijt(?:geraakt)?|verloren|alleen\s+in\s+(?:ons|het|de|onze)\s+(?:\p{L}+\s+)?(?:lvs|leerlingvolgsysteem|systeem|parnassys|esis|magister|dossier))(?![\p{L}])/u;

function notHandedOut(norm: string, window: { start: number; end: number }): boolean {
  const text = norm.slice(window.start, window.end);
  return (ASKED_FOR.test(text) && text.includes('?')) || NOT_HANDED_OUT.test(text);
}
const NO_PUPIL_DATA =
  /(?:zonder|geen|without|no)\s+(?:namen\s+of\s+)?(?:leerling|pupil|student)[\p{L}-]*\s*(?:gegevens|data|namen|names|info)?/u;

/** Art. 3: a list or export of pupils' or parents' data, offered, attached or shown. */
export default defineRule({
  id: 'confidentialDataList',
  article: '3',
  alsoArticles: ['bg-privacy'],
  severity: 'stop',
  detect(ctx) {
    const { view } = ctx;
    // A template or plan shared "zonder leerlinggegevens" / "without pupil data" (w2, 2026-12).
    if (NO_PUPIL_DATA.test(view.norm)) return [];
    // "Ik had in mijn vorige post een foto met de klassenlijst gedeeld. Verwijderd, sorry!"
    if (ownCorrection(ctx)) return [];
    const offered = (w: { start: number; end: number }): boolean =>
      !has(view, OWN_DATA, w.start, w.end) &&
      !notHandedOut(view.norm, w) &&
      (has(view, OFFER, w.start, w.end) || ctx.draft.hasMedia === true);
    const named = findAll(view, ctx.lexicon('confidentialDataList', LIST_WORDS)).filter((m) => {
      // "het format (zonder leerlinggegevens)": the list offered is empty of pupils' data.
      if (WITHOUT.test(view.norm.slice(Math.max(0, m.start - 12), m.start))) return false;
      // The sentence and the next: "Klassenlijst met adressen. DM me!"
      const window = sentenceNear(ctx.sentences, m.start, m.end, 1);
      if (has(view, OWN_DATA, window.start, window.end)) return false;
      if (notHandedOut(view.norm, window)) return false;
      return has(view, OFFER, window.start, window.end);
    });
    if (named.length > 0) return named.map((m) => ({ span: rawSpan(view, m) }));
    for (const m of findAll(view, DOCUMENT, 20)) {
      const sentence = sentenceNear(ctx.sentences, m.start, m.end);
      const kinds = FIELDS_BY_KIND.filter((re) => has(view, re, sentence.start, sentence.end));
      if (kinds.length < 2 || !has(view, PEOPLE, sentence.start, sentence.end)) continue;
      if (offered(sentenceNear(ctx.sentences, m.start, m.end, 1)))
        return [{ span: rawSpan(view, m) }];
    }
    return [];
  },
});
