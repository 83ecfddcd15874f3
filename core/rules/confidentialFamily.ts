import { aboutIndividual, PUPIL_OR_PARENT } from '../detectors/individuals';
import { sentenceNear } from '../detectors/offsets';
import { findAll, has, lexicon, rawSpan } from '../text/match';
import { defineRule } from './types';

// The home situation of a pupil or family. No "verloren", "opgepakt", "gevangen", "zit
// vast", "uit elkaar" alone: ordinary words about coats, lessons, fish and Lego.
const FAMILY_WORDS = [
  'scheiding',
  'echtscheiding',
  'vechtscheiding',
  'gescheiden',
  'gaan scheiden',
  'uit elkaar (gegaan|gaan)',
  '(zijn|gaan) uit elkaar',
  'omgangsregeling',
  'co-ouderschap',
  'overleden',
  'overlijden',
  'gestorven',
  'is dood',
  'dood gegaan',
  'doodgegaan',
  'rouw',
  'rouwt',
  'rouwen',
  'rouwverwerking',
  'begrafenis',
  'crematie',
  'uitvaart',
  'voedselbank',
  'schulden',
  'schuldhulp(verlening)?',
  'schuldsanering',
  'armoede',
  'arm gezin',
  'geldzorgen',
  'geldproblemen',
  'financiele problemen',
  'bijstand',
  'uitkering',
  'werkloos',
  'werkeloos',
  'baan kwijt',
  'ontslagen',
  'azc',
  'asielzoeker(s)?',
  'asielzoekerscentrum',
  'vluchteling(en)?',
  'verblijfsvergunning',
  'uitgeprocedeerd',
  'uitgezet',
  'gevangenis',
  'in de cel',
  'gedetineerd',
  'gearresteerd',
  'huiselijk geweld',
  // Abuse at home, not a fight in the playground (that is an incident, art. 9).
  'kindermishandeling',
  "(thuis|door (zijn|haar|z'n|de) (vader|moeder|ouders|stiefvader|stiefmoeder)) mishandeld",
  "mishandeld (thuis|door (zijn|haar|z'n|de) (vader|moeder|ouders|stiefvader|stiefmoeder))",
  'verwaarloosd',
  'verwaarlozing',
  'verslaafd',
  'verslaving',
  'alcoholist',
  'dakloos',
  'huisuitzetting',
  'uit huis gezet',
  'vrouwenopvang',
  // English
  'divorce(d)?',
  'passed away',
  'died',
  'funeral',
  'food bank',
  'debt(s)?',
  'unemployed',
  'prison',
  'jail',
  'domestic violence',
  'homeless',
  'refugee(s)?',
];
// Charity drives and lessons: "opbrengst naar de voedselbank", "overleden in de oorlog".
const NOT_PRIVATE = lexicon([
  'inzameling',
  'inzamelen',
  'ingezameld',
  'inzamelingsactie',
  'actie',
  'opbrengst',
  'doneren',
  'donatie(s)?',
  'gedoneerd',
  'sponsor(loop|actie)?',
  'gesponsord',
  'vrijwilliger(s)?',
  'oorlog',
  'wereldoorlog',
  'eeuw',
  'geschiedenis(les)?',
  'spreekbeurt',
  'werkstuk',
  'boek',
  'prentenboek',
  'voorleesboek',
  'cavia',
  'konijn',
  'hamster',
  'poes',
  'kat',
  'hond',
  'vis',
  'vogel',
  'charity',
  'donate',
  'history',
]);

/**
 * Art. 3: the home situation of a pupil or family (divorce, bereavement, money worries,
 * detention, domestic violence). Charity drives and history lessons give nothing.
 */
export default defineRule({
  id: 'confidentialFamily',
  article: '3',
  severity: 'warning',
  detect(ctx) {
    const { view } = ctx;
    const matches = findAll(view, ctx.lexicon('confidentialFamily', FAMILY_WORDS));
    return aboutIndividual(ctx, matches, PUPIL_OR_PARENT)
      .filter((h) => {
        const sentence = sentenceNear(ctx.sentences, h.match.start, h.match.end);
        return !has(view, NOT_PRIVATE, sentence.start, sentence.end);
      })
      .map((h) => ({ span: rawSpan(view, h.match) }));
  },
});
