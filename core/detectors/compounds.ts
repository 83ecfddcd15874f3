import type { NormMatch } from '../text/match';
import type { TextView } from '../text/normalize';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Words of the norm view that end in one of the heads of `endings` (a global regex that
 * matches only the head, e.g. /(?:allergie(?:en)?|stoornis)(?![\p{L}\p{N}])/g), returned as
 * the whole word: "notenallergie", "angststoornis". A lexicon entry with a leading `*` does
 * the same but backtracks through every word of the draft; this scans once.
 */
export function compoundsEndingIn(view: TextView, endings: RegExp): NormMatch[] {
  const out: NormMatch[] = [];
  endings.lastIndex = 0;
  for (const m of view.norm.matchAll(endings)) {
    let start = m.index;
    while (start > 0 && WORD_CHAR.test(view.norm[start - 1]!)) start--;
    const end = m.index + m[0].length;
    out.push({ start, end, text: view.norm.slice(start, end) });
  }
  return out;
}
