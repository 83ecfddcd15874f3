import {
  depictsPeople,
  hasConsentMarker,
  hasNonPhotoCue,
  hasVisualMedia,
  personCues,
} from '../detectors/media';
import { nameMentions } from '../detectors/context';
import { namedChildInPhoto } from '../detectors/photoNames';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * Art. 10: an image or video goes out and the text says people are in it (pupils, staff,
 * parents, a school event): check the consent list. Documents, drawings, objects and
 * "zonder kinderen in beeld" give nothing. Drafts without media: see mediaMention.
 */
export default defineRule({
  id: 'photoConsent',
  article: '10',
  severity: 'info',
  action: 'check-consent',
  detect(ctx) {
    if (!hasVisualMedia(ctx)) return [];
    if (hasConsentMarker(ctx)) return [];
    const named = namedChildInPhoto(ctx);
    if (hasNonPhotoCue(ctx) && !named && !depictsPeople(ctx)) return [];
    const cue = personCues(ctx)[0] ?? nameMentions(ctx)[0];
    if (cue) return [{ span: rawSpan(ctx.view, cue) }];
    return named ? [{ span: named }] : [];
  },
});
