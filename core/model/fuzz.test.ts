import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../policy/musselhorst';
import { makeTextView } from '../text/normalize';
import { PLATFORM_IDS, ROLES } from '../types';
import { forEachFeature } from './features';
import { secondReader } from './index';
import { WEIGHTS } from './weights';
import { explain, loadModel, scoreDraft } from './model';

const model = loadModel(WEIGHTS);
const read = (text: string, role: (typeof ROLES)[number] = 'medewerker') =>
  secondReader({
    draft: { text, platform: 'x' },
    view: makeTextView(text),
    role,
    policy: defaultPolicy,
    locale: 'nl',
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
          for (let h = 0; h < WEIGHTS.heads.length; h++) {
            for (const w of explain(model, h, view, draft, role)) {
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

/** Time per character of scoring and explaining every head: a ratio of work, not a budget. */
function costPerChar(make: (n: number) => string, n: number): number {
  const text = make(n);
  const view = makeTextView(text);
  const draft = { text, platform: 'x' as const };
  const start = performance.now();
  for (let i = 0; i < 3; i++) {
    scoreDraft(model, view, draft, 'medewerker');
    for (let h = 0; h < WEIGHTS.heads.length; h++) explain(model, h, view, draft, 'medewerker');
  }
  return (performance.now() - start) / n;
}

describe('the second reader stays linear', () => {
  // A 10× longer input must not cost more than ~4× as much per character.
  it.each([
    ['prose', (n: number) => 'de juf is echt waardeloos en dom '.repeat(n / 33)],
    ['one letter', (n: number) => 'a'.repeat(n)],
    ['spaces', (n: number) => ' '.repeat(n)],
    ['emoji', (n: number) => '😡'.repeat(n / 2)],
    ['digits', (n: number) => '06-1234 '.repeat(n / 8)],
    ['one-letter words', (n: number) => 'k '.repeat(n / 2)],
  ])(
    '%s',
    (_name, make) => {
      // Best of five: the figure is a ratio of work, and a busy machine only adds time.
      const best = (n: number) => Math.min(...[1, 2, 3, 4, 5].map(() => costPerChar(make, n)));
      best(2_000);
      const small = best(2_000);
      const large = best(20_000);
      expect(large / Math.max(small, 1e-6)).toBeLessThan(4);
    },
    60_000,
  );
});
