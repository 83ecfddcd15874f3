import type { RuleContext } from '../rules/types';
import { findAll, type NormMatch, type Range } from '../text/match';
import { firstOverlap } from '../text/ranges';

// Tone of a draft for articles 5 and 7: anger, negative and celebratory words, shouting.

const ANGER = [
  '(ben )?het (zo |echt |helemaal |goed )?zat',
  'spuugzat',
  'strontzat',
  'kotsbeu',
  'klaar mee',
  'genoeg is genoeg',
  'pislink',
  'ik ben (zo |echt |nu al )?(ontzettend |super |enorm )?(woest|woedend|kwaad|boos|razend|ziedend|laaiend)',
  'ben ik (zo |echt )?(woest|woedend|kwaad|boos|razend)',
  'word (er )?(gek|knettergek|horendol|doodziek|ziek) van',
  'ik ontplof',
  'kan er niet meer tegen',
  "i['’]?m (so )?done",
  "i['’]?m (so )?(angry|furious|livid|pissed)",
  'fed up',
  '(so )?sick of',
  'sick and tired',
  'enough is enough',
  '😡',
  '🤬',
  '😤',
  '😠',
];

const NEGATIVE = [
  'waarom',
  'alweer',
  'weer eens',
  '(al)?weer geen',
  'niet te geloven',
  'te weinig',
  'niet genoeg',
  'pointless',
  'weer niet',
  'elke dag weer',
  'niet (meer )?normaal',
  'belachelijk(e)?',
  'schandalig(e)?',
  'schande',
  'waardeloos',
  'waardeloze',
  'bizar(re)?',
  'absurd(e)?',
  'onzin',
  'zeur(en|t|ende)',
  'gezeur',
  'geklaag',
  'veel te veel',
  'snap (ik|je) (er )?(echt |helemaal )?(niks|niets) van',
  'zat',
  'boos',
  'kwaad',
  'irritant(e)?',
  'ergerlijk(e)?',
  'frustrerend(e)?',
  'gefrustreerd',
  'walgelijk(e)?',
  'onacceptabel',
  'asociaal',
  'asociale',
  'respectloos',
  'ellende',
  'chaos',
  'stom(me)?',
  'slecht(e)?',
  'geen zin',
  'nooit (meer|eens)',
  'kapot',
  'teleurgesteld',
  'teleurstellend(e)?',
  'ontevreden',
  'niet blij',
  'niet (goed|oke|ok|eerlijk|te doen)',
  'oneerlijk(e)?',
  'onredelijk(e)?',
  'onbegrijpelijk(e)?',
  'zonde',
  'zucht',
  'pff',
  'wtf',
  'broken',
  'nobody cares',
  'ridiculous',
  'unacceptable',
  'disgrace',
  'terrible',
  'awful',
  'worst',
  'why',
  'again',
  '🙄',
  '🤦',
  '👎',
  '😒',
  '😡',
  '🤬',
  '😤',
  '😠',
];

const POSITIVE = [
  'hoera',
  'hoezee',
  'feest',
  'gefeliciteerd',
  'proficiat',
  'jarig',
  'yes',
  'yay',
  'top',
  'toppers?',
  'super',
  'geweldig(e)?',
  'fantastisch(e)?',
  'trots',
  'bedankt',
  'dank',
  'welkom',
  'leuk(e)?',
  'gewonnen',
  'kampioen(en)?',
  'winnaar(s)?',
  'mooi(e)?',
  'blij',
  'congrats',
  'congratulations',
  'happy',
  'proud',
  'thanks',
  'thank you',
  'welcome',
  'amazing',
  'awesome',
  '🎉',
  '🥳',
  '😊',
  '💛',
  '❤',
  '😍',
  '👏',
  '🏆',
  '🙌',
];

/** Words of anger or exasperation by the writer: "ik ben het zat", "klaar mee", 🤬. */
export function angerMarkers(ctx: RuleContext): NormMatch[] {
  return ctx.memo('angerMarkers', () =>
    findAll(ctx.view, ctx.lexicon('toneAnger', ANGER)).filter(
      // "om er op tijd klaar mee te zijn": finished, not fed up.
      (m) =>
        !(
          m.text === 'klaar mee' && /^\s+te(?![\p{L}])/u.test(ctx.view.norm.slice(m.end, m.end + 4))
        ),
    ),
  );
}

/** Negative or critical words ("belachelijk", "weer geen", 🙄). */
export function negativeMarkers(ctx: RuleContext): NormMatch[] {
  return ctx.memo('negativeMarkers', () =>
    findAll(ctx.view, ctx.lexicon('toneNegative', NEGATIVE)),
  );
}

/** Celebratory or thankful words ("hoera", "gefeliciteerd", 🎉). */
export function positiveMarkers(ctx: RuleContext): NormMatch[] {
  return ctx.memo('positiveMarkers', () =>
    findAll(ctx.view, ctx.lexicon('tonePositive', POSITIVE)),
  );
}

/** True when a negative word stands in `range`. */
export function negativeIn(ctx: RuleContext, range: Range): boolean {
  return firstOverlap(negativeMarkers(ctx), range) !== undefined;
}

// Capitals that are names of things, not shouting.
const ACRONYMS = new Set(
  'OBS MR GMR OR BSO TSO IB IB-ER KWF OK TV NL VVD PVV CDA SP GL PVDA BBB NSC FVD ICT GGD GGZ CITO IEP ADHD ADD ASS TOS EHBO BHV NS OV PABO VMBO HAVO VWO MBO HBO WO OCW CAO PO VO SO SBO NPO AI EU DM PS FYI KNVB AVG BSN NRO SLO CBS PISA LOL OMG II III IV VI'.split(
    ' ',
  ),
);

/**
 * Shouting in capitals, as a raw span: ≥ 60 % of ≥ 4 words in capitals, or a run of ≥ 4
 * capitalised words. Acronyms (OBS, MR, GMR, BSO …) are neither counted nor breaking a run.
 */
export function shouting(raw: string): { start: number; end: number } | null {
  let total = 0;
  let caps = 0;
  let runStart = -1;
  let runEnd = -1;
  let runLength = 0;
  let best: { start: number; end: number; length: number } | null = null;
  let firstCaps = -1;
  let lastCaps = -1;
  for (const m of raw.matchAll(/\p{L}+/gu)) {
    const word = m[0];
    if (word.length < 2 || ACRONYMS.has(word.toUpperCase())) continue;
    total++;
    const isCaps = word === word.toUpperCase() && word !== word.toLowerCase();
    if (isCaps) {
      caps++;
      if (firstCaps < 0) firstCaps = m.index;
      lastCaps = m.index + word.length;
      if (runLength === 0) runStart = m.index;
      runEnd = m.index + word.length;
      runLength++;
      if (runLength >= 4 && (!best || runLength > best.length))
        best = { start: runStart, end: runEnd, length: runLength };
    } else {
      runLength = 0;
    }
  }
  if (best) return { start: best.start, end: best.end };
  if (total >= 4 && caps / total >= 0.6) return { start: firstCaps, end: lastCaps };
  return null;
}

/** "!!!", "?!", "!?": heated punctuation, as a raw span. */
export function heatedPunctuation(raw: string): { start: number; end: number } | null {
  // Runs of ! and ?, judged as a whole (one pass, no backtracking).
  for (const m of raw.matchAll(/[!?]{2,}/gu)) {
    if (m[0].includes('!!!') || m[0].includes('?!') || m[0].includes('!?'))
      return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}
