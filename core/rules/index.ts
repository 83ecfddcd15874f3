import type { Rule } from './types';
// One line per rule, grouped by protocol point. Adding a rule: a file + one import + one
// entry in `rules` below.

// --- imports: confidential (art. 3) ---
import confidentialBsn from './confidentialBsn';
import confidentialMarker from './confidentialMarker';
// --- imports: civility and school (art. 4, bg-civility) ---
// --- imports: disclosure, leaders, responsibility (art. 2, 5–9, bg-disclaimer, bg-correction, bg-substance) ---
// --- imports: images, copyright, privacy (art. 10, 11, bg-copyright, bg-privacy) ---

/** Every rule, in the order their findings are produced. */
export const rules: readonly Rule[] = [
  // --- rules: confidential (art. 3) ---
  confidentialBsn,
  confidentialMarker,
  // --- rules: civility and school (art. 4, bg-civility) ---
  // --- rules: disclosure, leaders, responsibility (art. 2, 5–9, bg-disclaimer, bg-correction, bg-substance) ---
  // --- rules: images, copyright, privacy (art. 10, 11, bg-copyright, bg-privacy) ---
];
