import { isQuoted } from '../detectors/ranges';
import { profanityHits } from '../detectors/swearing';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * bg-civility (obsceniteit): swear words — kut*, klote*, godverdomme, fuck*, lul, masked
 * "f***" — as a warning; mild words (shit, verdomme) and quoted swearing as a reminder.
 */
export default defineRule({
  id: 'civilityProfanity',
  article: 'bg-civility',
  severity: 'warning',
  detect(ctx) {
    return profanityHits(ctx).map((m) =>
      m.mild || isQuoted(ctx, m)
        ? { span: rawSpan(ctx.view, m), severity: 'info' as const, variant: 'mild' }
        : { span: rawSpan(ctx.view, m) },
    );
  },
});
