import { findAll, has, isNegated, rawSpan, tokensOf } from '../text/match';
import { defineRule } from './types';

const DISMISSIVE = [
  'onzin',
  'onzinnig(e)?',
  'flauwekul',
  'kletskoek',
  'nonsens',
  'larie',
  'slecht(e)? (plan|idee|stuk|verhaal|artikel|filmpje|voorstel|besluit)',
  'slecht',
  '(mee )?oneens',
  '(ik )?(ben )?(het )?(er )?niet mee eens',
  'slaat (echt |helemaal |werkelijk )?nergens op',
  'slaat kant noch wal',
  'waardeloos',
  'waardeloze',
  'belachelijk',
  'absurd',
  'lachwekkend',
  'klopt (echt )?(helemaal |gewoon )?(niks|niets|geen hout)( van)?',
  'klopt niet',
  'gewoon nee',
  'wat een gezeur',
  'gezeur',
  '(dom|stom)(me)? (idee|plan|voorstel)',
  'zwak (verhaal|stuk)',
  'ridiculous',
  'nonsense',
  'rubbish',
  'garbage',
  'terrible( idea)?',
  'awful',
  'worst',
  'bad idea',
  'disagree',
  'pointless',
  'stupid',
  '👎',
  '🙄',
  '🤦',
  '🤮',
  '💩',
];
// Any sign of an argument.
const REASON = [
  'omdat',
  'want',
  'doordat',
  'aangezien',
  'daarom',
  'dus',
  'bijvoorbeeld',
  'bv',
  'zoals',
  'onderzoek',
  'bron',
  'zie',
  'volgens',
  'blijkt',
  'because',
  'since',
  'for example',
  'research',
  'source',
  'see',
];
// A sneer dismisses the writer instead of the piece: "Typisch weer zo'n stuk van iemand die nog
// nooit voor de klas heeft gestaan", "Pff, alweer een expert", "het domste wat ik ooit las".
const SNEER = [
  '(het )?(domste|stomste|slechtste|ergste|dwaaste|raarste) (wat|dat) ik',
  'nog nooit voor de klas (heeft )?gestaan',
  '(never|not once) (been in|stood in|taught in|set foot in) a classroom',
  "(alweer|weer) (een|zo een|zo'n|zon) (expert|deskundige|betweter|bobo|beleidsmaker|professor)",
  'die het (weer )?(beter|allemaal) weet',
  "typisch (weer )?(zo'n|zon|zo een|een)",
  'bespaar (ons|me|mij)',
  'spare (us|me)',
  'dumbest thing',
  'worst (take|article|piece)',
  'armchair expert',
];
const MAX_SNEER_WORDS = 24;
const MAX_WORDS = 12;
const MAX_CHARS = 200;
// Words besides the dismissive ones that still leave the opinion bare ("Totale onzin dit
// filmpje"); more is an argument ("Slecht plan, dan hebben kinderen geen pauze meer").
const MAX_OTHER_WORDS = 4;

/**
 * Background "react on substance": a short reply that only dismisses ("Onzin.", "Slecht plan
 * 👎") without a reason. Short positive replies give nothing. A warning since 2026-12-03: the
 * protocol says such a reply "vervuilt de discussie" and stays findable, and on the training
 * sets it fired on 141 problem drafts that nothing else warned on and on no clean draft.
 */
export default defineRule({
  id: 'bareOpinion',
  article: 'bg-substance',
  severity: 'warning',
  detect(ctx) {
    const { view, draft } = ctx;
    if (!draft.isReply && !/^\s*@\w/u.test(view.raw)) return [];
    if (view.raw.length > MAX_CHARS) return [];
    const words = tokensOf(view);
    if (words.length > MAX_SNEER_WORDS) return [];
    if (has(view, ctx.lexicon('bareOpinionReason', REASON)) || /https?:\/\//u.test(view.raw))
      return [];
    const sneer = findAll(view, ctx.lexicon('bareOpinionSneer', SNEER), 1)[0];
    if (sneer) return [{ span: rawSpan(view, sneer) }];
    if (words.length > MAX_WORDS) return [];
    const dismissive = findAll(view, ctx.lexicon('bareOpinion', DISMISSIVE)).filter(
      (m) => !isNegated(view, m, ctx.sentences) || /niet mee eens|klopt niet/u.test(m.text),
    );
    const first = dismissive[0];
    if (!first) return [];
    const other = words.filter((w) => !dismissive.some((d) => w.start < d.end && w.end > d.start));
    return other.length <= MAX_OTHER_WORDS ? [{ span: rawSpan(view, first) }] : [];
  },
});
