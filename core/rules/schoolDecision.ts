import { ownCorrection } from '../detectors/ownCorrection';
import { onBehalfMarkers } from '../detectors/opinion';
import { windowOf } from '../detectors/ranges';
import { has, rawSpan } from '../text/match';
import { defineRule } from './types';

const TO_PARENTS =
  /(?<![\p{L}])(?:aan\s+u|u\s+(?:als\s+ouder|ontvangt|krijgt|kunt|wordt)|uw\s+(?:kind|kinderen|zoon|dochter)|beste\s+ouders|geachte\s+ouders|lieve\s+ouders|kinderen\s+hoeven\s+(?:dus\s+)?(?:niets|niks|geen))(?![\p{L}])/u;

// What a school decides or stands for: a new policy, stopping, joining, taking sides.
const DECISION = [
  '(hebben|heeft|hebt) (als school |als team |samen |nu |dus )?besloten',
  '(we|wij) (hebben )?besloten',
  'besluit',
  'beslissing',
  '(hebben|heeft) (ervoor )?gekozen',
  'kiezen ervoor',
  'stoppen (met|per)',
  'stopt (met|per)',
  'gaan (stoppen|over op|fuseren)',
  '(niet|nooit) meer mee',
  'zijn (fel |dus )?tegen',
  'steunen',
  'ingevoerd',
  'invoeren',
  'afgeschaft',
  '(zeggen|zeg) nee tegen',
  'say no to',
  'decided',
  'will (enforce|introduce|ban)',
  '(gaan|zullen) (dit |dat |het )?(handhaven|invoeren|verbieden)',
  'decision',
  '(fully |strongly )?support',
  'are (strongly )?against',
  'will (no longer|stop|join|strike)',
];

/**
 * Art. 8 (and 2): a staff member announces a decision or position of the school ("namens de
 * school: wij doen niet meer mee aan de eindtoets", "als school hebben wij besloten"). The
 * leidinggevende makes such news public; check with them first. Leaders speak for the school
 * by their role (art. 5).
 */
export default defineRule({
  id: 'schoolDecision',
  article: '8',
  severity: 'warning',
  action: 'contact',
  detect(ctx) {
    // The writer's own correction of an earlier post (detectors/ownCorrection.ts).
    if (ownCorrection(ctx)) return [];
    if (ctx.role === 'leidinggevende') return [];
    // Told to the parents in the school's own letter ("het volgende besluit genomen over de
    // rapportage aan u", "uw kind hoeft niets meer mee te nemen"): the school informing, as
    // its newsletters and guides do (c1, c2 real school texts, 2026-12-03).
    if (TO_PARENTS.test(ctx.view.norm)) return [];
    const decision = ctx.lexicon('schoolDecision', DECISION);
    for (const marker of onBehalfMarkers(ctx).slice(0, 10)) {
      const win = windowOf(ctx, marker.start);
      if (has(ctx.view, decision, win.start, win.end)) return [{ span: rawSpan(ctx.view, marker) }];
    }
    return [];
  },
});
