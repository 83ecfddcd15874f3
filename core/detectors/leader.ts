import type { RuleContext } from '../rules/types';
import type { NormMatch } from '../text/match';
import {
  controversialOpinion,
  educationOpinion,
  personalDisclosures,
  schoolOpinion,
  stanceMarkers,
  undisclosedEducationOpinion,
  type Opinion,
} from './opinion';

// Article 5 for leaders, in one order so a post gets one art. 5 finding from these rules:
// a personal disclaimer on an opinion, else a controversial topic, else an opinion about
// school or education that article 2 does not already report.

/** A leader's opinion with a personal disclaimer that does not help them, or null. */
const DECLINED =
  /keep\s+my\s+(?:personal\s+|own\s+)?(?:views|opinions?)\s+(?:\p{L}+\s+){0,3}(?:offline|off|to\s+myself|private)|(?:niet|geen)\s+(?:mijn\s+)?(?:eigen\s+|persoonlijke\s+)?mening\s+(?:geven|delen|uiten|kwijt)|(?:ga|wil)\s+(?:hier\s+)?(?:bewust\s+)?(?:niet|geen)\s+(?:mijn\s+)?(?:eigen\s+|persoonlijke\s+)?mening|dus\s+dat\s+doe\s+ik\s+niet/u;

export function leaderDisclaimedOpinion(
  ctx: RuleContext,
): { disclosure: NormMatch; opinion: Opinion } | null {
  return ctx.memo('leaderDisclaimedOpinion', () => {
    if (ctx.role !== 'leidinggevende') return null;
    const disclosure = personalDisclosures(ctx)[0];
    if (!disclosure) return null;
    // "I'll keep my personal views offline", "ik ga hier bewust niet mijn eigen mening geven":
    // a leader declining to give one is what article 5 asks (w2, w9 clean drafts, 2026-12).
    if (DECLINED.test(ctx.view.norm)) return null;
    const opinion = educationOpinion(ctx) ?? controversialOpinion(ctx) ?? schoolOpinion(ctx);
    if (opinion) return { disclosure, opinion };
    // "Persoonlijke mening: …", "views my own": a labelled opinion is an opinion, whatever
    // its topic; a leader's still reads as the school's (art. 5). A bare "privé" ("privé op
    // vakantie") labels nothing.
    // "Op persoonlijke titel: mijn recept voor appeltaart" is not an opinion either: the label
    // must name one, or the draft must take a stance somewhere.
    const namesOpinion = /mening|standpunt|view|opinion/u.test(disclosure.text);
    if (!namesOpinion && !stanceMarkers(ctx).some((s) => s.kind !== 'weak')) return null;
    return { disclosure, opinion: { stance: { ...disclosure, kind: 'frame' }, topic: disclosure } };
  });
}

/** A leader's stance on a controversial topic (no disclaimer case), or null. */
export function leaderControversialOpinion(ctx: RuleContext): Opinion | null {
  if (ctx.role !== 'leidinggevende' || leaderDisclaimedOpinion(ctx)) return null;
  return controversialOpinion(ctx);
}

/** A leader's critical opinion about school or education not reported otherwise, or null. */
export function leaderOwnOpinion(ctx: RuleContext): Opinion | null {
  if (ctx.role !== 'leidinggevende' || leaderDisclaimedOpinion(ctx)) return null;
  if (controversialOpinion(ctx) || undisclosedEducationOpinion(ctx)) return null;
  return schoolOpinion(ctx);
}
