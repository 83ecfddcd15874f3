import { politicalActHits } from '../detectors/contempt';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * bg-civility ("respecteer degene tot wie je je richt") and art. 2: pupils used in a
 * political act — a class taught to jeer at or boo a politician or a party. A visit to the
 * town hall, a lesson about democracy or a school election gives nothing.
 */
export default defineRule({
  id: 'pupilsInPoliticalAct',
  article: 'bg-civility',
  severity: 'warning',
  action: 'contact',
  detect(ctx) {
    const first = politicalActHits(ctx)[0];
    return first ? [{ span: rawSpan(ctx.view, first) }] : [];
  },
});
