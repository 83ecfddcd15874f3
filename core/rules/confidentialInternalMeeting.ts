import { proceduralIn } from '../detectors/generic';
import { sentenceIndexAt, sentenceNear } from '../text/ranges';
import { findAll, has, lexicon, rawSpan } from '../text/match';
import type { Range } from '../text/match';
import { defineRule, type RuleContext, type RuleHit } from './types';

// Internal meetings and their papers. Not "de directie" or "het bestuur" alone: teachers
// pass on official decisions of the school all the time.
const MEETINGS = [
  'teamvergadering(en)?',
  'teamoverleg',
  'teambijeenkomst',
  'teammeeting',
  'personeelsvergadering',
  'bouwvergadering',
  'bouwoverleg',
  'mr',
  'mr-vergadering',
  'mr vergadering',
  'gmr',
  'medezeggenschapsraad',
  'bestuursvergadering',
  'bestuursoverleg',
  'directieoverleg',
  'directievergadering',
  'notulen',
  'formatie',
  'formatieplan',
  'formatiegesprek(ken)?',
  'vergadering',
  'staff meeting',
  'team meeting',
  'board meeting',
  'minutes',
];
// Something from inside is being passed on.
const DISCLOSURE = lexicon([
  'besloten',
  'besluit',
  'beslist',
  'gezegd',
  'verteld',
  'gehoord',
  'bekendgemaakt',
  'besproken',
  'kwam naar voren',
  'bleek',
  'werd duidelijk',
  'aangekondigd',
  'komt er',
  'gaat (weg|stoppen|sluiten|fuseren|verdwijnen|verhuizen)',
  'gaan (fuseren|sluiten|bezuinigen|stoppen)',
  '(wordt|worden) (ontslagen|opgeheven|gesloten|samengevoegd|wegbezuinigd)',
  'fusie',
  'reorganisatie',
  'bezuiniging(en)?',
  'bezuinigen',
  'sluiting',
  'ontslagen',
  'ontslag',
  'combinatieklas(sen)?',
  'krimp',
  '(is|zijn) rond',
  '(gaat|komt) (naar|in) groep',
  'krijgt groep',
  'wie wil (de )?notulen',
  'notulen (zien|lezen|hebben|sturen)',
  'decided',
  'announced',
  '(was|were) told',
  'will be (closed|merged|cut)',
  'layoffs',
]);
// Said outright that it is not public yet.
const NOT_YET_PUBLIC = lexicon([
  'nog niet officieel',
  'nog niet bekend(gemaakt)?',
  'onder ons',
  'mag (het )?(nog )?niet (zeggen|vertellen|delen)',
  'mogen (het )?(nog )?niet (zeggen|vertellen|delen)',
  'weet nog niemand',
  'niet verder vertellen',
  'not official yet',
]);
// From a public source, or one's own decision ("ik heb besloten lid te worden van de MR").
const PUBLIC_SOURCE = lexicon([
  'website',
  'nieuwsbrief',
  'openbaar',
  'openbare',
  'ter inzage',
  'jaarverslag',
  'schoolgids',
  'ik heb besloten',
  'ik besloot',
  'verkiezing(en)?',
  'kandidaat',
  'kandidaten',
  'vacature',
  'lid worden',
  'newsletter',
]);

// An inspection visit and how it went: the inspectorate publishes its own report, and a
// weak verdict is the school's to explain, not a teacher's news.
const INSPECTION = lexicon([
  'inspectie',
  'inspectiebezoek',
  'onderwijsinspectie',
  'inspecteur(s)?',
  'the inspectorate',
  'the inspectors',
  'inspection visit',
  'the inspection',
]);
const VERDICT = lexicon([
  'ging (echt |helemaal |heel |behoorlijk )?(niet goed|slecht|mis)',
  'viel (echt |flink |erg )?tegen',
  '(zeer )?zwak',
  'onvoldoende',
  'negatief',
  'afgekeurd',
  'slecht (beoordeeld|oordeel|rapport)',
  'drama',
  'rampzalig',
  'went (really |very )?(badly|wrong|terribly)',
  'weak rating',
  '(we )?failed',
  'was a disaster',
  'unsatisfactory',
]);

