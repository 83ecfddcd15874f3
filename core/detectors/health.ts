import type { RuleContext } from '../rules/types';
import { findAll, type NormMatch } from '../text/match';
import { compoundsEndingIn } from './compounds';
import { aboutIndividual, type SensitiveHit } from './individuals';
import { normRangeOf } from './offsets';

// Diagnoses, conditions and treatments: special personal data (AVG art. 9). Forms, not
// stems. Compound heads ("notenallergie", "angststoornis") are in HEALTH_HEADS.
const HEALTH_WORDS = [
  'adhd',
  "adhd'er",
  'adhd-er',
  'pdd-nos',
  'pddnos',
  'autisme',
  'autistisch(e)?',
  'autist(en|je)?',
  'asperger',
  'dyslexie',
  'dyslectisch(e)?',
  'dyscalculie',
  'dyspraxie',
  'taalontwikkelingsstoornis',
  'hoogbegaafd(e|heid)?',
  'meerbegaafd(e|heid)?',
  'epilepsie',
  'epileptisch(e)?',
  'diabetes',
  'suikerziekte',
  'insuline',
  'astma',
  'allergisch(e)?',
  'depressie(s)?',
  'depressief',
  'depressieve',
  'burn-out',
  'burnout',
  'overspannen',
  'angststoornis',
  'paniekaanval(len)?',
  'eetstoornis',
  'anorexia',
  'boulimia',
  'tourette',
  'syndroom van (down|asperger|tourette)',
  'downsyndroom',
  'down syndroom',
  'cerebrale parese',
  'spierziekte',
  'diagnose',
  'gediagnosticeerd',
  'ritalin(e)?',
  'concerta',
  'methylfenidaat',
  'medicatie',
  'medicijnen',
  'ziekenhuisopname',
  'opgenomen in het ziekenhuis',
  '(ligt|lag|liggen|lagen) in het ziekenhuis',
  'in het ziekenhuis (beland|terechtgekomen|opgenomen|gelegen)',
  '(moest|moet|moesten|moeten) naar het ziekenhuis',
  'naar het ziekenhuis (gebracht|gegaan|gereden)',
  'operatie',
  'geopereerd',
  'kanker',
  'borstkanker',
  'leukemie',
  'chemo',
  'chemotherapie',
  'bestraling(en)?',
  'hersenschudding',
  '(arm|been|pols|enkel|sleutelbeen|voet|hand|vinger|teen) gebroken',
  'gebroken (arm|been|pols|enkel|sleutelbeen|voet|hand|vinger|teen)',
  'in het gips',
  'psycholoog',
  'psychiater',
  'kinderpsycholoog',
  'ggz',
  'jeugd-ggz',
  'logopedie',
  'logopedist(e)?',
  'fysiotherapie',
  'fysiotherapeut',
  'slechthorend(e)?',
  'slechtziend(e)?',
  'hoortoestel(len|letje)?',
  'rolstoel',
  'gehandicapt(e)?',
  'beperking',
  'miskraam',
  'ongeneeslijk ziek',
  'ernstig ziek',
  'terminaal',
  'zelfmoord',
  'suicide',
  'suicidaal',
  'zelfbeschadiging',
  'automutilatie',
  // English
  'autism',
  'autistic',
  'dyslexia',
  'dyslexic',
  'dyscalculia',
  'epilepsy',
  'asthma',
  'allergy',
  'allergic',
  'depression',
  'depressed',
  'anxiety disorder',
  'diagnosed',
  'medication',
  'in (the )?hospital',
  'surgery',
  'cancer',
  'leukaemia',
  'leukemia',
  'down syndrome',
  'concussion',
  'therapist',
  'wheelchair',
];

// Compound heads: the whole word counts ("pinda-allergie", "hersentumor").
const HEALTH_HEADS = /(?:allergie(?:en)?|stoornis(?:sen)?|tumor(?:en)?)(?![\p{L}\p{N}])/gu;

// Abbreviations that are ordinary words in lower case ("add", "ass", "tos", "odd"): only in
// capitals, on the raw text.
const HEALTH_CAPS = /(?<![\p{L}\p{N}])(?:ADD|ASS|TOS|ODD|DCD|NLD)(?![\p{L}\p{N}])/gu;

/** Health words about one singled-out person (pupil, parent or colleague), once per analysis. */
export function healthHits(ctx: RuleContext): SensitiveHit[] {
  return ctx.memo('healthHits', () => {
    const { view } = ctx;
    const matches: NormMatch[] = [
      ...findAll(view, ctx.lexicon('confidentialHealth', HEALTH_WORDS)),
      ...compoundsEndingIn(view, HEALTH_HEADS),
    ];
    for (const m of view.raw.matchAll(HEALTH_CAPS)) {
      const range = normRangeOf(view, m.index, m.index + m[0].length);
      if (range) matches.push({ ...range, text: view.norm.slice(range.start, range.end) });
    }
    matches.sort((a, b) => a.start - b.start);
    return aboutIndividual(ctx, matches);
  });
}
