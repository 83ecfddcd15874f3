import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WEIGHTS_FILE, trainAll, weightsJson } from '../../scripts/train';

// The committed weights are exactly what `npm run train` makes from the committed data: no
// hand-tuned numbers, and no data outside tests/corpus/ (see scripts/train.ts for which files).
describe('core/model/weights.json', () => {
  it('is what npm run train produces from the committed training files', () => {
    const { drafts, model } = trainAll();
    expect(readFileSync(WEIGHTS_FILE, 'utf8')).toBe(weightsJson(model, drafts.length));
  }, 900_000);
});
