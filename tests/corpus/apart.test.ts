import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NearIndex, blindIndex } from '../../scripts/apart';

// Training and evaluation stay apart: no training draft is (nearly) a blind draft. The blind
// texts are only compared, never shown: a failure gives counts.
describe('keeping training apart from the blind sets', () => {
  const protectedText =
    'Morgen gaan we met groep 7 naar het museum in de stad, vergeet je lunchpakket niet mee te nemen en kom op tijd';
  const index = new NearIndex([protectedText, 'Kort.']);

  it.each([
    [
      'the same words, other case and punctuation',
      protectedText.toUpperCase().replace(/,/g, ';'),
      true,
    ],
    [
      'a shared run of eight words inside other text',
      'Zeg ik toch: met groep 7 naar het museum in de stad. Leuk!',
      true,
    ],
    [
      'half the word trigrams shared (a light rewrite)',
      'Morgen gaan we met groep 7 naar het museum in de stad, vergeet je jas niet mee te nemen en kom op tijd',
      true,
    ],
    [
      'the same topic in other words',
      'Groep 7 bezoekt morgen een museum; neem eten mee en wees op tijd.',
      false,
    ],
    ['a short text that is another short text', 'Kort!', true],
    ['a short text of other words', 'Lang.', false],
    ['no words at all', '!!!', false],
  ])('%s → near: %s', (_, text, near) => {
    expect(index.near(text)).toBe(near);
  });

  it('holds for every committed training file (scripts/import-train.ts drops them)', () => {
    const blind = blindIndex();
    expect(blind.size).toBeGreaterThan(0);
    const dir = fileURLToPath(new URL('./train/', import.meta.url));
    const near: Record<string, number> = {};
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
      const n = readFileSync(join(dir, name), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .filter((l) => blind.near((JSON.parse(l) as { text: string }).text)).length;
      if (n > 0) near[name] = n;
    }
    expect(near).toEqual({});
  });
});
