import { describe, expect, it } from 'vitest';
import { defaultPolicy } from './policy/musselhorst';
import { hasDisclaimer, planDisclaimer, separatorFor } from './disclaimer';

const d = defaultPolicy.disclaimer;

describe('planDisclaimer', () => {
  it.each([
    ['Ik vind de werkdruk te hoog.', '\n\n'],
    ['Eerste regel\n', '\n'],
    ['Eerste regel\n\n', ''],
    ['', ''],
    ['Met spatie aan het eind ', '\n\n'],
  ])('separates %j from the disclaimer with a blank line (%j)', (text, separator) => {
    expect(separatorFor(text)).toBe(separator);
    expect(planDisclaimer(text, d)).toEqual({
      kind: 'insert',
      insert: separator + d.long,
      version: 'long',
      over: 0,
    });
  });

  it('takes the short version when the long one would pass the limit', () => {
    const text = 'a'.repeat(280 - 2 - d.long.length + 1);
    expect(planDisclaimer(text, d, 280)).toEqual({
      kind: 'insert',
      insert: `\n\n${d.short}`,
      version: 'short',
      over: 0,
    });
    // Exactly at the limit the long one still fits.
    expect(planDisclaimer(text.slice(1), d, 280)).toMatchObject({ version: 'long', over: 0 });
  });

  it('says by how much even the short one passes the limit', () => {
    const text = 'a'.repeat(270);
    expect(planDisclaimer(text, d, 280)).toEqual({
      kind: 'insert',
      insert: `\n\n${d.short}`,
      version: 'short',
      over: 270 + 2 + d.short.length - 280,
    });
  });

  it.each([
    `Mooi dag.\n\n${d.long}`,
    `Mooi dag. ${d.short.toUpperCase()}`,
    // wrapped differently by the editor
    `Mooi dag.\n\n${d.long.replace(/ /g, '\n')}`,
  ])('inserts nothing when the draft already holds it: %j', (text) => {
    expect(hasDisclaimer(text, d)).toBe(true);
    expect(planDisclaimer(text, d, 280)).toEqual({ kind: 'present' });
  });

  it('does not take a word of the disclaimer for the disclaimer', () => {
    expect(hasDisclaimer('Persoonlijke mening: de sportdag was top', d)).toBe(false);
  });
});
