import { ownCorrection } from '../detectors/ownCorrection';
import { proceduralAt } from '../detectors/generic';
import { nameMentions, pupilReferences } from '../detectors/context';
import { sentenceOf, windowOf } from '../detectors/ranges';
import { byStart, firstOverlap, overlaps } from '../text/ranges';
import { findAll, rawSpan, tokenize, type NormMatch, type Range } from '../text/match';
import { defineRule } from './types';

// Besides the shared pupil words.
const PUPILS = [
  // Where pupils are: "die vechtpartij bij het hek", "op het schoolplein".
  'schoolplein',
  'bij het hek',
  'bij de poort',
  'bij het schoolhek',
  'mijn klas',
  'mijn groep',
  'kleintje(s)?',
  'my class',
  '(group|year) [1-8]',
  'little one(s)?',
  'toddler(s)?',
];
// Clearly an event that happened to or between children.
const STRONG = [
  'vechtpartij(en)?',
  'knokpartij(en)?',
  'matpartij',
  'gevecht',
  'vochten',
  'gevochten',
  'geslagen',
  'geschopt',
  'gebeten',
  'gestompt',
  'mishandeld',
  'mishandeling',
  'bedreigd',
  'gestoken',
  'neergestoken',
  'gewond(e)?',
  'gewond geraakt',
  'bloedneus',
  'hersenschudding',
  'gebroken (arm|been|pols|neus|enkel|sleutelbeen)',
  'pesterij(en)?',
  'pestincident(en)?',
  'uitgescholden',
  'buitengesloten',
  'gediscrimineerd',
  'weggelopen',
  'vermist',
  'zoekgeraakt',
  'ontvoerd',
  'aangereden',
  'ambulance',
  'traumaheli(kopter)?',
  '112 gebeld',
  'betrapt',
  'gestolen',
  'stelen',
  'diefstal',
  'incident(en)?',
  'bullied',
  'beaten up',
  'assaulted',
  'attacked',
  'injured',
  'went missing',
  'ran away',
  'fight',
  'fought',
];
// Words that need a when or where ("vandaag", "op het plein") to be an event.
const WEAK = [
  'ruzie(s)?',
  'ongeluk',
  'ongeval',
  'ehbo',
  'ziekenhuis',
  'gevallen',
  'politie',
  'wijkagent(en)?',
  'politieagent(en)?',
  'police',
  'accident',
  'hospital',
];
const WHEN = [
  'vandaag',
  'gisteren',
  'vanochtend',
  'vanmorgen',
  'vanmiddag',
  'vanavond',
  'zojuist',
  'net',
  'vorige week',
  'sinds',
  'al weken',
  'al dagen',
  'tijdens de (pauze|gymles|gym|les|overblijf|tso)',
  'in de (pauze|gymles|klas)',
  'op het (schoolplein|plein)',
  'bij het hek',
  'bij school',
  'kwam eraan te pas',
  'erbij gehaald',
  'erbij geroepen',
  'ingeschakeld',
  'onderzoek',
  'got involved',
  'was called',
  'today',
  'yesterday',
  'this morning',
];
// Campaigns, lessons, drills, visits and stories: not an incident.
const NOT_AN_EVENT = [
  'week tegen pesten',
  'pestprotocol',
  'anti-pest*',
  'antipest*',
  'kanjertraining',
  'wat doe je als',
  'hoe ga je om met',
  '(les|lessen|gesprek|gesprekken|praten|praat|gepraat|spraken|leren|leerden|vertellen|vertelde|gastles|voorlichting) over',
  'hadden het over',
  'oplossen',
  'los je',
  'de show',
  '(ons|mijn|alle) hart(en|je)?',
  'gastles',
  'voorlichting',
  '*oefening',
  'geoefend',
  'oefenen',
  'ehbo-(diploma|cursus|les|lessen)',
  'jeugd-ehbo',
  'verkeersexamen',
  'kwam vertellen',
  'komt vertellen',
  'op bezoek',
  'over zijn werk',
  'over haar werk',
  'boek',
  'leesboek',
  'prentenboek',
  'voorleesboek',
  'in het verhaal',
  'het verhaal (gaat|over)',
  'verhaaltje',
  'hoofdstuk',
  'we lezen',
  'lezen we',
  'voorlezen',
  'voorgelezen',
  'film',
  'toneelstuk',
  'musical',
  'rollenspel',
  'spreekbeurt',
  'anti-bullying',
  'bullying week',
  'role play',
  'the book',
  'the story',
];

