import { nameMentions, pupilReferences, schoolReferences } from '../detectors/context';
import { controversialTopics, sectorTopics } from '../detectors/opinion';
import { sentenceOf, windowOf } from '../detectors/ranges';
import { byStart, firstOverlap, overlaps } from '../text/ranges';
import { findAll, has, rawSpan, type NormMatch, type Range } from '../text/match';
import { defineRule } from './types';

const HEARSAY = [
  'schijnbaar',
  'naar verluidt',
  'het gerucht gaat',
  '(er )?(gaan|gaat) (het )?gerucht(en)?',
  'gerucht(en)?',
  'geruchtenmolen',
  'via via (gehoord)?',
  'van horen zeggen',
  'heb je (al )?gehoord dat',
  'blijkbaar',
  'naar het schijnt',
  '(ze|mensen) zeggen dat',
  'men zegt dat',
  'ik hoor (net |vandaag |gisteren )?(van|via)',
  'ik (heb|had) (begrepen|vernomen) dat',
  'ik begreep (net )?dat',
  'word on the street',
  '(have|did) you heard?',
  '(ik )?(heb|had) (net |vandaag |gisteren )?gehoord dat',
  'wie weet (er )?meer',
  'weet iemand (er )?meer',
  'iemand meer (info|informatie|nieuws)',
  'weet iemand of (dit|dat|het) klopt',
  'of het klopt dat',
  'klopt het dat',
  'is het waar dat',
  'zou (dat|dit|het) kloppen',
  'kan iemand (dit|dat) bevestigen',
  'iemand zei (tegen )?(me|mij) dat',
  'rumou?r(s)?',
  'rumou?r has it',
  'apparently',
  'reportedly',
  "i['’]?ve heard that",
  'i heard that',
  '(heb|had) ik (net |vandaag |gisteren |ook )?gehoord',
  'hoorde ik',
  'heard it from',
  'can anyone confirm',
  'anyone know more',
  'is it true that',
];

// Passing on someone else's post while disowning it: you are responsible all the same.
const DISOWNED = [
  '(ik ben|ben ik) (dus |ook )?(nergens|niet) verantwoordelijk',
  'ik heb (het|dit) (ook )?niet (zelf )?geschreven',
  '(niet|geen) mijn woorden',
  'niet van mij',
  'not my words',
  "i (didn['’]?t|did not) write (it|this)",
  "(i['’]?m|i am) not responsible",
  'just sharing',
];
const OWN_EXPERIENCE =
  /^\s+(?:what|how|my)\s+(?:\p{L}+\s+){0,3}(?:for|with)?\s*(?:me|my|i)(?![\p{L}])|^\s+my\s/u;
const PASSED_ON = [
  'deel (dit|het|deze)',
  '(dit|het) (bericht )?(door|gedeeld|doorgestuurd)',
  'door(ge)?(stuurd|sturen|delen|gedeeld)',
  'bericht van',
  'share(d)?',
  'sharing',
  'repost(ed|ing)?',
  'passing (this|it) on',
  'retweet',
];
// Besides the shared school, pupil and topic signals.
const SUBJECTS = [
  'school',
  '*school',
  'gemeente',
  'gymzaal',
  'schoolreis',
  'kamp',
  'juf',
  'meester',
  'ouderbijdrage',
  '*rooster',
  'schooltijden',
  'lestijden',
  'overblijf',
  'tso',
  'bso',
  'opvang',
  'formatie',
  'plein',
  'klassen',
  'combinatieklas',
  'gymles(sen)?',
  'lessen',
  '(school)?vakantie(s)?',
  'teacher',
  'principal',
  'head',
];

// Hearsay with a gap: "ik hoorde van een moeder dat …", "hoorde het op het schoolplein".
// A perception ("ik hoorde de kinderen zingen") has no "dat"-clause and no "het".
const HEARD =
  /\b(?:ik\s+)?hoorde(?:n)?\b(?:\s+\S+){0,5}?\s+dat\b|\bhoorde(?:n)?\s+(?:het|dit)\s+(?:van|op|bij|vanochtend|vandaag|gisteren|net)\b/gu;
// Reported speech in the conditional: "de school zou gaan fuseren", "juf X zou stoppen".
const WOULD =
  /\b(\p{L}+)\s+zou(?:den)?\b(?:\s+\S+){0,4}?\s+(?:zijn|gaan|hebben|worden|stoppen|vertrekken|weggaan|sluiten|fuseren|verdwijnen|ontslagen|verhuizen)\b/gu;