// How a body works, told as its regular course: "De leerlingenraad vergadert eens per zes
// weken", "Aan het begin van elk schooljaar is er een algemene jaarvergadering voor alle
// ouders" (a school guide, c2 real texts, 2026-12), the pupils' own council and its first
// meeting (c5). Nothing from inside is passed on.
const REGULAR_COURSE =
  /(?<![\p{L}])(?:vergadert|vergaderen|komt\s+(?:\p{L}+\s+)?bijeen|komen\s+(?:\p{L}+\s+)?bijeen|eens\s+per|\d+\s+keer\s+per|(?:een|twee|drie|vier|vijf|zes|acht|tien)\s+keer\s+per|elk(?:e)?\s+(?:nieuw\s+)?(?:schooljaar|jaar|maand|kwartaal)|ieder(?:e)?\s+(?:schooljaar|jaar|maand)|jaarlijks|jaarvergadering|ledenvergadering|voor\s+alle\s+ouders|is\s+openbaar|zijn\s+openbaar|meets\s+(?:every|once|twice)|leerlingenraad|kinderraad|pupil\s+council|school\s+council)(?![\p{L}])/u;
// The meeting as the place to talk, or as the school's partner in a decision it announces:
// "laten we het gesprek in de MR voeren en niet hier", "dat is samen met de MR besloten"
// (w8, w10 clean replies, tests/corpus/train, 2026-12). The opposite of a leak.
const PLACE_OR_PARTNER =
  /(?:in|via)\s+de\s+(?:mr|gmr|medezeggenschapsraad|vergadering)\s+(?:\p{L}+\s+){0,2}(?:voeren|bespreken|aankaarten|inbrengen|agenderen|op\s+de\s+agenda)|(?:samen|in\s+overleg|in\s+samenspraak)\s+met\s+de\s+(?:mr|gmr|medezeggenschapsraad)|met\s+(?:instemming|goedkeuring)\s+van\s+de\s+(?:mr|gmr|medezeggenschapsraad)|(?:mr|gmr|medezeggenschapsraad)\s+heeft\s+(?:\p{L}+\s+)?(?:ingestemd|instemming|goedgekeurd)/u;

/** The meeting's sentence with the three before it: a body's regular course is told up front. */
function leadUp(ctx: RuleContext, m: Range, window: Range): Range {
  const i = sentenceIndexAt(ctx.sentences, m.start);
  const first = ctx.sentences[Math.max(0, i - 3)];
  return { start: Math.max(first ? first.start : window.start, m.start - 500), end: window.end };
}

/**
 * Art. 3: passing on what was said or decided in an internal meeting (team, MR, board,
 * formatie). A leader's announcement without a confidentiality cue is a tip only.
 */
export default defineRule({
  id: 'confidentialInternalMeeting',
  article: '3',
  severity: 'warning',
  detect(ctx) {
    const { view } = ctx;
    const secret = has(view, NOT_YET_PUBLIC);
    const hits: RuleHit[] = [];
    for (const m of findAll(view, ctx.lexicon('confidentialInternalMeeting', MEETINGS))) {
      // The meeting's sentence and the next ("Net uit de teamvergadering. Juf X gaat weg!").
      const window = sentenceNear(ctx.sentences, m.start, m.end, 1);
      if (!has(view, DISCLOSURE, window.start, window.end) && !secret) continue;
      if (has(view, PUBLIC_SOURCE, window.start, window.end)) continue;
      if (!secret) {
        const sentence = sentenceNear(ctx.sentences, m.start, m.end);
        const lead = leadUp(ctx, m, window);
        if (proceduralIn(ctx, sentence)) continue;
        if (REGULAR_COURSE.test(view.norm.slice(lead.start, lead.end))) continue;
        if (PLACE_OR_PARTNER.test(view.norm.slice(Math.max(0, m.start - 40), m.end + 40))) continue;
      }
      const official = ctx.role === 'leidinggevende' && !secret;
      hits.push({ span: rawSpan(view, m), severity: official ? 'info' : 'warning' });
      break; // one reminder per draft is enough
    }
    if (hits.length === 0) {
      for (const m of findAll(view, INSPECTION)) {
        const window = sentenceNear(ctx.sentences, m.start, m.end, 1);
        if (!has(view, VERDICT, window.start, window.end)) continue;
        if (has(view, PUBLIC_SOURCE, window.start, window.end)) continue;
        const official = ctx.role === 'leidinggevende' && !secret;
        hits.push({
          span: rawSpan(view, m),
          severity: official ? 'info' : 'warning',
          variant: 'inspection',
        });
        break;
      }
    }
    return hits;
  },
});
