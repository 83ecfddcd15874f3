import { PRIVATE_CHANNEL, PUPILS_ADDRESSED, SCHOOL_CHANNEL } from '../lexicons/privateContact';
import { findAll, has, lexicon, rawSpan } from '../text/match';
import { defineRule } from './types';

const SCHOOL = lexicon(SCHOOL_CHANNEL);
// A lesson about online safety names the same apps.
const LESSON = lexicon([
  'leerde(n)?',
  'leren',
  'les(sen)? over',
  'mediawijs(heid)?',
  'veilig online',
  'gastles',
]);

/**
 * Art. 9 (een veilig klimaat, ook digitaal): a teacher asking pupils to add them on Snapchat,
 * DM a personal Instagram or app a private number. Contact with pupils goes through the
 * school's own channels; a private line to a child is outside the school's care and view.
 * Parents asked to use the parent app, or a pupil's class account, give nothing.
 */
export default defineRule({
  id: 'privateContactWithPupils',
  article: '9',
  severity: 'warning',
  action: 'contact',
  detect(ctx) {
    const { view } = ctx;
    if (!has(view, ctx.lexicon('privateContactPupils', PUPILS_ADDRESSED))) return [];
    if (has(view, SCHOOL) || has(view, LESSON)) return [];
    const invite = findAll(view, ctx.lexicon('privateContactChannel', PRIVATE_CHANNEL), 1)[0];
    return invite ? [{ span: rawSpan(view, invite) }] : [];
  },
});
