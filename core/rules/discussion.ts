import { HOSTILE_EMOJI, JOKE_CUE, secondPersonIn } from '../detectors/civility';
import { scan } from '../detectors/clauses';
import { isQuoted } from '../detectors/ranges';
import { has, rawSpan, type NormMatch } from '../text/match';
import { defineRule } from './types';

// Signs of an argument that need nobody addressed: repeating yourself, "met alle respect".
const ESCALATION = [
  'nogmaals',
  'zoals ik (al |eerder |al eerder )?(zei|schreef|aangaf|zeg|zeg al|al zei|uitlegde)',
  'ik zei (het )?(al|toch)',
  'ik herhaal',
  'voor de (zoveelste|laatste|derde|tweede|honderdste) keer',
  'met alle respect',
  'le[e]s (eerst|nou eens|nu eens|dan eerst|eens|het nog eens|de brief eens|de nieuwsbrief eens|het eerst|eerst even|nog eens) ',
  'le[e]s (eerst |nou |dan )?(even )?goed',
  '(moet|moeten|zou|zouden) (eerst |maar |eens |beter |toch )?(eens )?leren lezen',
  '(kun|kunt) (je|u|jij) (soms |echt )?niet lezen',
  'hoe durf (je|jij|u)',
  'bemoei (je|u) (met|er niet mee|niet)',
  'doe (eens |nou |toch |gewoon )?normaal',
  'wie denk (je|jij|u) (wel )?(niet )?dat (je|jij|u) (bent|is)',
  'niet mijn probleem',
  '(u|je|jij|jullie) (snapt|snap|begrijpt|begrijp|snappen|begrijpen) (het|er|dat|mij|me|mijn punt)? ?(echt |gewoon |duidelijk |nog steeds |blijkbaar |dus )?(niet|niks|niets)',
  '(u|je|jij) (heeft|hebt) (het )?(echt |gewoon |helemaal |totaal |dus )?(mis|ongelijk)',
  '(u|je|jij) (zit|zitten) (er )?(echt |helemaal |totaal |gewoon )?(fout|ernaast|mis)',
  '(u|je|jij) (was|waren|bent) er (niet eens|niet|nooit) bij',
  'waar (haal|haalt) (je|u) (dat|het) vandaan',
  'waar (heb je|heeft u|hebt u|hebben jullie) het over',
  'hoe (kom|komt) (je|u) (erbij|daarbij|daar bij)',
  'dat heb ik (nooit|niet) (gezegd|geschreven|beweerd)',
  '(u|je|jij) (draait|verdraait) (de feiten|mijn woorden|alles)',
  '(mij|me) woorden in de mond',
  'as i (said|already said|mentioned)',
  'with all due respect',
  "(you're|you are|youre) (wrong|mistaken)",
  "(you|u) (clearly )?(don't|do not|dont) (understand|get it)",
  'check (your|je|uw) (facts|feiten)',
  'get your facts (straight|right)',
  'read (it )?again',
  // Personal jabs at the person addressed: their home, their choices, their complaining.
  '(uw|je|jouw) eigen (keuze|schuld|probleem)',
  'thuis (ook )?niet alles (zo )?(goed )?op orde',
  '(heeft|hebt|heb) (het )?(zelf |thuis )?(ook )?(niet|niks) (alles |eens )?(zo )?(goed )?op orde',
  'kijk (eerst |maar |eens |zelf )?(eens )?(naar|in) (uzelf|jezelf|de spiegel)',
  'dat weten we (toch )?allemaal',
  // Only as a closing verdict: "Zegt genoeg." ("zegt genoeg over hoe goed het werkt" is praise).
  '(dat )?zegt (al |toch )?genoeg[.!]',
  '(moet|moeten|hoeft|hoeven) (u|je|jij|jullie) (dan |ook |toch )?niet (op (twitter|facebook|x|internet|social media|insta|instagram) )?(te )?(gaan )?(klagen|zeuren|janken|zeiken|piepen)',
  '(u|je|jij|jullie) (moet|moeten|hoeft|hoeven) (dan |ook |toch )?niet (op (twitter|facebook|x|internet|social media|insta|instagram) )?(te )?(gaan )?(klagen|zeuren|janken|zeiken|piepen)',
  '(zoek|zoekt) (u |je |jij )?(dan |toch |maar )?(dan |toch |maar )?een andere school',
  // "Ik ga niet met u in discussie. Maar …": the argument goes on.
  'in discussie[.,]? maar',
  // The addressee's child made the problem: "uw zoon is nu eenmaal niet de slimste".
  '(uw|je|jouw) (kind|zoon|dochter) is (nu eenmaal |gewoon |echt |ook )?(niet de slimste|lastig|het probleem|een probleem)',
  'het probleem (is|zit bij) (uw|je|jouw) (kind|zoon|dochter)',
  '(your|ur) (kid|child|son|daughter) is (the|a|just a) problem',
  '(ga|gaat) (u |je |jij )?(lekker |maar |dan )?zelf (lesgeven|les geven|voor de klas staan)',
  'als (u|je|jij) het (allemaal )?(zo )?(goed|beter) weet',
  '(u|je|jij) (bent|is) (echt |wel |ook |toch )?de enige( ouder)? die',
  'look in the mirror',
  'your own (fault|choice|problem)',
  'says (it all|enough)',
];
// Disagreement that needs someone addressed ("dat klopt niet, u …") to count.
const DISAGREEMENT = [
  '(dat|dit|het) klopt (gewoon |echt |helemaal |totaal |dus |toch )?niet',
  '(dat|dit|het) is (gewoon |echt |helemaal |dus |toch )?niet (waar|juist|correct)',
  '(dat|dit) is (gewoon |echt |dus |je reinste |complete |totale )?(onzin|onwaar|flauwekul|nonsens|gelul|kletskoek)',
  '(ik ben het|ben ik het|we zijn het) (totaal |helemaal |absoluut |echt |dus )?(niet|oneens) (met )?(je|jou|u|jullie)( eens)?',
  '(ik ben het|ben ik het) (er )?(totaal |helemaal |absoluut |echt )?niet mee eens',
  '(totaal|helemaal|absoluut|compleet) (mee )?oneens',
  'mee oneens',
  'feit is (dat)?',
  'fake news',
  'bron[?]',
  "that's (not true|simply not true|nonsense)",
  'i disagree',
];
// Calming down or taking it offline: then it is not an argument in public.
const DE_ESCALATION = [
  'bel (me|mij|ons|gerust|even|maar)',
  'kom (gerust |even |maar )?(eens )?langs',
  'laten we (het|dit) (even |graag )?(persoonlijk |samen |telefonisch |offline )?(bespreken|oplossen)',
  '(persoonlijk|telefonisch) (bespreken|contact|spreken|overleggen)',
  'stuur (me|mij|ons) (even |gerust |maar )?een (pb|pm|dm|bericht|berichtje|mail|mailtje)',
  'mail (me|mij|ons) (gerust|even|maar)',
  'neem (gerust |even |maar )?contact (met (mij|ons) )?op',
  'niet in discussie',
  'ik ga hier niet (verder )?op in',
  'ik bel (je|u|jullie)',
  "let's talk",
  'dm me',
  'feel free to (call|contact)',
];
// "Nogmaals bedankt!" is thanks, not a repeat.
const NOGMAALS_KIND =
  /^nogmaals\s*,?\s*(bedankt|dank|dankjewel|gefeliciteerd|excuses|sorry|welkom|succes|hartelijk|van harte|beterschap|veel plezier|fijn|proficiat|felicitaties|thanks|een)(?![\p{L}])/u;
