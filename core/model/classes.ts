import { INSULT_WORDS, INSULT_WORDS_PERSONISH } from '../detectors/insults';
import * as L from '../lexicons/contempt';
import { PUPIL_SITUATION } from '../lexicons/pupilSituation';
import { findAll, lexicon } from '../text/match';
import type { TextView } from '../text/normalize';

// Word classes the second reader reads beside the words themselves, from the rules' own word
// lists: an insult, a group of people, a crime label, a public office, a damning trait, pupils,
// a pupil's private situation. A word the training drafts never used still counts through its
// class ("eritreeërs" as a group, "oplichter" as a crime label), and so does the pair of classes
// in one draft (a group and a damning word; pupils and a police matter). The built-in lists
// only, never a pack's additions: the weights are trained on exactly these.

// In order: a class's index is its id (features.ts hashes the index).
const CLASSES: readonly { name: string; re: RegExp }[] = [
  { name: 'insult', re: lexicon([...INSULT_WORDS, ...INSULT_WORDS_PERSONISH]) },
  { name: 'group', re: lexicon(L.PEOPLE_GROUP) },
  { name: 'crime', re: lexicon(L.SLANDER) },
  { name: 'office', re: lexicon(L.PUBLIC_PERSON) },
  { name: 'damning', re: lexicon([...L.GROUP_CONTEMPT, ...L.CONTEMPT_TRAIT]) },
  { name: 'pupils', re: lexicon([...L.PUPIL_GROUP, ...L.CHILD_WORDS]) },
  { name: 'situation', re: lexicon(PUPIL_SITUATION) },
];

/** Calls `emit` for every class match (norm range) of the view, class by class. */
export function forEachClass(
  view: TextView,
  emit: (klass: number, start: number, end: number) => void,
): void {
  CLASSES.forEach((c, k) => {
    for (const m of findAll(view, c.re, 50)) emit(k, m.start, m.end);
  });
}
