// For tests only (nothing in the product imports it): core's tests may not reach outside core/.
import type { TrainOptions } from '../model/train';

/**
 * Training settings for a few dozen test drafts: few epochs, a low positive count per head and
 * small heads, so a model trains in milliseconds and its heads open on toy data.
 */
export const TINY_TRAINING: TrainOptions = {
  seed: 7,
  epochs: 4,
  rate: 1,
  l1: 0.1,
  l2: 1,
  minPositives: 5,
  keepPerHead: 200,
  positiveCap: 8,
  projectWeight: 1,
};
