import { sharedWithFamilyConsent } from '../detectors/familyConsent';
import { aboutIndividual, PUPIL_OR_PARENT } from '../detectors/individuals';
import { sentenceNear } from '../text/ranges';
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
  '(opgepakt|aangehouden|meegenomen) door de politie',
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
  // A child telling what happens at home: "zijn vader slaat hem", "wordt thuis geslagen".
  '(vader|moeder|papa|mama|stiefvader|stiefmoeder|ouders) (slaat|sloeg|slaan|sloegen|schopt|schopte|mishandelt|misbruikt|misbruikte) (hem|haar|hen|ze)',
  '(thuis|door (zijn|haar|de) (vader|moeder|ouders|stiefvader)) (geslagen|geschopt|misbruikt)',
  '(vader|moeder|papa|mama|stiefvader|stiefmoeder|ouders) (hem|haar|hen|ze) (slaat|sloeg|slaan|sloegen|schopt|schopte|mishandelt|misbruikt|misbruikte)',
  '(wordt|werd) (thuis )?(geslagen|geschopt|misbruikt)',
  'seksueel misbruik(t)?',
  'misbruik thuis',
  'blauwe plekken',
  // Money at home: "ouders hebben weinig geld", "kunnen de schoolreis niet betalen".
  '(weinig|geen) geld',
  'krap bij kas',
  '(moeilijk|nauwelijks) rond(komen| kunnen komen)',
  '(kan|kunnen|kon|konden) (het|dat) niet betalen',
  '(kan|kunnen|kon|konden) (de|het) (schoolreis|schoolreisje|kamp|ouderbijdrage|huur|rekeningen|boodschappen) niet betalen',
  // A family leaving the school after a dispute: the family's decision, not news to post.
  'van (school|onze school) (gehaald|halen|haalt|haalde|haalden)',
  '(haalt|halen|haalde|haalden) (hem|haar|hen|ze) van school',
  'naar een andere school',
  'uitgeschreven',
  // Detention and court orders: "vader zit vast", "een contactverbod".
  '(vader|moeder|papa|mama|ouder|stiefvader|broer) (zit|zat) (vast|in de bak|in de gevangenis|in de cel)',
  '(zit|zat) (zijn|haar|hun) (vader|moeder|papa|mama|broer) (vast|in de bak|in de gevangenis)',
  'contactverbod',
  'straatverbod',
  'omgangsverbod',
  '(mag|mogen) (zijn|haar|hun) (dochter|zoon|kind|kinderen) niet (meer )?zien',
  '(gaat|gaan|ging) (bij|van) (haar|zijn) (man|vrouw) weg',
  'verlaat (haar|zijn) (man|vrouw)',
  '(in een|midden in een|in de) scheiding',
  // English
  'divorce(d)?',
  'middle of a divorce',
  '(leaving|left) (her|his) (husband|wife|partner)',
  '(restraining|protection) order',
  'in (jail|prison)',
  'split up',
  '(are|were|got|getting) separated',
  '(arrested|taken away) by the police',
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
  '(dad|father|mum|mom|mother|stepdad|stepfather|parents) (hits|hit|beats|beat|kicks|hurts|abuses|abused) (him|her|them)',
  '(is|was|being|gets|got) (hit|beaten|abused|hurt) at home',
  'abused',
  'abuse at home',
  'child abuse',
  'neglected',
  'bruises',
  "(can't|cannot|can not|couldn't) afford",
  'money (problems|worries)',
  '(taking|took|pulled|pulling) (him|her|them) out of (school|our school)',
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
  alsoArticles: ['bg-privacy'],
  severity: 'warning',
  detect(ctx) {
    const { view } = ctx;
    const matches = findAll(view, ctx.lexicon('confidentialFamily', FAMILY_WORDS));
    return (
      aboutIndividual(ctx, matches, PUPIL_OR_PARENT)
        // An unnamed loss announced with the family's consent: the mourning protocol at work.
        .filter((h) => h.named || !sharedWithFamilyConsent(ctx))
        .filter((h) => {
          const sentence = sentenceNear(ctx.sentences, h.match.start, h.match.end);
          return !has(view, NOT_PRIVATE, sentence.start, sentence.end);
        })
        .map((h) => ({ span: rawSpan(view, h.match) }))
    );
  },
});
