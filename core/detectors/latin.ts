// Letter classes for regexes on the raw text. Explicit ranges instead of \p{L}/\p{Lu}: V8
// runs them several times faster, and Dutch names need no more than Latin-1 and Latin
// Extended-A (Zoë, Anaïs, Ayşe, Çağla).

/** Any Latin letter, either case (for use inside a character class). */
export const LETTER = 'A-Za-zÀ-ÖØ-öø-ÿ\\u0100-\\u017F';
/** Capital Latin letters (Latin Extended-A mixes cases: both kept). */
export const UPPER = 'A-ZÀ-ÖØ-Þ\\u0100-\\u017F';
/** Small Latin letters. */
export const LOWER = 'a-zß-öø-ÿ\\u0100-\\u017F';
