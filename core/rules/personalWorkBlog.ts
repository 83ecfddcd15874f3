import { capacityStated, undisclosedEducationOpinion } from '../detectors/opinion';
import { findAll, has, rawSpan, tokensOf } from '../text/match';
import { defineRule } from './types';

// A personal medium (the school's own blog is excluded below).
const MEDIUM = [
  'blog( post| posts|je|post|posts|s)?',
  'weblog',
  'vlog(je|gje|s)?',
  'column(s)?',
  'podcast(s|aflevering)?',
  'mijn kanaal',
  '(youtube|tiktok|instagram)(-| )?kanaal',
  'my (channel|youtube)',
  'substack',
];
// The school's or a class's own channel, or a message to parents: not a personal blog.
const OFFICIAL = [
  'schoolblog',
  'schoolsite',
  'schoolwebsite',
  '(onze|ons) (blog|vlog|website|site|column|podcast|kanaal)',
  'op de (website|site) van (de )?school',
  'van het team',
  'nieuwsbrief',
  'van de directie',
  'van groep [1-8]',
  'van de klas',
  '(beste|lieve) ouders',
  'dear parents',
  'our school',
  'school (blog|website)',
];
// Work, for a post that names its medium.
const WORK = [
  'juf',
  '*juf',
  'juffen',
  'meester',
  'leerkracht',
  'leraar',
  'docent',
  'lesgeven',
  'les geven',
  'voor de klas',
  'klas',
  'groep [1-8]',
  'combinatiegroep',
  'leerlingen',
  'kleuters',
  'lokaal',
  '*lokaal',
  'school',
  'schooljaar',
  'onderwijs',
  '*onderwijs',
  'werkweek',
  'mijn werk',
  'teaching',
  'teacher',
  'my class',
  'classroom',
  'pupils',
  'students',
];
// First-person work narrative, for a long post that does not name its medium.
const OWN_WORK = [
  'voor de klas',
  'als (juf|meester|leerkracht|leraar|docent|kleuterjuf)',
  "mijn (klas|groep|leerlingen|kleuters|collega's|lokaal|werk|baan|vak)",
  'lesgeven',
  'les geven',
  'teaching',
  'as a teacher',
  'als (basisschool|kleuter|groep [1-8])?(juf|meester|leerkracht|leraar|docent)',
  'as a (primary |primary school |school |year [1-8] )?teacher',
  '(ik|wij|we) weiger(en)?',
  'weiger (ik|wij|we)',
  'in mijn (klas|groep)',
  'my (class|pupils|students|classroom|colleagues|job)',
];
const FIRST_PERSON = /^(?:ik|mijn|me|mij|m'n|i|my|i'm)$/u;
const LONG_POST_WORDS = 120;

/**
 * Background "disclaimer": a personal blog, vlog or column, or a long first-person post about
 * one's own work, without a disclaimer. The button inserts the pack's disclaimer.
 */
export default defineRule({
  id: 'personalWorkBlog',
  article: 'bg-disclaimer',
  severity: 'info',
  action: 'insert-disclaimer',
  detect(ctx) {
    const { view } = ctx;
    // A leader stays the school's representative (art. 5).
    if (ctx.role === 'leidinggevende' || capacityStated(ctx)) return [];
    // An opinion on education written as a teacher ("als leerkracht zie ik …", "hot take as a
    // teacher"): readers take the teacher's view for the school's, so the disclaimer belongs
    // here as well as art. 2's reminder. Without the teacher's voice, only a personal medium
    // (a blog, a vlog) or a long post about one's work adds it.
    if (undisclosedEducationOpinion(ctx)) {
      const voice = findAll(view, ctx.lexicon('personalWorkBlogOwnWork', OWN_WORK))[0];
      if (voice) return [{ span: rawSpan(view, voice) }];
    }
    if (has(view, ctx.lexicon('personalWorkBlogOfficial', OFFICIAL))) return [];
    const medium = findAll(view, ctx.lexicon('personalWorkBlogMedium', MEDIUM))[0];
    if (medium && has(view, ctx.lexicon('personalWorkBlogWork', WORK)))
      return [{ span: rawSpan(view, medium) }];
    const words = tokensOf(view);
    if (words.length < LONG_POST_WORDS) return [];
    if (words.filter((w) => FIRST_PERSON.test(w.text)).length < 3) return [];
    const own = findAll(view, ctx.lexicon('personalWorkBlogOwnWork', OWN_WORK))[0];
    return own ? [{ span: rawSpan(view, own) }] : [];
  },
});
