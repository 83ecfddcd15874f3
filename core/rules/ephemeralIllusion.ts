import { HIDDEN_IDENTITY } from '../lexicons/anonymity';
import { schoolReferences } from '../detectors/context';
import { findAll, has, rawSpan, type NormMatch } from '../text/match';
import { defineRule } from './types';

// The belief that a post is temporary or unseen.
const CLAIMS = [
  'na (24 uur|een dag|1 dag|een paar uur|morgen) (is (het|dit) )?(toch )?(weer )?weg',
  'is (het|dit) (toch )?(na 24 uur|morgen|zo|straks) (toch )?(weer )?weg',
  'verdwijnt (toch|vanzelf|na 24 uur|na een dag|morgen)',
  'staat (er )?(toch )?maar 24 uur',
  'maar 24 uur (online|zichtbaar)',
  'niemand leest dit( toch)?',
  'leest (dit )?toch niemand',
  'ziet (dit )?toch niemand',
  'niemand ziet dit( toch)?',
  'alleen voor (mijn )?vrienden',
  'alleen (mijn )?vrienden (kunnen|zien)',
  'delete ik (zo|straks|morgen|later|vanavond)',
  'verwijder ik (zo|straks|morgen|later|vanavond)',
  'disappears (after 24 hours|tomorrow|anyway)',
  'gone in 24 hours',
  'nobody reads this',
  'no one (reads|will see) this',
  'only for (my )?friends',
  'friends only',
  "i['’]?ll delete (this|it) (later|soon|tomorrow)",
  'deleting this (later|soon|tomorrow|in)',
  '(delete|deleting|remove|removing) (this|it) in ([0-9]|[0-9][0-9]|a few|a couple of)',
  'verwijder (ik )?(dit|het) (over|binnen) ([0-9]|[0-9][0-9]|een paar)',
  // Hiding behind a closed circle or a false name: it is still findable, and forwardable.
  'close friends( story)?',
  'alleen (voor )?(mijn )?close friends',
  'private story',
  ...HIDDEN_IDENTITY,
];
// Claims that only mean "temporary" in a story or status: "is morgen weer weg".
const STORY_CLAIMS = [
  'is (morgen|zo|straks|vanavond) (toch )?(weer )?weg',
  'verdwijnt (weer|zo|straks)',
  'gaat (toch )?(weer |zo )?weg',
];
const STORY = ["story('?tje)?", 'stories', 'status', 'snap(chat)?', 'vluchtig'];
// "haal ik zo weer weg", "haal het straks weer weg", "delete ik zo weer".
const REMOVE_SOON =
  /\b(?:haal|verwijder|delete|wis)\s+(?:ik|het|dit|hem)\b(?:\s+(?:het|dit|hem|ik|zo|straks|morgen|later|vanavond|snel|wel|weer|even|direct|meteen)){1,4}(?:\s+weg)?\b/gu;

/**
 * Art. 7: "na 24 uur is het toch weg", "niemand leest dit", "haal ik zo weer weg": online it
 * may already be seen, screenshotted or shared. A warning when the post is about school.
 */
export default defineRule({
  id: 'ephemeralIllusion',
  article: '7',
  severity: 'info',
  detect(ctx) {
    const { view } = ctx;
    const claims: NormMatch[] = findAll(view, ctx.lexicon('ephemeralIllusion', CLAIMS));
    for (const m of view.norm.matchAll(REMOVE_SOON)) {
      // Needs a "soon": "haal ik zo weer weg", not "haal het weg".
      if (!/\b(?:zo|straks|morgen|later|vanavond|snel|direct|meteen|weer)\b/u.test(m[0])) continue;
      claims.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    if (has(view, ctx.lexicon('ephemeralIllusionStory', STORY)))
      claims.push(...findAll(view, ctx.lexicon('ephemeralIllusionStoryClaim', STORY_CLAIMS)));
    const first = claims.sort((a, b) => a.start - b.start)[0];
    if (!first) return [];
    const aboutSchool = schoolReferences(ctx).length > 0;
    return [
      { span: rawSpan(view, first), ...(aboutSchool ? { severity: 'warning' as const } : {}) },
    ];
  },
});
