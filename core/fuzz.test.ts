import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costRatio } from './testkit/linearity';
import { analyze } from './analyze';
import { makeTextView } from './text/normalize';
import { PLATFORM_IDS, ROLES, type Finding } from './types';

const inRange = (text: string, findings: Finding[]) =>
  findings.every(
    (f) =>
      !f.span || (f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length),
  );

// Text made of the characters that stress the rules: digits, separators, letters, emoji,
// invisible joiners, lone surrogates, right-to-left and NUL.
const tricky = fc.string({
  unit: fc.constantFrom(
    ...'0123456789 .-/@€$!?\n\tabcdeklmnorstuvzABKLNSTV',
    '\u200B',
    '\u200D',
    '\uFE0F',
    '\uD800',
    '\uDC00',
    '\u202E',
    '\u0000',
    'é',
    'ë',
    'ⓚ',
    'е',
    '😡',
    '🏃‍♀️',
  ),
  maxLength: 400,
});

describe('analyze on arbitrary input', () => {
  it('never throws and keeps every span inside the text (full Unicode)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.constantFrom(...PLATFORM_IDS),
        fc.constantFrom(...ROLES),
        fc.boolean(),
        fc.boolean(),
        (text, platform, role, hasMedia, isReply) => {
          const findings = analyze({ text, platform, hasMedia, isReply }, { role });
          expect(inRange(text, findings)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('never throws and keeps spans in range on rule-stressing characters', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        expect(inRange(text, analyze({ text, platform: 'x' }))).toBe(true);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('maps every norm position back into the raw text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const view = makeTextView(text);
        for (let i = 0; i < view.norm.length; i++) {
          const span = view.toRaw(i, i + 1);
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.start).toBeLessThan(span.end);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('adversarial inputs stay linear', () => {
  // A 10× longer input must not cost more than ~4× as much per character: quadratic
  // behaviour (catastrophic backtracking) would make it ~10× per character.
  it.each([
    ['digits', (n: number) => '1'.repeat(n)],
    ['digits with spaces', (n: number) => '1 '.repeat(n / 2)],
    ['spaces', (n: number) => ' '.repeat(n)],
    ['one repeated letter', (n: number) => 'a'.repeat(n)],
    ['spaced letters', (n: number) => 'k '.repeat(n / 2)],
    ['dotted letters', (n: number) => 'b.'.repeat(n / 2)],
    ['exclamation marks', (n: number) => '!'.repeat(n)],
    ['capitals', (n: number) => 'NEE '.repeat(n / 4)],
    ['a long word', (n: number) => 'kut'.repeat(n / 3)],
    ['line breaks', (n: number) => '\n'.repeat(n)],
    ['emoji', (n: number) => '😡'.repeat(n / 2)],
    ['phone-like', (n: number) => '06-'.repeat(n / 3)],
  ])(
    '%s',
    (_name, make) => {
      const ratio = costRatio(make, (text) =>
        analyze({ text, platform: 'facebook', isReply: true }, { role: 'leidinggevende' }),
      );
      expect(ratio).toBeLessThan(4);
    },
    120_000,
  );
});
