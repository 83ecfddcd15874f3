import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../policy/musselhorst';
import { makeTextView } from '../text/normalize';
import { PLATFORM_IDS, ROLES } from '../types';
import { forEachFeature } from './features';
import { secondReader } from './index';
import { WEIGHTS } from '.';
import { explain, explainHeads, loadModel, scoreDraft, type Model } from './model';
import { sayIn } from '../i18n';

const model = loadModel(WEIGHTS);
const read = (text: string, role: (typeof ROLES)[number] = 'medewerker') =>
  secondReader({
    draft: { text, platform: 'x' },
    view: makeTextView(text),
    role,
    policy: defaultPolicy,
    say: sayIn('nl'),
    ruled: new Set(),
  });

describe('the second reader on arbitrary input', () => {
  it('never throws, scores finitely and marks only inside the text (full Unicode)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.constantFrom(...PLATFORM_IDS),
        fc.constantFrom(...ROLES),
        fc.boolean(),
        (text, platform, role, isReply) => {
          const draft = { text, platform, isReply };
          const view = makeTextView(text);
          const logits = scoreDraft(model, view, draft, role);
          expect([...logits].every(Number.isFinite)).toBe(true);
          const all = [...WEIGHTS.heads.keys()];
          const together = explainHeads(model, all, view, draft, role);
          for (const h of all) {
            // Explaining all heads in one pass says what explaining each alone says.
            expect(together[h]).toEqual(explain(model, h, view, draft, role));
            for (const w of together[h]!) {
              expect(w.span.start).toBeGreaterThanOrEqual(0);
              expect(w.span.start).toBeLessThan(w.span.end);
              expect(w.span.end).toBeLessThanOrEqual(text.length);
            }
          }
          for (const f of read(text, role)) {
            expect(f.severity).not.toBe('stop');
            if (f.span) expect(f.span.end).toBeLessThanOrEqual(text.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('reads at most five features per character (three n-gram sizes, a word, a pair)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 500 }), (text) => {
        let count = 0;
        const view = makeTextView(text);
        forEachFeature(view, { text, platform: 'x' }, 'medewerker', () => count++);
        // Per character of the normalised view (NFKC may expand a ligature into several).
        expect(count).toBeLessThanOrEqual(5 * view.norm.length + 12);
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * The model with its tables counted: every read of a CSR entry (which bucket's run, which
 * head, which weight) adds one. Scoring and explaining touch the model only through these.
 */
function countedModel(): { model: Model; reads: () => number } {
  let reads = 0;
  const counted = <T extends Int32Array | Uint8Array | Int8Array>(array: T): T =>
    new Proxy(array, {
      get(target, key) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, target) as unknown;
      },
    });
  return {
    model: {
      heads: model.heads,
      start: counted(model.start),
      head: counted(model.head),
      weight: counted(model.weight),
    },
    reads: () => reads,
  };
}

/** Work of scoring and explaining every head on a text: model reads plus features read. */
function workOf(text: string): { work: number; chars: number } {
  const { model: m, reads } = countedModel();
  const view = makeTextView(text);
  const draft = { text, platform: 'x' as const };
  let features = 0;
  forEachFeature(view, draft, 'medewerker', () => features++);
  scoreDraft(m, view, draft, 'medewerker');
  // Every head explained, as the reader does when all speak: one pass over the features.
  explainHeads(m, [...WEIGHTS.heads.keys()], view, draft, 'medewerker');
  return { work: reads() + features, chars: view.norm.length };
}

describe('the second reader stays linear (by count of work, not by clock)', () => {
  // Ten times the text may cost at most ten times the work (and a little for rounding);
  // and per character, at most what every feature reading every head would cost.
  const perCharCeiling = 5 * (3 * WEIGHTS.heads.length + 2) * (WEIGHTS.heads.length + 1);
  it.each([
    ['prose', (n: number) => 'de juf is echt waardeloos en dom '.repeat(n / 33)],
    ['one letter', (n: number) => 'a'.repeat(n)],
    ['spaces', (n: number) => ' '.repeat(n)],
    ['emoji', (n: number) => '😡'.repeat(n / 2)],
    ['digits', (n: number) => '06-1234 '.repeat(n / 8)],
    ['one-letter words', (n: number) => 'k '.repeat(n / 2)],
    ['one long word', (n: number) => `x${'ab'.repeat(n / 2)}`],
  ])(
    '%s',
    (_name, make) => {
      const small = workOf(make(1_000));
      const large = workOf(make(10_000));
      expect(large.work).toBeLessThanOrEqual(10.5 * small.work + 1_000);
      expect(large.work).toBeLessThanOrEqual(perCharCeiling * Math.max(1, large.chars));
    },
    60_000,
  );
});
