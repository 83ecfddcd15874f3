import { ownCorrection } from '../detectors/ownCorrection';
import { anyOverlap } from '../text/ranges';
import {
  negativeEvaluations,
  schoolTargetIn,
  secondPersonIn,
  sectorIn,
  swornSchoolWords,
  WARM_CUE,
} from '../detectors/civility';
import { sentenceOf, windowOf as sentenceWindow } from '../detectors/ranges';
import { sarcasmHits } from '../detectors/sarcasm';
import { discriminationHits } from '../detectors/swearing';
import { rawSpan, type Range } from '../text/match';
import { defineRule, type RuleContext, type RuleHit } from './types';

const SWORN_DAY =
  /^(kut|klote|kanker|kk|tyfus|tering|klere|pokken?|shit|fucking)-?(dag|week|maandag|vrijdag)$/u;

const BUT = /(?<![\p{L}])(maar|but)(?![\p{L}])/u;

/**
 * "Het boek was waardeloos, maar groep 7 vond het geweldig": the school is only named in a
 * contrasting clause that praises it.
 */
function praisedAfterBut(ctx: RuleContext, h: Range, sentence: Range, win: Range): boolean {
  const norm = ctx.view.norm;
  const but = BUT.exec(norm.slice(h.end, sentence.end));
  if (!but) return false;
  const at = h.end + but.index;
  if (!WARM_CUE.test(norm.slice(at, sentence.end))) return false;
  return (
    !schoolTargetIn(ctx, { start: win.start, end: at }) &&
    !schoolTargetIn(ctx, { start: sentence.end, end: win.end })
  );
}

/**
 * Art. 4: negative or hostile wording about people or events of the school, in the same
 * sentence (strong words and emoji: the sentence and its neighbours). In a reply the bar is
 * lower rather than the severity higher: weak words ("slecht", "chaos") count without an
 * evaluating construction, and strong words count when the reply addresses someone ("u", "je")
 * — a reply is where an argument starts, but a stop is kept for insults, laster and threats.
 */
export default defineRule({
  id: 'negativeAboutSchool',
  article: '4',
  severity: 'warning',
  detect(ctx) {
    // The writer's own correction of an earlier post (detectors/ownCorrection.ts).
    if (ownCorrection(ctx)) return [];
    const { view } = ctx;
    const reply = ctx.draft.isReply === true;
    const sarcastic = sarcasmHits(ctx);
    const whole = { start: 0, end: view.norm.length };
    const out: RuleHit[] = [];
    const done = new Set<number>();
    let covered = 0;
    const candidates = [
      ...negativeEvaluations(ctx, reply),
      ...swornSchoolWords(ctx).map((m) => ({ ...m, strong: true, sworn: true })),
      // "Die ouders moeten maar eens integreren": contempt for parents of the school.
      ...discriminationHits(ctx).map((m) => ({ ...m, strong: true })),
    ].sort((a, b) => a.start - b.start);
    for (const h of candidates) {
      const sentence = sentenceOf(ctx, h.start);
      // One warning per stretch of text: a hit inside the previous hit's window adds nothing.
      if (done.has(sentence.start) || h.start < covered) continue;
      const win = h.strong ? sentenceWindow(ctx, h.start, 1) : sentence;
      // Critique of the sector (werkdruk, minister) is article 2; sarcasm has its own rule.
      if (sectorIn(ctx, sentence) || anyOverlap(sarcastic, win)) continue;
      // "kutouders" names its target; "klotedag" needs school in the sentence.
      const sworn = 'sworn' in h && !SWORN_DAY.test(h.text);
      let target = sworn || schoolTargetIn(ctx, win);
      if (!target && reply && h.strong)
        target = secondPersonIn(ctx, win) || schoolTargetIn(ctx, whole);
      if (!target || praisedAfterBut(ctx, h, sentence, win)) continue;
      done.add(sentence.start);
      covered = win.end;
      // The mark covers the negative words about the target in this sentence, not only the
      // first: "de directie is incompetent en totaal ongeïnteresseerd".
      const last = candidates
        .filter((c) => c.start > h.start && c.end <= sentence.end && c.start - h.end <= 80)
        .at(-1);
      out.push({ span: rawSpan(view, last ? { start: h.start, end: last.end } : h) });
    }
    return out;
  },
});
