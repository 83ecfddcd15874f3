import type { RuleContext } from '../rules/types';
import type { Range } from '../text/match';
import { sentenceOf } from './ranges';

// Procedural and informational language — how to ask for leave, the mourning protocol, what
// happens "als uw kind gepest wordt" — speaks of any pupil, parent or colleague, not of one.
// Confidentiality and incident rules ask this before they treat "een leerling" as someone.

// A condition or a case: "Als een leerling …", "Bij het overlijden van …", "Wordt uw kind …?".
// Not "Als MR-lid kan ik verklappen …", "Als moeder vind ik …": "as a", not "if".
const CONDITION_START =
  /^\s*(?:als(?!\s+(?:[\p{L}'-]+-lid|lid|directeur|directrice|leerkracht|juf|meester|ouder|moeder|vader|schoolleider|teamleider|collega|ib'er|intern\s+begeleider)(?![\p{L}]))|wanneer|indien|mocht|mochten|stel|bij\s+(?:het|een|ziekte|afwezigheid|overlijden|verlof|verzuim|twijfel|vragen|zorgen|diefstal|verlies|schade|ongevallen|calamiteiten|pesten)|om\s+(?:[\p{L}()]+\s+){0,10}te\s+(?:mogen|kunnen|worden)|in\s+(?:het\s+)?geval\s+(?:van|dat|er)|wordt\s+uw|is\s+uw|heeft\s+uw|voelt\s+uw|als\s+uw|if|when|whenever|should\s+your|in\s+case\s+of|is\s+your|does\s+your)(?![\p{L}])/u;
// An instruction to parents about their own child.
const YOUR_CHILD =
  /(?<![\p{L}])(?:uw|je|jouw|your)\s+(?:kind|kinderen|zoon|dochter|child|children|son|daughter)(?![\p{L}])/u;
const INSTRUCTION =
  /(?<![\p{L}])(?:neem|neemt|meld|meldt|bel|belt|mail|kunt\s+u|kan\s+u|kun\s+je|mag\s+u|graag|gelieve|vul|laat\s+(?:het|ons)|please|contact|let\s+us\s+know)(?![\p{L}])/u;
// Policy words: the text describes how the school works.
const POLICY =
  /(?<![\p{L}])(?:protocol|rouwprotocol|pestprotocol|procedure|stappenplan|beleid|beleidsplan|richtlijn|reglement|werkwijze|schoolgids|policy|procedure)(?![\p{L}])/u;

// What may happen in general, as a school guide puts it: "Het kan noodzakelijk zijn om over
// te gaan tot schorsing van een leerling" (c2 real texts, 2026-12).
const MAY_HAPPEN =
  /(?<![\p{L}])(?:het\s+kan\s+(?:\p{L}+\s+)?(?:nodig|noodzakelijk|voorkomen|gebeuren)|kan\s+het\s+(?:\p{L}+\s+)?(?:nodig|noodzakelijk|voorkomen|gebeuren)|it\s+(?:may|can)\s+(?:be\s+necessary|happen))(?![\p{L}])/u;

// How a rule reads in a school guide: "Dit verlof mag door de directeur slechts één keer per
// schooljaar worden verleend" (c7 real school texts, tests/corpus/train, 2026-12-03).
const RULE_LANGUAGE =
  /(?<![\p{L}])(?:mag|mogen|kan|kunnen)\s+(?:[\p{L}()0-9.,]+\s+){0,14}(?:worden\s+)?(?:verleend|aangevraagd|toegekend|afgegeven)(?![\p{L}])/u;
// Roles, not people: "de pester(s) en hun ouders, degene die gepest wordt" (c7, 2026-12-03).
const GENERIC_ROLES =
  /(?<![\p{L}])(?:de\s+pester(?:s|\(s\))?|degene(?:n)?\s+die|diegene(?:n)?\s+die|alle\s+betrokkenen)(?![\p{L}])/u;

/** True when the sentence around `pos` is procedural: a condition, an instruction, a policy. */
export function proceduralAt(ctx: RuleContext, pos: number): boolean {
  const s = sentenceOf(ctx, pos);
  return proceduralIn(ctx, s);
}

/** True when `range` (a sentence) reads as a condition, an instruction to parents or policy. */
export function proceduralIn(ctx: RuleContext, range: Range): boolean {
  const text = ctx.view.norm.slice(range.start, Math.min(range.end, range.start + 400));
  if (CONDITION_START.test(text) || POLICY.test(text) || MAY_HAPPEN.test(text)) return true;
  if (RULE_LANGUAGE.test(text) || GENERIC_ROLES.test(text)) return true;
  return YOUR_CHILD.test(text) && INSTRUCTION.test(text);
}

// A question to peers about a kind of case: "welke signalen van zelfbeschadiging herkennen
// jullie bij bovenbouwleerlingen, en hoe bespreek je dat met de IB'er?" (w7 clean forum
// question, 2026-12). The IB'er named there is whom one asks, not whom it is about.
const HOW_TO_QUESTION =
  /(?<![\p{L}])(?:welke\s+(?:signalen|tips|ervaringen|aanpak)|hoe\s+(?:ga|gaan|bespreek|bespreken|pak|pakken|herken|herkennen|help|helpen)\s+(?:je|jij|jullie|u|we|wij)|what\s+signs|how\s+do\s+(?:you|we))(?![\p{L}])/u;

/** True when the sentence around `pos` is a question to peers about a kind of case. */
export function howToQuestionAt(ctx: RuleContext, pos: number): boolean {
  const s = sentenceOf(ctx, pos);
  const text = ctx.view.norm.slice(s.start, Math.min(s.end, s.start + 400));
  return HOW_TO_QUESTION.test(text) && /[?]/u.test(ctx.view.norm.slice(s.start, s.end + 1));
}

// The news was already told to the school's community: "dat weten jullie uit de nieuwsbrief",
// "het verlof was al in de nieuwsbrief aangekondigd", "zoals in de ouderbrief vermeld", "as
// announced in the newsletter" (w14, w15 clean drafts, tests/corpus/train, 2026-12-03).
const CHANNEL =
  '(?:nieuwsbrief|ouderbrief|brief|mail|e-mail|parro|social\\s+schools|schoolapp|klasbord|infobrief|weekbrief|newsletter|letter|email)';
const ANNOUNCED = new RegExp(
  [
    `weten\\s+(?:jullie|u|jij|je)\\s+(?:al\\s+)?(?:uit|via|van)\\s+(?:de|het|onze)\\s+${CHANNEL}`,
    `(?:al|eerder|vorige\\s+week)\\s+(?:in|via)\\s+(?:de|het|onze)\\s+${CHANNEL}\\s+(?:\\p{L}+\\s+){0,2}(?:aangekondigd|vermeld|gemeld|gedeeld|verteld|stond)`,
    `zoals\\s+(?:al\\s+|eerder\\s+)?(?:in|via)\\s+(?:de|het|onze)\\s+${CHANNEL}\\s+(?:\\p{L}+\\s+)?(?:vermeld|aangekondigd|gemeld|beschreven|staat|stond)`,
    `zoals\\s+(?:al\\s+)?eerder\\s+(?:vermeld|aangekondigd|gemeld|gedeeld)`,
    `as\\s+(?:already\\s+|previously\\s+)?(?:announced|mentioned|shared)\\s+in\\s+(?:the|our)\\s+${CHANNEL}`,
    // Told by the person themselves: "juf Sanne heeft het gisteren zelf in de nieuwsbrief
    // verteld", "heeft zelf in een brief aan ouders laten weten" (w21, 2026-12-03).
    `(?:heeft|had|hebben)\\s+(?:het\\s+)?(?:\\p{L}+\\s+)?zelf\\s+(?:\\p{L}+\\s+){0,6}(?:verteld|laten\\s+weten|gedeeld|aangekondigd|gemeld)`,
  ].join('|'),
  'u',
);

/** True when the draft says its news was already told to parents or the team. */
export function alreadyAnnounced(ctx: RuleContext): boolean {
  return ctx.memo('alreadyAnnounced', () => ANNOUNCED.test(ctx.view.norm));
}
