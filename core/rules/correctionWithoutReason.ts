import { sentenceOf } from '../detectors/ranges';
import { firstOverlap } from '../text/ranges';
import { findAll, has, rawSpan, type NormMatch } from '../text/match';
import { defineRule } from './types';

const EDITED = [
  'aangepast',
  'gewijzigd',
  'verwijderd',
  '(eruit|eraf|weg|offline) (gehaald|gezet|gedaan)',
  'correctie',
  'rectificatie',
  'erratum',
  'correction',
  'weggehaald',
  'offline gehaald',
  'verbeterd',
  'gecorrigeerd',
  'bewerkt',
  'gedelete(d|t)?',
  'edited',
  'removed',
  'deleted',
  'updated',
  'taken down',
  'took down',
];
// The earlier post itself, not a timetable or a rooster.
const POST = [
  'bericht(je)?',
  'post(je)?',
  'posting',
  'tweet(je)?',
  'reactie',
  'comment',
  'story',
  'status(update)?',
  'draadje',
  'thread',
  "(mijn|vorige|eerdere|die|de) (foto|foto's|video|filmpje)",
  'message',
];
const REASON = [
  'omdat',
  'want',
  'doordat',
  'aangezien',
  'vanwege',
  'ivm',
  'in verband met',
  'wegens',
  'fout(je|en)?',
  'foute',
  'verkeerd(e)?',
  'onjuist(e)?',
  'niet (juist|correct|klopte)',
  'klopte niet',
  'vergissing',
  'vergist',
  'per ongeluk',
  'typfout',
  'tikfout',
  'spelfout',
  'excuses',
  'sorry',
  'oeps',
  'op verzoek',
  'privacy',
  'toestemming',
  'misverstand',
  'dubbel',
  'in plaats van',
  'ipv',
  'moet zijn',
  'because',
  'since',
  'mistake',
  'wrong',
  'typo',
  'error',
  'apologies',
  'incorrect',
  'by accident',
  'at the request',
];
// Hiding the change on purpose: "stiekem aangepast", "niemand heeft het gemerkt".
const SILENT = [
  'stiekem',
  'ongemerkt',
  'niemand (heeft|had) (het|er (iets|niks|niets) van) (gemerkt|gezien)',
  'niemand (die )?(het )?(merkt|ziet|gemerkt|gezien)',
  'zonder (het )?(te |erbij te )?(zeggen|melden|vermelden)',
  'zoek er (niks|niets|maar niks|maar niets) achter',
  '(ik )?zeg (er )?verder (niks|niets)',
  '🤐',
  'quietly',
  'secretly',
  'nobody noticed',
  'no one noticed',
];
// "EDIT:" at the start of a line marks an edit of this very post.
const EDIT_MARK = /(?:^|\n)[ \t]*edit\b/u;

/**
 * Background "correcting": editing or removing an earlier post without saying why. Say that
 * you changed it, and give a reason for a removal. Doing it on the quiet is a warning.
 */
export default defineRule({
  id: 'correctionWithoutReason',
  article: 'bg-correction',
  severity: 'info',
  detect(ctx) {
    const { view } = ctx;
    const edited = findAll(view, ctx.lexicon('correctionEdited', EDITED));
    if (edited.length === 0) return [];
    const posts = findAll(view, ctx.lexicon('correctionPost', POST));
    const marked = EDIT_MARK.test(view.norm);
    const hit = edited.find(
      (m: NormMatch) => marked || firstOverlap(posts, sentenceOf(ctx, m.start)) !== undefined,
    );
    if (!hit) return [];
    // Hiding it is the opposite of "vermeld dat jij het bericht wijzigt", reason or not.
    if (has(view, ctx.lexicon('correctionSilent', SILENT)))
      return [{ span: rawSpan(view, hit), severity: 'warning', variant: 'silent' }];
    if (has(view, ctx.lexicon('correctionReason', REASON))) return [];
    return [{ span: rawSpan(view, hit) }];
  },
});