// Marks that stay hostile whatever follows: "u snapt het niet. Bel me maar" still argues.
const HOSTILE_MARK =
  /snap|begrijp|durf|bemoei|normaal|denk|probleem|lees|lezen|woorden|discussie|eigen|orde|spiegel|klagen|zeuren/u;
// "WAT?!", "Echt?!" and capitalised NIET/NOOIT: raised voices in a reply.
const RAISED =
  /\?!|!\?|(?<![\p{L}])(NIET|NOOIT|NEE|NOGMAALS|FOUT|ONZIN|ONWAAR|GEEN|WEL)(?![\p{L}])/u;
const MENTION = /(?<![\p{L}\p{N}])@[\p{L}\p{N}_]{2,}/u;

/**
 * Art. 4 ("gaan niet in discussie"): a reply (or an @mention) that argues — repeating
 * yourself, "met alle respect", "u snapt het niet", "lees eerst" — or disagrees with someone
 * it addresses. Helpful answers ("Goede vraag! U kunt …") and de-escalation ("bel me gerust")
 * give nothing.
 */
export default defineRule({
  id: 'discussion',
  article: '4',
  severity: 'warning',
  detect(ctx) {
    const { view } = ctx;
    if (!ctx.draft.isReply && !MENTION.test(view.raw)) return [];
    const whole = { start: 0, end: view.norm.length };
    const addressed = secondPersonIn(ctx, whole) || MENTION.test(view.raw);
    const calm = has(view, ctx.lexicon('discussionDeEscalation', DE_ESCALATION));
    const escalation = scan(view, ctx.lexicon('discussionEscalation', ESCALATION)).filter(
      (m) => !NOGMAALS_KIND.test(view.norm.slice(m.start, m.start + 40)),
    );
    const disagreement = scan(view, ctx.lexicon('discussionDisagreement', DISAGREEMENT));
    const hostileEmoji = scan(view, HOSTILE_EMOJI);
    const raised = RAISED.test(view.raw) && /\p{Ll}/u.test(view.raw);
    const candidates: NormMatch[] = [];
    for (const m of escalation) {
      if (isQuoted(ctx, m)) continue;
      if (calm && !HOSTILE_MARK.test(m.text)) continue;
      candidates.push(m);
    }
    // Disagreement counts when someone is addressed, or said with a raised voice ("klopt NIET").
    if (!calm && (addressed || raised)) {
      for (const m of disagreement) if (!isQuoted(ctx, m)) candidates.push(m);
    }
    // An eye-roll at someone, unless they are laughing together.
    if (!calm && addressed && !JOKE_CUE.test(view.norm)) candidates.push(...hostileEmoji);
    candidates.sort((a, b) => a.start - b.start);
    const first = candidates[0];
    return first ? [{ span: rawSpan(view, first) }] : [];
  },
});
