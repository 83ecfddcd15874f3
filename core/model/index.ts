// The learned second reader with its committed weights. Imported by the worker and the
// practice page only: the content script's fallback stays rules-only (its bundle budget).
import { createSecondReader } from './reader';
import { WEIGHTS } from './weights';

/** The shipped second reader: pass it to analyze as `{ secondReader }`. */
export const secondReader = createSecondReader(WEIGHTS);
export { secondReaderRuleId, SECOND_READER_ID, type SecondReader } from './reader';
