import { anyOverlap } from '../text/ranges';
import { HOSTILE_EMOJI, negativeEvaluations } from '../detectors/civility';
import { scan } from '../detectors/clauses';
import { insultHits } from '../detectors/insults';
import { ownCorrection } from '../detectors/ownCorrection';
import { isQuoted, windowOf as sentenceWindow } from '../detectors/ranges';
import { profanityHits } from '../detectors/swearing';
import { rawSpan, type NormMatch, type Range } from '../text/match';
import { defineRule, type RuleHit } from './types';

const WHO =
  "(ouder|ouders|moeder|moeders|vader|vaders|papa|mama|collega|collega['’]?s|persoon|personen|meneer|mevrouw|mensen|eigenaar|bestuurder|chauffeur|automobilist|buurman|buurvrouw|juf|meester|opa|oma|oppas|parent|parents|mum|mom|dad|person)";

// Singling people out in public without naming them.
const CALLOUT = [
  `aan (de|die|alle) ${WHO} die`,
  'aan (degene|diegene|degenen|diegenen) die',
  `die ene ${WHO}`,
  "sommige (ouders|collega['’]?s|moeders|vaders|mensen|leerkrachten|juffen|meesters)",
  "bepaalde (ouders|collega['’]?s|mensen)",
  "een (aantal|paar) (ouders|collega['’]?s|moeders|vaders)",
  "er (zijn|is) (nog steeds |altijd |weer |toch |helaas )?(ouders|een ouder|collega['’]?s|een collega|mensen|moeders|vaders|een moeder|een vader) die",
  '(je|jullie) (weet|weten) (zelf )?(wel )?wie (je|jullie) (bent|zijn)',
  'ik noem geen namen',
  'namen noem ik niet',
  'hint hint',
  'you know who you are',
  `to the ${WHO} who`,
  'some (parents|colleagues|people)',
  'some of (my|our|the) (colleagues|parents|teachers|staff)',
];

// What the singled-out person did, in the words of someone annoyed.
const ACTS = new RegExp(
  [
    String.raw`dubbel\s*park\p{L}*`,
    String.raw`op\s+de\s+stoep\s+(park\p{L}*|staat|stond|stonden|stil)`,
    String.raw`(op|voor)\s+(het\s+zebrapad|de\s+(poort|ingang|uitgang|inrit))\s+(park\p{L}*|staat|stond|stil)`,
    String.raw`(weer|alweer|steeds|altijd|elke\s+dag|iedere\s+dag|elke\s+ochtend|elke\s+keer|iedere\s+keer|nog\s+steeds)\s+(\S+\s+){0,4}te\s+laat`,
    String.raw`nooit\s+op\s+tijd`,
    String.raw`niet\s+(eens\s+)?(groet|groeten|gedag\s+zegt|reageert|reageren|opruimt|opruimen)`,
    String.raw`schaam`,
    String.raw`fatsoen`,
    String.raw`normaal\s+doen`,
    String.raw`gedraag`,
    String.raw`blijkbaar`,
    String.raw`kennelijk`,
    String.raw`(vindt|vinden|dacht|denkt|denken)\s+(het\s+)?(nodig|dat\s+(ze|hij|zij)\s+alles)`,
    String.raw`ongelofelijk`,
    String.raw`onbegrijpelijk`,
    String.raw`tenenkrommend`,
    String.raw`bah`,
    String.raw`(roddel|roddelen|roddelt|kletst|kletsen|klaagt|klagen|zeurt|zeuren)`,
    String.raw`achter\s+(mijn|onze|m['’]n)\s+rug`,
    String.raw`(zonder|geen)\s+(sorry|excuses)`,
    String.raw`(niet|nooit)\s+(normaal|oké|oke|ok)`,
    String.raw`(schreeuw|scheld|snauw|tier|krijs)\p{L}*`,
    String.raw`(uitgescholden|(uit)?schold\p{L}*)`,
    String.raw`zo\s+ga\s+je\s+niet\s+(met\s+(mensen|elkaar|anderen)\s+)?om`,
    String.raw`(voordring\p{L}*|dringt\s+voor|drong\s+voor)`,
    String.raw`(doen|doet|deed|deden)\s+(echt\s+|gewoon\s+|helemaal\s+|letterlijk\s+){0,2}(niks|niets|geen\s+bal|geen\s+moer)`,
    String.raw`(do|does|did)\s+(absolutely\s+|literally\s+)?nothing`,
    String.raw`(zero|no)\s+respect`,
  ].join('|'),
  'u',
);
// "aan de moeder van Daan die …": a gap the lexicon syntax cannot express.
const CALLOUT_OF = new RegExp(
  String.raw`(?<![\p{L}])aan\s+(de|die)\s+${WHO}\s+(van|uit)\s+\S+(\s+\S+)?\s+die(?![\p{L}])`,
  'gu',
);
const ACT_RE = new RegExp(`(?<![\\p{L}])(?:${ACTS.source})`, 'gu');

/**
 * Art. 4: calling someone out in public without a name — "aan de ouder die …", "die ene
 * moeder", "sommige collega's …", "je weet wie je bent" — with a negative evaluation next to
 * it. A lost-and-found notice ("aan de ouder die zijn handschoenen kwijt is") gives nothing,
 * nor thanks ("jullie weten wie jullie zijn 💛").
 */
export default defineRule({
  id: 'callout',
  article: '4',
  severity: 'warning',
  detect(ctx) {
    // The writer's own apology for an earlier post (w22, 2026-12-03): "Sorry aan de ouders die
    // ik gisteren … noemde. Fout van mij."
    if (ownCorrection(ctx)) return [];
    const { view } = ctx;
    const markers = [
      ...scan(view, ctx.lexicon('calloutPhrases', CALLOUT)),
      ...scan(view, CALLOUT_OF),
    ]
      .filter((m) => !isQuoted(ctx, m))
      .sort((a, b) => a.start - b.start);
    if (markers.length === 0) return [];
    const acts: NormMatch[] = scan(view, ACT_RE);
    const emoji = [...view.norm.matchAll(HOSTILE_EMOJI)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    }));
    const negative: Range[] = [
      ...negativeEvaluations(ctx, true),
      ...insultHits(ctx),
      ...profanityHits(ctx).filter((p) => !p.mild),
      ...acts,
      ...emoji,
    ];
    const out: RuleHit[] = [];
    for (const m of markers) {
      const win = sentenceWindow(ctx, m.start, 1);
      if (anyOverlap(negative, win) && !out.length) out.push({ span: rawSpan(view, m) });
    }
    return out;
  },
});
