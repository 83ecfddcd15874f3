// The learned second reader with its committed weights, for Node: the tests, the scripts and
// `npm run bench`. The extension does not import this file: the worker and
// the practice page read the same weights at run time from second-reader.json
// (utils/secondReader.ts), so they stay out of the script bundles; the content script's
// fallback stays rules-only (its bundle budget).
import { parseStoredModel } from './asset';
import { createSecondReader } from './reader';
import weights from './weights.json' with { type: 'json' };

const parsed = parseStoredModel(weights);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));

/** The committed weights, parsed. */
export const WEIGHTS = parsed.model;
/** The shipped second reader: pass it to analyze as `{ secondReader }`. */
export const secondReader = createSecondReader(parsed.tables);
export { secondReaderRuleId, SECOND_READER_ID, type SecondReader } from './reader';
