import { pupilReferences } from '../detectors/context';
import { sentenceNear } from '../text/ranges';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

// Drink tied to pupils, school hours or the school ("ended up at the same club as my Year
// 12s and they bought me a drink", "een biertje in de teamkamer om twee uur", "a pint at
// lunch, don't tell the governors"): staff are personally responsible for what they post
// (art. 6), and it is findable for ever (art. 7; the protocol: "Bedenk dus goed hoe je wilt
// overkomen … werkgevers, leerlingen en ouders zoeken soms op google"). A staff party after
// work, a lesson about alcohol or a dry month gives nothing.
// Writers' drafts that saw only the protocol (w13, w14, w18, tests/corpus/train, 2026-12-03).
const DRINK =
  /(?<![\p{L}])(?:bier(?:tje|tjes)?|pils(?:je)?|wijn(?:tje)?|borrel(?:en|tje)?|shots?|dronken|tipsy|aangeschoten|kater|beers?|pints?|wine|drunk|hammered|hungover|hangover|tequila|vodka|drinks|(?:been\s+drinking|drinking\s+since)(?!\s+(?:water|tea|coffee|squash|juice|thee|koffie|ranja)))(?![\p{L}])|[🍺🍻🍷🥂🍸🍹🥃]/gu;
// Where or when it is tied to school.
const AT_SCHOOL =
  /(?<![\p{L}])(?:teamkamer|personeelskamer|in\s+de\s+pauze|tijdens\s+(?:de\s+)?(?:les|lessen|schooltijd|de\s+pauze|het\s+schoolkamp|de\s+schoolreis)|onder\s+schooltijd|op\s+(?:het\s+)?schoolkamp|op\s+schoolreis|voor\s+de\s+ouderavond|staff\s*room|at\s+lunch|during\s+(?:school|class|lessons|the\s+school\s+day|the\s+trip)|on\s+the\s+(?:school\s+)?trip|before\s+parents['’]?\s+evening|in\s+the\s+classroom|in\s+de\s+klas|at\s+work|op\s+(?:het|mijn|m['’]n)\s+werk)(?![\p{L}])/u;
// Kept from the school: "niet tegen de ouders zeggen", "don't tell the governors".
const KEPT_FROM =
  /(?<![\p{L}])(?:(?:niet|nooit)\s+(?:\p{L}+\s+){0,2}(?:tegen|aan)\s+(?:de\s+)?(?:ouders|directie|directeur|kinderen|leerlingen)\s+(?:zeggen|vertellen)|(?:zeg|vertel)\s+het\s+niet\s+(?:tegen|aan)\s+(?:de\s+)?(?:ouders|directie|directeur)|don['’]?t\s+tell\s+(?:the\s+)?(?:parents|governors|head|kids|principal|board))(?![\p{L}])/u;
// Pupils there, by number or by name: "my Year 12s", "mijn leerlingen", "students bought".
const WITH_PUPILS =
  /(?<![\p{L}])(?:my\s+(?:year|grade)\s+\d+s|(?:mijn|onze)\s+(?:leerlingen|groep\s+8|achtstegroepers)|students?\s+bought|pupils?\s+bought|leerlingen\s+(?:trakteerden|gaven|kochten))(?![\p{L}])/u;
// Drinking together with them: "they bought me a drink", "the same club", "met mijn leerlingen".
const SHARED =
  /(?<![\p{L}])(?:bought|trakteerden|kochten|gaven|same\s+(?:club|bar|pub)|zelfde\s+(?:kroeg|café|club)|met\s+(?:mijn|de)\s+leerlingen|with\s+(?:my|the)\s+(?:students|pupils|kids))(?![\p{L}])/u;
// A hangover while teaching: "teaching 30 kids with a hangover", "met een kater voor groep 5"
// (w20, tests/corpus/train, 2026-12-03).
const HANGOVER = /^(?:kater|hungover|hangover)$/u;
const TEACHING =
  /(?<![\p{L}])(?:teaching|teach|lesgeven|les\s+geven|voor\s+(?:de\s+)?(?:klas|groep\s+\d)|voor\s+groep|in\s+front\s+of\s+(?:my\s+|the\s+)?(?:class|kids)|\d+\s+(?:kids|kinderen|leerlingen|kleuters)|my\s+class|mijn\s+klas|mijn\s+groep)(?![\p{L}])/u;
// Not a party: a recipe, a lesson about alcohol, a fair for adults, a dry month.
const NOT_DRINKING =
  /(?<![\p{L}])(?:alcoholvrij|alcohol-?free|0[.,]0|kinderbier|kinderchampagne|voorlichting|les\s+over|lesson\s+(?:about|on)|dry\s+january|dryjanuary|ik\s+drink\s+niet|i\s+don['’]?t\s+drink|limonade|ranja)(?![\p{L}])/u;

/** Art. 6 (and 7): drinking told together with pupils, school hours or secrecy from the school. */
export default defineRule({
  id: 'drinkingAtWork',
  article: '6',
  alsoArticles: ['7'],
  severity: 'warning',
  action: 'contact',
  detect(ctx) {
    const { view } = ctx;
    const norm = view.norm;
    if (NOT_DRINKING.test(norm)) return [];
    for (const m of norm.slice(0, 3000).matchAll(DRINK)) {
      const near = sentenceNear(ctx.sentences, m.index, m.index + m[0].length, 1);
      const text = norm.slice(near.start, near.end);
      const withPupils = () =>
        WITH_PUPILS.test(text) ||
        pupilReferences(ctx).some((p) => p.start < near.end && p.end > near.start);
      if (
        AT_SCHOOL.test(text) ||
        KEPT_FROM.test(text) ||
        (SHARED.test(text) && withPupils()) ||
        (HANGOVER.test(m[0]) && TEACHING.test(text))
      )
        return [{ span: rawSpan(view, { start: m.index, end: m.index + m[0].length }) }];
    }
    return [];
  },
});
