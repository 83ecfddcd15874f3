import { parentMedia, parentMediaWaiver } from '../detectors/parentMedia';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * Art. 11: parents are invited to post their photos of a school event, or a parent's photo
 * is reposted: parents post only their own child or ask the other parents, and the maker
 * must agree. Staff restating that rule give nothing; staff telling parents that other
 * children on the photo do not matter get a warning.
 */
export default defineRule({
  id: 'parentPhotos',
  article: '11',
  severity: 'info',
  action: 'check-consent',
  detect(ctx) {
    const waiver = parentMediaWaiver(ctx);
    if (waiver) {
      return [{ span: rawSpan(ctx.view, waiver), severity: 'warning', variant: 'waiver' }];
    }
    const span = parentMedia(ctx);
    return span ? [{ span }] : [];
  },
});
