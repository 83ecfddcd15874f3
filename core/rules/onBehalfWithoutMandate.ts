import {
  controversialTopics,
  onBehalfMarkers,
  sectorTopics,
  stanceMarkers,
} from '../detectors/opinion';
import { sentenceOf, windowOf } from '../detectors/ranges';
import { byStart, firstOverlap } from '../text/ranges';
import { has, rawSpan } from '../text/match';
import { defineRule } from './types';

// The school's own values, as its guide and newsletter state them: "Als school vinden wij het
// belangrijk dat onze kinderen sociaal vaardig zijn", "we willen als school werken aan
// duurzaamheid" (c1, c2 real school texts, 2026-12-03). A mission, not a position on a
// contested matter: with a controversial topic in the sentence it still counts.
const MISSION =
  /(?<![\p{L}])(?:(?:vinden|vindt|achten)\s+(?:wij|we|het\s+team)?\s*(?:het\s+)?(?:\p{L}+\s+)?(?:belangrijk|van\s+(?:groot\s+)?belang|waardevol)|(?:willen|wil)\s+(?:wij|we)?\s*(?:als\s+(?:school|team)\s+)?(?:werken\s+aan|bijdragen\s+aan|zorgen\s+(?:voor|dat)))(?![\p{L}])/u;

// "… is de school dicht i.v.m. de staking": service information, not a position.
const SERVICE_INFO = /\b(?:ivm|in\s+verband\s+met|vanwege|wegens|gesloten|dicht)\b/gu;

/**
 * Art. 2: a staff member writes "namens de school / het team", "wij als school" and takes a
 * position or touches a sensitive topic. A greeting on behalf of the team is fine.
 */
export default defineRule({
  id: 'onBehalfWithoutMandate',
  article: '2',
  severity: 'warning',
  detect(ctx) {
    // Leaders speak for the school by their role (art. 5 covers them).
    if (ctx.role === 'leidinggevende') return [];
    const markers = onBehalfMarkers(ctx);
    if (markers.length === 0) return [];
    const controversial = controversialTopics(ctx);
    const topics = byStart([...sectorTopics(ctx), ...controversial]);
    // "moet", "eindelijk" only count next to a topic in their own sentence.
    const stances = stanceMarkers(ctx).filter(
      (s) => s.kind !== 'weak' || firstOverlap(topics, sentenceOf(ctx, s.start)) !== undefined,
    );
    for (const marker of markers.slice(0, 10)) {
      const sentence = sentenceOf(ctx, marker.start);
      const stance = firstOverlap(stances, windowOf(ctx, marker.start)) !== undefined;
      const sensitive =
        firstOverlap(controversial, sentence) !== undefined &&
        !has(ctx.view, SERVICE_INFO, sentence.start, sentence.end);
      const mission = !sensitive && MISSION.test(ctx.view.norm.slice(sentence.start, sentence.end));
      if ((stance || sensitive) && !mission) return [{ span: rawSpan(ctx.view, marker) }];
    }
    return [];
  },
});
