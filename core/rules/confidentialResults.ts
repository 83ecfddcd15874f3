import { aboutIndividual, clauseAround, PUPIL_OR_PARENT } from '../detectors/individuals';
import { clamp } from '../text/ranges';
import { sentenceOf } from '../detectors/ranges';
import { findAll, has, lexicon, rawSpan } from '../text/match';
import { defineRule, type RuleHit } from './types';

// Grades, test results, levels and school advice.
// Not bare "cijfers": kleuters learn their "cijfers" (digits).
const RESULT_WORDS = [
  'cijferlijst',
  '(goede|slechte|lage|hoge|mooie|voldoende|onvoldoende|goed|slecht|laag|hoog|mooi) cijfer(s)?',
  "(zijn|haar|z'n|hun) cijfers",
  'cijfer(s)? (voor|van|op) (rekenen|taal|spelling|lezen|begrijpend lezen|de toets|het rapport|topografie|aardrijkskunde|geschiedenis|engels)',
  'rapportcijfer(s)?',
  // The report itself, shown or described: "screenshot van het rapport van een leerling".
  'rapport(je|en)?',
  'rapportblad',
  'school report',
  'toetscijfer(s)?',
  'toetsuitslag(en)?',
  'toetsresultaat',
  'toetsresultaten',
  'toetsscore(s)?',
  'uitslag(en)? van de (toets|cito|iep|eindtoets|doorstroomtoets|entreetoets)',
  'cito',
  'cito-?toets(en)?',
  'cito-?score(s)?',
  'cito-?uitslag(en)?',
  'iep',
  'iep-?toets',
  'iep-?score',
  'eindtoets',
  'doorstroomtoets',
  'entreetoets',
  'schooladvies',
  // Where a pupil goes after groep 8 is the advice: "Noah gaat naar het vmbo-k".
  '(gaat|mag|moet|kan) naar (het )?(vmbo|vmbo-?[bkgt]|vmbo-?tl|mavo|havo|vwo|gymnasium|praktijkonderwijs)',
  '(voorlopig|definitief|bindend) advies',
  'advies (havo|vwo|vmbo|mavo|gymnasium|praktijkonderwijs|vmbo-?[bkgt]|vmbo-?tl|kader|basis)',
  '(havo|vwo|vmbo|mavo|gymnasium|vmbo-?[bkgt]|vmbo-?tl|kader|basis|havo-vwo|vmbo-havo|pro)-?advies',
  'niveau (i|ii|iii|iv|v|a|b|c|d|e|1f|2f|1s)',
  '(i|ii|iii|iv|v)-score',
  '(a|b|c|d|e)-score',
  'onvoldoende(s)?',
  'gezakt',
  'blijft zitten',
  'blijven zitten',
  'bleef zitten',
  'zittenblijven',
  'zittenblijver',
  'doubleren',
  'doubleert',
  'gedoubleerd',
  'versnellen',
  'versnelt',
  'een groep overslaan',
  'slaat een groep over',
  'plusklas',
  'leerachterstand',
  'taalachterstand',
  'rekenachterstand',
  'leesachterstand',
  'achterstand (in|met|bij) (lezen|rekenen|taal|spelling|begrijpend lezen)',
  'avi-?(niveau|plus|e[3-7]|m[3-7]|start)',
  'leesniveau',
  'rekenniveau',
  'iq van',
  'iq-score',
  'e[e]n (10|[1-9])([,.]5)? (voor|gehaald)', // [e]: "een" must not also match "en"
  '(10|[1-9])[,.][0-9] (gehaald|voor)',
  // English
  '(good|bad|poor|failing|low|high|his|her|their) grade(s)?',
  '(got|gets|get|scored|scores|received|had) (an? )?(10|[1-9])([.,]5)? (on|for|in)',
  '(his|her|their) (maths |math |spelling |reading |english )?(test|exam|report|results)',
  'test (score|result)s?',
  'report card',
  'failed (the|his|her) (test|exam)',
];

// Figures about a group, not a child: "groep 8 scoorde gemiddeld 538".
const AGGREGATE = lexicon([
  'gemiddeld(e)?',
  'alle leerlingen',
  'alle kinderen',
  'iedereen',
  'de hele (klas|groep)',
  'heel groep [1-8]',
  'onze school',
  'landelijk(e)?',
  'percentage',
  'procent',
  'de meeste',
  'allemaal',
  'klassikaal',
  'average',
  'all (pupils|students|children)',
  'the whole class',
]);
const FULL_NAME =
  /^\s+(?:(?:van|de|der|den|ter|ten|te|het|'t)\s+){0,3}\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?/u;

/**
 * Art. 3: grades, test results or school advice of a named or singled-out pupil. A stop with
 * a full name; group figures and "een 10 voor de musical!" give nothing.
 */
export default defineRule({
  id: 'confidentialResults',
  article: '3',
  alsoArticles: ['bg-privacy'],
  severity: 'warning',
  detect(ctx) {
    const { view } = ctx;
    const matches = findAll(view, ctx.lexicon('confidentialResults', RESULT_WORDS));
    const hits: RuleHit[] = [];
    for (const h of aboutIndividual(ctx, matches, PUPIL_OR_PARENT)) {
      const sentence = clamp(sentenceOf(ctx, h.match.start), h.match.start, h.match.end);
      if (has(view, AGGREGATE, sentence.start, sentence.end)) {
        // A group figure, unless a child is named in the same clause ("…, Daan zelfs 550").
        const clause = clauseAround(view.norm, sentence, h.match);
        const namedInClause = h.who.some(
          (p) => p.named && p.start < clause.end && p.end > clause.start,
        );
        if (!namedInClause) continue;
      }
      const fullName = h.who.some((p) => {
        if (!p.named || p.kind === 'staff') return false;
        const end = view.toRaw(p.start, p.end).end;
        return FULL_NAME.test(view.raw.slice(end, end + 40));
      });
      hits.push({ span: rawSpan(view, h.match), severity: fullName ? 'stop' : 'warning' });
    }
    return hits;
  },
});
