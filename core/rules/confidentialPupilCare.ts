import { compoundsEndingIn } from '../detectors/compounds';
import { aboutIndividual, PUPIL_OR_PARENT } from '../detectors/individuals';
import { findAll, rawSpan } from '../text/match';
import { defineRule } from './types';

// The pupil file and special-needs / child-protection support. Words that are ordinary in
// other senses ("rugzak", "arrangement", "melding") only in their care phrases.
const CARE_WORDS = [
  'dossier',
  'zorgleerling(en|etje)?',
  'zorgkind(je|eren)?',
  'o[p][p]', // written as a class: a plain doubled letter would also match "op"
  'ontwikkelingsperspectief(plan)?',
  'handelingsplan(nen)?',
  'groeidocument',
  'groeidossier',
  'zorgplan',
  'begeleidingsplan',
  // "Jesse, Amir en Tessa hebben een gedragsplan" (w8 problem reply, 2026-12).
  'gedragsplan(nen)?',
  'voogdij',
  'onderwijsarrangement',
  'ondersteuningsarrangement',
  '(zwaar|licht|zwaarder|lichter|extra) arrangement',
  'arrangement (aangevraagd|toegekend|gekregen|aanvragen)',
  '(heeft|krijgt|kreeg|kregen) een arrangement',
  'rugzakleerling',
  'rugzak(je)? (aangevraagd|toegekend|gekregen|aanvragen)',
  'leerlinggebonden financiering',
  'lgf',
  'zorgoverleg',
  'mdo',
  'multidisciplinair overleg',
  'zorgteam',
  'ondersteuningsteam',
  'veilig thuis',
  'meldcode',
  'zorgmelding',
  'melding (gedaan|gemaakt|bij veilig thuis)',
  'gemeld bij (veilig thuis|jeugdzorg|de kinderbescherming)',
  'jeugdzorg',
  'jeugdhulp',
  'jeugdbescherming',
  'kinderbescherming',
  'raad voor de kinderbescherming',
  'ots',
  'ondertoezichtstelling',
  'onder toezicht (gesteld|staan|staat)',
  'gezinsvoogd',
  'voogd(ij)?',
  'uithuisplaatsing',
  'uit huis geplaatst',
  'pleeggezin',
  'pleegouders',
  'pleegkind(je)?',
  'pleegmoeder',
  'pleegvader',
  'leerplicht',
  'leerplichtambtenaar',
  'ongeoorloofd verzuim',
  'verzuimmelding',
  'thuiszitter',
  'schorsing',
  'geschorst',
  'verwijderd van school',
  'verwijdering',
  'iq-test',
  'intelligentieonderzoek',
  'psychologisch onderzoek',
  'wijkteam',
  'sociaal wijkteam',
  'schoolmaatschappelijk (werk|werker|werkster)',
  'ambulant begeleider',
  'ambulante begeleiding',
  'remedial teaching',
  'toelaatbaarheidsverklaring',
  'tlv',
  'speciaal (basis)?onderwijs',
  'sbo',
  'extra ondersteuning',
  'extra begeleiding',
  'intern begeleider',
  'ib-er',
  "ib'er",
  // English
  'pupil file',
  'care plan',
  'child protection',
  'safeguarding',
  'social services',
  'foster (care|family|parents|home)',
  'suspended',
  'expelled',
];

// "leerlingdossier", "zorgdossier": any compound on -dossier (see compoundsEndingIn).
const DOSSIER = /(?<=\p{L})dossier(?:s)?(?![\p{L}\p{N}])/gu;

// "onze IB'er Ellen gaat met pensioen", "ik ben Sanne, de nieuwe IB'er": the colleague's role,
// not a pupil's care (w1, w2 clean drafts, 2026-12).
const CARE_ROLE =
  /^(?:ib-?er|ib'er|intern begeleider|ambulant begeleider|gezinsvoogd|leerplichtambtenaar)$/u;
// "Dank je wel aan de mama van Elise voor de extra begeleiding": a parent who came along on a
// trip, thanked for helping (c5 real school texts, 2026-12-03).
const THANKED_FOR_HELP =
  /(?<![\p{L}])(?:dank(?:\s+je|\s+jullie|\s+u)?(?:\s+wel)?|bedankt|thanks?)\s+(?:[\p{L},]+\s+){0,8}voor\s+(?:de|het|jullie|uw|hun|haar|zijn)\s+(?:extra\s+)?$/u;

function roleOfAColleague(norm: string, m: { start: number; end: number; text: string }): boolean {
  if (!CARE_ROLE.test(m.text)) return false;
  const before = norm.slice(Math.max(0, m.start - 12), m.start);
  return (
    /(?:onze|nieuwe|als|ben|de nieuwe)\s+$/u.test(before) ||
    /^(?:'s|s)?\s+(?:uit|van)\s+de\s+regio/u.test(norm.slice(m.end, m.end + 20))
  );
}

/**
 * Art. 3: information from the pupil file or about care, support and child protection (OPP,
 * arrangement, Veilig Thuis, jeugdzorg, leerplicht …) about an identifiable pupil or family.
 * "Onze school werkt met de meldcode" gives nothing.
 */
export default defineRule({
  id: 'confidentialPupilCare',
  article: '3',
  alsoArticles: ['bg-privacy'],
  severity: 'stop',
  detect(ctx) {
    const matches = [
      ...findAll(ctx.view, ctx.lexicon('confidentialPupilCare', CARE_WORDS)),
      ...compoundsEndingIn(ctx.view, DOSSIER),
    ].sort((a, b) => a.start - b.start);
    return aboutIndividual(
      ctx,
      matches.filter(
        (m) =>
          !roleOfAColleague(ctx.view.norm, m) &&
          !THANKED_FOR_HELP.test(ctx.view.norm.slice(Math.max(0, m.start - 90), m.start)),
      ),
      PUPIL_OR_PARENT,
    ).map((h) => ({
      span: rawSpan(ctx.view, h.match),
    }));
  },
});
