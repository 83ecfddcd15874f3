import { parentMedia } from '../detectors/parentMedia';
import { defineRule } from './types';

/**
 * Art. 11: parents are invited to post their photos of a school event, or a parent's photo
 * is reposted: parents post only their own child or ask the other parents, and the maker
 * must agree. Staff restating that rule give nothing.
 */
export default defineRule({
  id: 'parentPhotos',
  article: '11',
  severity: 'info',
  action: 'check-consent',
  detect(ctx) {
    const span = parentMedia(ctx);
    return span ? [{ span }] : [];
  },
});
