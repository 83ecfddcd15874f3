import { describe, expect, it } from 'vitest';
import { WEIGHTS } from '.';
import { parseStoredModel } from './asset';
import weights from './weights.json' with { type: 'json' };

// The weights file is read at run time by the worker and the practice page: a damaged one is
// refused with a message that names what is wrong (and the rules then judge alone).
describe('parseStoredModel', () => {
  it('reads the committed weights', () => {
    const parsed = parseStoredModel(weights);
    expect(parsed.ok && parsed.model.heads.length).toBe(WEIGHTS.heads.length);
  });

  it.each([
    ['a missing data field', { ...weights, data: undefined }, 'second-reader.json: data'],
    [
      'an unknown article',
      { ...weights, heads: [{ ...weights.heads[0], article: '12' }] },
      'heads.0.article',
    ],
    ['another bucket size', { ...weights, bucketBits: 12 }, 'bucketBits: 12'],
    [
      'data cut short',
      { ...weights, data: weights.data.slice(0, 400) },
      'second-reader.json: data',
    ],
    ['not base64', { ...weights, data: 'no base64!' }, 'second-reader.json: data'],
    ['not an object', 'weights', 'second-reader.json: (root)'],
    [
      'an any-problem head without a number',
      { ...weights, gate: { bias: 0, scale: 'x', threshold: 1 } },
      'gate.scale',
    ],
  ])('refuses %s, naming it', (_what, input, named) => {
    const parsed = parseStoredModel(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join('\n')).toContain(named);
  });
});