// Bullying as something that happens: "wordt al weken gepest", "werd gepest", "gepest worden".
const BULLIED =
  /\b(?:wordt|werd|worden|werden|word|is|zijn|ben)\b(?:\s+\S+){0,4}?\s+gepest\b|\bgepest\s+(?:worden|wordt|werd)\b/gu;

// The separable verb: "er liep een leerling weg".
const RAN_AWAY = /\bliep(?:en)?\b(?:\s+\S+){0,4}?\s+weg\b/gu;

const NEGATOR = /^(?:geen|niet|niemand|nooit|niets|niks|no|not|nobody|never)$/u;

/** A negator among the three words before `pos` in its sentence. */
function negatedBefore(norm: string, pos: number, sentenceStart: number): boolean {
  return tokenize(norm.slice(Math.max(sentenceStart, pos - 60), pos))
    .slice(-3)
    .some((t) => NEGATOR.test(t.text));
}

/**
 * Art. 9: an incident with pupils (a fight, bullying, police, an accident, a child gone
 * missing) told in public. The school communicates about that itself, with care for all.
 */
export default defineRule({
  id: 'incident',
  article: '9',
  severity: 'warning',
  detect(ctx) {
    // The writer's own correction of an earlier post (detectors/ownCorrection.ts).
    if (ownCorrection(ctx)) return [];
    const { view } = ctx;
    const candidates: (NormMatch & { weak: boolean })[] = [
      ...findAll(view, ctx.lexicon('incidentStrong', STRONG)).map((m) => ({ ...m, weak: false })),
      ...findAll(view, ctx.lexicon('incidentWeak', WEAK)).map((m) => ({ ...m, weak: true })),
    ];
    for (const m of view.norm.matchAll(RAN_AWAY))
      candidates.push({ start: m.index, end: m.index + m[0].length, text: m[0], weak: false });
    for (const m of view.norm.matchAll(BULLIED))
      candidates.push({ start: m.index, end: m.index + m[0].length, text: m[0], weak: false });
    if (candidates.length === 0) return [];
    candidates.sort((a, b) => a.start - b.start);
    const pupils = byStart<Range>([
      ...pupilReferences(ctx),
      ...nameMentions(ctx).filter((n) => !n.staff),
      ...findAll(view, ctx.lexicon('incidentPupil', PUPILS)),
    ]);
    if (pupils.length === 0) return [];
    const when = findAll(view, ctx.lexicon('incidentWhen', WHEN));
    const notEvent = findAll(view, ctx.lexicon('incidentNotAnEvent', NOT_AN_EVENT));
    for (const m of candidates.slice(0, 20)) {
      // "Gelukkig geen incidenten", "niemand raakte gewond" (a negator before, not after:
      // "werd gepest en niemand deed iets" is still an incident).
      if (negatedBefore(view.norm, m.start, sentenceOf(ctx, m.start).start)) continue;
      // "Wordt uw kind gepest? Neem contact op met …": how the school works, not an incident.
      if (proceduralAt(ctx, m.start)) continue;
      const window = windowOf(ctx, m.start);
      if (!firstOverlap(pupils, window)) continue;
      if (m.weak && !firstOverlap(when, window, (w) => overlaps(w, m))) continue;
      if (firstOverlap(notEvent, window)) continue;
      return [{ span: rawSpan(view, m) }];
    }
    return [];
  },
});