const NOT_A_SUBJECT =
  /^(?:ik|je|jij|u|we|wij|jullie|het|dat|dit|er|wat|wie|dan|graag|iemand|als|misschien|ook)$/u;
// "Het gerucht … klopt niet": putting a rumour right is not spreading it.
const DEBUNKED = /\b(?:klopt\s+niet|niet\s+waar|onwaar|onjuist|ontkracht|fabeltje)\b/gu;
// The school answering a rumour: "Er gaan geruchten dat we sluiten. Dat klopt niet.", "wij
// reageren niet op geruchten", "er is geen besluit genomen", "please don't speculate"
// (leaders' clean posts of the outside writers w2, w3, w8, w10, w20, tests/corpus/train,
// 2026-12: the school correcting talk in the village is what article 6 asks, not hearsay
// passed on).
const ANSWERED =
  /\b(?:(?:dat|dit|het)\s+klopt\s+(?:echt\s+|dus\s+)?niet|(?:dat|dit|het)\s+is\s+niet\s+waar|(?:reageren|reageer|gaan|ga)\s+(?:\p{L}+\s+){0,3}niet\s+(?:in\s+)?op\s+geruchten|(?:er\s+is\s+)?geen\s+besluit\s+genomen|(?:that's|that\s+is|this\s+is)\s+not\s+true|(?:it's|it\s+is)\s+fake|(?:please\s+)?(?:don['’]?t|do\s+not)\s+(?:speculate|spread\s+(?:rumou?rs|it))|speculeer\s+niet|niet\s+(?:te\s+)?speculeren)(?![\p{L}])/u;
const CLOCK = /\d{1,2}[.:]\d{2}|\bom\s+\d/u;

/**
 * Art. 6: hearsay about the school or its people ("ik hoorde dat", "schijnbaar", "klopt het
 * dat …?"). You are responsible for what you pass on, also when you say it is not yours
 * ("ik heb het niet geschreven"): that is a warning.
 */
export default defineRule({
  id: 'rumour',
  article: '6',
  severity: 'info',
  detect(ctx) {
    const { view } = ctx;
    const disowned = findAll(view, ctx.lexicon('rumourDisowned', DISOWNED)).find(
      // "just sharing what worked for me": one's own experience, not someone else's post (w4).
      (m) => !OWN_EXPERIENCE.test(view.norm.slice(m.end, m.end + 40)),
    );
    if (disowned && has(view, ctx.lexicon('rumourPassedOn', PASSED_ON)))
      return [{ span: rawSpan(view, disowned), severity: 'warning', variant: 'disowned' }];
    const markers: NormMatch[] = findAll(view, ctx.lexicon('rumour', HEARSAY));
    for (const m of view.norm.matchAll(HEARD))
      markers.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    for (const m of view.norm.includes('zou') ? view.norm.matchAll(WOULD) : []) {
      if (NOT_A_SUBJECT.test(m[1]!)) continue;
      const s = sentenceOf(ctx, m.index);
      if (CLOCK.test(view.norm.slice(s.start, Math.min(s.end, s.start + 400)))) continue;
      // The marker is "zou …", so the subject itself can count as what it is about.
      const start = m.index + m[0].indexOf('zou', m[1]!.length);
      markers.push({ start, end: m.index + m[0].length, text: m[0] });
    }
    if (markers.length === 0) return [];
    // About whom? The school, its people, pupils, or an education or public matter.
    const subjects = byStart<Range>([
      ...schoolReferences(ctx),
      ...pupilReferences(ctx),
      ...nameMentions(ctx),
      ...sectorTopics(ctx),
      ...controversialTopics(ctx),
      ...findAll(view, ctx.lexicon('rumourSubject', SUBJECTS)),
    ]);
    const hit = byStart(markers)
      .slice(0, 20)
      .find((m) => {
        const sentence = sentenceOf(ctx, m.start);
        if (has(view, DEBUNKED, sentence.start, sentence.end)) return false;
        // The answer in the next sentence or two: "… gaat sluiten. Dat klopt niet."
        if (
          ANSWERED.test(
            view.norm.slice(sentence.start, Math.min(view.norm.length, sentence.end + 160)),
          )
        )
          return false;
        return firstOverlap(subjects, windowOf(ctx, m.start), (s) => overlaps(s, m)) !== undefined;
      });
    return hit ? [{ span: rawSpan(view, hit) }] : [];
  },
});
