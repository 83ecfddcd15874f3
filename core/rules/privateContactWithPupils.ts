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

// Colleagues asked to get in touch ("Kennis delen … collega's die de werkbladen willen: stuur
// me een bericht"), and "on my own account" as a disclaimer: not pupils asked to a private line
// (w9's clean drafts, tests/corpus/train, 2026-12).
const COLLEAGUES =
  /(?<![\p{L}])(?:collega's|collegas|vakgenoten|mede-?leerkrachten|andere\s+(?:leerkrachten|juffen|meesters|scholen)|colleagues|fellow\s+teachers|other\s+teachers)(?![\p{L}])/u;
const AS_DISCLAIMER = /(?:^|[^\p{L}])on\s+$/u;

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
    if (COLLEAGUES.test(view.norm)) return [];
    const invite = findAll(view, ctx.lexicon('privateContactChannel', PRIVATE_CHANNEL), 4).find(
      (m) => !AS_DISCLAIMER.test(view.norm.slice(Math.max(0, m.start - 4), m.start)),
    );
    return invite ? [{ span: rawSpan(view, invite) }] : [];
  },
});
