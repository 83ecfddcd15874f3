import {
  covertCues,
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
 * "zonder kinderen in beeld" give nothing. Someone caught unawares ("betrapt: collega Mark
 * ligt te slapen") is a warning: that person surely did not agree. Drafts without media:
 * see mediaMention.
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
    const cue = personCues(ctx)[0] ?? nameMentions(ctx)[0];
    const covert = covertCues(ctx)[0];
    if (cue && covert) {
      return [{ span: rawSpan(ctx.view, covert), severity: 'warning', variant: 'covert' }];
    }
    if (hasNonPhotoCue(ctx) && !named && !depictsPeople(ctx)) return [];
    if (cue) return [{ span: rawSpan(ctx.view, cue) }];
    return named ? [{ span: named }] : [];
  },
});
