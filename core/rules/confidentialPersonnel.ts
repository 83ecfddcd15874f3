import { ownCorrection } from '../detectors/ownCorrection';
import { healthHits } from '../detectors/health';
import { aboutIndividual, type SensitiveHit } from '../detectors/individuals';
import { alreadyAnnounced, proceduralAt } from '../detectors/generic';
import { sentenceOf } from '../detectors/ranges';
import { sentenceNear } from '../text/ranges';
import { findAll, has, rawSpan } from '../text/match';
import { defineRule, type RuleContext } from './types';

const STAFF_ONLY = new Set(['staff'] as const);

// A colleague's HR situation. Health words (burn-out, overspannen) are confidentialHealth's.
const HR_WORDS = [
  'ziekgemeld',
  'ziek gemeld',
  'ziekmelding',
  '(langdurig|lang|ernstig) ziek',
  'al (weken|maanden|een tijd|een tijdje|tijden) ziek',
  '(de hele tijd|steeds|zo vaak|vaak|alweer) ziek',
  // A complaint against one colleague: "een klacht ingediend tegen juf Bianca".
  'klacht (ingediend )?(tegen|over)',
  'klacht van (ouders|een ouder)',
  'ziek thuis',
  '(zit|zat|zitten) (al (weken|maanden|een tijd|een tijdje) )?thuis',
  'thuiszitten',
  'thuis zitten',
  're-integratie',
  'reintegratie',
  're-integreren',
  'reintegreren',
  'arbo-?arts',
  'bedrijfsarts',
  'zwanger',
  'in verwachting',
  'zwangerschapsverlof',
  'bevallingsverlof',
  'verlof',
  'ouderschapsverlof',
  'zorgverlof',
  'calamiteitenverlof',
  'sabbatical',
  'ontslag',
  'ontslagen',
  'op non-actief',
  'non-actief',
  'geschorst',
  '(loopt|lopen|liep) (er )?een onderzoek (naar|tegen)',
  'onderzoek (naar|tegen) (een|die|onze|mijn) collega',
  'ziektewet',
  'in de ziektewet',
  'vertrokken',
  '(is|wordt) weggestuurd',
  'under investigation',
  'functioneringsgesprek(ken)?',
  'beoordelingsgesprek(ken)?',
  'slecht functioneren',
  'disfunctioneren',
  'disfunctioneert',
  'verbetertraject',
  '(officiele|schriftelijke) waarschuwing',
  'salaris',
  'salarisschaal',
  'salarisverhoging',
  'loonsverhoging',
  'loonschaal',
  'extra trede',
  'trede (erbij|hoger|omhoog)',
  'schaal (lb|lc|ld|l10|l11|l12)',
  'arbeidsconflict',
  '(conflict|ruzie|gedoe|problemen) met de (directie|directeur|directrice|baas)',
  'contract (is |wordt )?niet verlengd',
  'geen nieuw contract',
  'overgeplaatst',
  'sick leave',
  'maternity leave',
  'pregnant',
  'fired',
  'dismissed',
  'salary',
  'performance review',
];
// "verdient €400 meer", "earns 3000 a month": money a colleague makes. A regex, not a
// lexicon entry: a lexicon word must end before a letter or digit, and "€400" is one token.
const EARNS =
  /(?<![\p{L}])(?:verdien(?:t|de|den|en)|earns|earned|makes)\s+(?:ruim\s+|bijna\s+|zo'n\s+)?(?:€|eur(?![\p{L}])|euro(?![\p{L}])|\$|\d)/gu;
// Leaving is public once the school announces it; before that it is the colleague's news.
const LEAVING_WORDS = [
  'vertrekt',
  'stopt',
  'gaat weg',
  'gaat stoppen',
  'neemt ontslag',
  // As hearsay tells it: "dat de juf van groep 7 weggaat", "weg moest na dat gesprek".
  'weggaat',
  'weg (moet|moest|gaat)',
  '(gaat )?vertrekken',
  '(is|werd|wordt) weggestuurd',
  'weggestuurd',
  '(gaat|gaan) stoppen',
  'niet terug(komt|komen)',
  'komt niet (meer )?terug',
  '(moet|moeten) weg',
  'is leaving',
  'quits',
];
// Coming back is good news the school shares: "welkom terug na haar zwangerschapsverlof".
const RETURNING = [
  'welkom terug',
  'weer terug',
  'terug (van|na|uit)',
  "na (haar|zijn|z'n) (zwangerschaps|bevallings|ouderschaps)?verlof",
  '(start|begint) (ze |hij )?weer',
  'welcome back',
];
const NOT_YET_PUBLIC = [
  // Hearsay: the colleague has not told it, others pass it on (w1, w10, w11, w12, 2026-12).
  'hoor ik',
  'ik hoor dat',
  'hoor het van',
  'horen we',
  '(iemand|een ouder|een collega) (van de ouderraad |van de mr |uit het team )?(zei|zegt)',
  'zeggen ze',
  'wordt gezegd',
  'gaat rond',
  'volgens (een|mijn) (collega|ouder)',
  'geen officiele mededeling',
  '(die|die het) (dat )?zelf nog niet weet',
  'mocht niemand weten',
  'nog niet officieel',
  'nog niet bekend(gemaakt)?',
  'onder ons',
  'hoorde',
  'gehoord',
  'geruchten',
  'gerucht',
  'mag (het )?(nog )?niet (zeggen|vertellen)',
  'weet nog niemand',
  'weet (nog )?niet iedereen',
  'niet verder vertellen',
  'not official yet',
];

/**
 * Art. 3: a colleague's personal situation (illness reports, leave, pregnancy, dismissal,
 * appraisal, salary; leaving before it is announced). One's own news in the first person and
 * public farewells ("juf Ellen gaat met pensioen") give nothing.
 */
export default defineRule({
  id: 'confidentialPersonnel',
  article: '3',
  alsoArticles: ['bg-privacy'],
  severity: 'warning',
  detect(ctx) {
    // The writer's own correction of an earlier post (detectors/ownCorrection.ts).
    if (ownCorrection(ctx)) return [];
    const { view } = ctx;
    const matches = findAll(view, ctx.lexicon('confidentialPersonnel', HR_WORDS));
    matches.push(...findAll(view, EARNS));
    const notYetPublic = has(
      view,
      ctx.lexicon('confidentialPersonnelNotYetPublic', NOT_YET_PUBLIC),
    );
    if (notYetPublic) {
      matches.push(...findAll(view, ctx.lexicon('confidentialPersonnelLeaving', LEAVING_WORDS)));
    }
    // One reminder per sentence is enough: the health rule already covers "zit thuis met
    // een burn-out".
    const healthSentences = new Set(
      healthHits(ctx).map((h) => sentenceOf(ctx, h.match.start).start),
    );
    const returning = ctx.lexicon('confidentialPersonnelReturning', RETURNING);
    // The colleague shares it themselves, or it was announced already (unless passed on as
    // hearsay): no longer a confidential matter.
    if (CONSENT.test(view.norm) || (alreadyAnnounced(ctx) && !notYetPublic)) return [];
    return (
      aboutIndividual(ctx, matches, STAFF_ONLY)
        .filter((h) => !healthSentences.has(sentenceOf(ctx, h.match.start).start))
        .filter((h) => {
          const s = sentenceNear(ctx.sentences, h.match.start, h.match.end, 1);
          return !has(view, returning, s.start, s.end);
        })
        .filter((h) => !ownNewsWithoutSubject(view.norm, sentenceOf(ctx, h.match.start), h))
        .filter((h) => !leaveProcedure(view.norm, sentenceOf(ctx, h.match.start), h))
        .filter((h) => !ownLeave(view.norm, sentenceOf(ctx, h.match.start), h))
        .filter((h) => !farewellBeforeLeave(ctx, h, notYetPublic))
        // "Indien een kind afwezig is en er geen ziekmelding is, belt de administratief
        // medewerker": a procedure's role, not one colleague (c2 school guide, 2026-12).
        .filter((h) => h.named || !proceduralAt(ctx, h.match.start))
        .map((h) => ({ span: rawSpan(view, h.match) }))
    );
  },
});

// "Ziek thuis met griep, dus vandaag geen meester Ruben": a sentence that opens with the
// news and no subject is the writer's own (Dutch drops "ik" in such notes). Not a label
// ("Ziekgemeld: juf Anouk") and not when "hij/zij" says who it is.
const OPENING = /^[\s\p{P}\p{S}]*$/u;
const SOMEONE_ELSE = /(?:^|[^\p{L}'])(?:hij|zij|ze|he|she)(?![\p{L}'])/u;

function ownNewsWithoutSubject(
  norm: string,
  sentence: { start: number; end: number },
  h: SensitiveHit,
): boolean {
  if (!OPENING.test(norm.slice(sentence.start, h.match.start))) return false;
  if (h.who.some((p) => p.start < h.match.start)) return false;
  const rest = norm.slice(h.match.end, Math.min(sentence.end, h.match.end + 200));
  return !/^\s*:/u.test(rest) && !SOMEONE_ELSE.test(rest);
}

// How to ask for leave ("verlof buiten de schoolvakanties vraagt u aan via het formulier"):
// a procedure for parents or staff, not a colleague's leave (issue 13; clean drafts of the
// outside writers, tests/corpus/train, 2026-12).
const LEAVE_WORD = /^(?:extra\s+)?verlof$/u;
const PROCEDURE =
  /aanvra(?:ag|gen)|aan\s*te\s*vragen|vraag(?:t|en)?\s+(?:je|u|jullie)\b|formulier|buiten\s+de\s+schoolvakanties|regels|van\s+tevoren|verlofaanvraag|kunt\s+u|kun\s+je|mag\s+(?:je|u)|request|apply/u;

// The director granting leave as a rule: "bij gewichtige omstandigheden kan de directeur
// maximaal 10 dagen verlof geven" (w15, 2026-12-03); how one asks: "hoe vraag ik verlof aan".
const GRANTING =
  /(?:verlof|leave)\s+(?:\p{L}+\s+){0,2}(?:geven|verlenen|toekennen|toestaan|goedkeuren|afkeuren|weigeren|grant)|gewichtige\s+omstandigheden|maximaal\s+#?\d*\s*(?:\p{L}+\s+)?dagen|hoe\s+vraag\s+(?:ik|je|u)|vraag\s+(?:ik|je|u)\s+(?:\p{L}+\s+){0,3}aan/u;

function leaveProcedure(
  norm: string,
  sentence: { start: number; end: number },
  h: SensitiveHit,
): boolean {
  const text = norm.slice(sentence.start, sentence.end);
  return LEAVE_WORD.test(h.match.text) && (PROCEDURE.test(text) || GRANTING.test(text));
}

// "Vanaf maandag ben ik met zwangerschapsverlof": the writer's own leave, in the first person.
const FIRST_PERSON_BEFORE = /(?:^|[^\p{L}'])(?:ik|i|i'm|ben\s+ik|ga\s+ik)(?![\p{L}'])[^.!?]*$/u;

function ownLeave(
  norm: string,
  sentence: { start: number; end: number },
  h: SensitiveHit,
): boolean {
  if (!/verlof|leave/u.test(h.match.text)) return false;
  const before = norm.slice(sentence.start, h.match.start);
  if (!FIRST_PERSON_BEFORE.test(before)) return false;
  return !h.who.some((p) => p.start >= sentence.start && p.start < h.match.start);
}

// "Ze heeft zelf gevraagd het zo te delen", "met toestemming van juf Esther", "ze vond het
// leuk als we het hier mochten vertellen" (w20, 2026-12-03): the colleague
// shares it, so it is no longer a confidential matter.
const CONSENT =
  /(?:mocht|mag|mogen)\s+(?:het|dit)\s+van\s+(?:zichzelf|haar|hem)\s+(?:zelf\s+)?(?:delen|vertellen|zeggen)|(?:heeft|hebben)\s+(?:zelf\s+)?gevraagd\s+(?:om\s+)?(?:het|dit)\s+(?:zo\s+)?te\s+delen|met\s+(?:haar|zijn|hun)\s+toestemming|met\s+toestemming\s+van\s+(?:juf|meester|haar|hem)|asked\s+us\s+to\s+share|(?:vond|vindt)\s+(?:het\s+)?(?:leuk|fijn|goed)\s+(?:als|dat)\s+(?:we|wij|ik)\s+(?:het\s+)?(?:hier\s+)?(?:mochten|mogen|mocht|mag)\s+(?:vertellen|delen)|(?:is|was)\s+happy\s+for\s+(?:us|me)\s+to\s+share|with\s+(?:her|his|their)\s+(?:blessing|permission)/u;

// "Vandaag was het de laatste dag van onze juf van groep 6. Ze gaat met zwangerschapsverlof.
// Heel veel geluk!": the school's farewell on her last day, when the whole school sees her
// go (w2, w10 clean drafts, tests/corpus/train, 2026-12). Only the leave itself: "zwanger",
// complications or a rumour in the same draft still count.
const LEAVE_ITSELF = /^(?:zwangerschaps|bevallings|ouderschaps)?verlof$/u;
const LAST_DAY = /(?<![\p{L}])laatste\s+(?:werk)?dag(?![\p{L}])/u;
const WISHES =
  /(?<![\p{L}])(?:gefeliciteerd|geniet|veel\s+geluk|alle\s+goeds|mooie\s+tijd|wensen\s+(?:haar|hem|jou|je)|succes|genieten)(?![\p{L}])/u;

function farewellBeforeLeave(ctx: RuleContext, h: SensitiveHit, notYetPublic: boolean): boolean {
  if (notYetPublic || !LEAVE_ITSELF.test(h.match.text)) return false;
  const around = sentenceNear(ctx.sentences, h.match.start, h.match.end, 1);
  const from = Math.max(0, around.start - 200);
  const text = ctx.view.norm.slice(from, around.end);
  return LAST_DAY.test(text) && WISHES.test(text);
}
