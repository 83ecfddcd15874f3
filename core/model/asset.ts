// The second reader's weights as a data file (core/model/weights.json, shipped as
// second-reader.json): the worker and the practice page read it at run time, so the weights do
// not weigh on the worker's script budget (DESIGN.md "Budgets"). It crosses a boundary (a file
// read at run time), so it is parsed here, and a damaged file names what is wrong.
import { describeIssues } from '../policy/schema';
import { ARTICLE_IDS } from '../types';
import { z } from '../zod';
import { BUCKETS } from './features';
import { loadModel, type Model, type StoredModel } from './model';

const StoredHeadSchema = z.object({
  article: z.enum(ARTICLE_IDS),
  bias: z.number(),
  scale: z.number(),
  threshold: z.number(),
});

const StoredGateSchema = z.object({
  bias: z.number(),
  scale: z.number(),
  threshold: z.number(),
});

const StoredModelSchema = z.object({
  version: z.literal(1),
  bucketBits: z.int().check(z.minimum(1), z.maximum(24)),
  heads: z.array(StoredHeadSchema),
  gate: z.optional(StoredGateSchema),
  data: z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
  /** Where the numbers came from (written by `npm run train`). */
  about: z.optional(z.string()),
});

/** The name of the weights in the built extension (the worker and the practice page fetch it). */
export const WEIGHTS_ASSET = 'second-reader.json';

/**
 * Parses the weights file and builds its scoring tables; returns the readable problems instead
 * of throwing. A file that passes the schema but is cut short (its packed data ends early) is
 * refused too.
 */
export function parseStoredModel(
  input: unknown,
): { ok: true; model: StoredModel; tables: Model } | { ok: false; errors: string[] } {
  const parsed = StoredModelSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, errors: describeIssues(parsed.error).map((e) => `${WEIGHTS_ASSET}: ${e}`) };
  const model: StoredModel = parsed.data;
  if (model.bucketBits !== Math.log2(BUCKETS))
    return {
      ok: false,
      errors: [
        `${WEIGHTS_ASSET}: bucketBits: ${model.bucketBits}, the code reads ${Math.log2(BUCKETS)}`,
      ],
    };
  // Building the scoring tables is the check that the packed data is whole: it is done once,
  // here, and the tables go to createSecondReader (unpacking twice cost the worker's start).
  try {
    return { ok: true, model, tables: loadModel(model) };
  } catch (error) {
    const reason = (error as Error).message.replace(/^weights: /, '');
    return { ok: false, errors: [`${WEIGHTS_ASSET}: data: ${reason}`] };
  }
}
