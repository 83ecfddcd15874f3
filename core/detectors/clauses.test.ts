import { describe, expect, it } from 'vitest';
import { ruleContext } from '../analyze';
import { clauseBefore, inHyphenCompound, negatedInClause, nextWord } from './clauses';

const at = (text: string, word: string) => {
  const ctx = ruleContext({ text, platform: 'x' });
  const start = ctx.view.norm.indexOf(word);
  return { ctx, r: { start, end: start + word.length } };
};

describe('negation inside the clause', () => {
  it.each([
    ['Hij is geen sukkel.', 'sukkel', true],
    ['Dat was niet echt slecht', 'slecht', true],
    ['Hij is een sukkel.', 'sukkel', false],
    // The negation belongs to another clause: after "maar" or a comma it no longer counts.
    ['Niet iedereen kwam, maar wat een sukkel', 'sukkel', false],
    ['Ik ben niet boos, hij is een sukkel', 'sukkel', false],
  ])('%s: %s negated → %s', (text, word, expected) => {
    const { ctx, r } = at(text, word);
    expect(negatedInClause(ctx, r)).toBe(expected);
  });
});

describe('words around a position', () => {
  it('clauseBefore reads back to the comma that opens the clause', () => {
    const { ctx, r } = at('Leuke dag, maar die vader is een sukkel', 'sukkel');
    expect(clauseBefore(ctx, r.start).trim()).toBe('maar die vader is een');
  });

  it.each([
    ['onzin-rijmpjes', 'onzin', true],
    ['anti-pest week', 'pest', true],
    ['wat een onzin - echt', 'onzin', false],
  ])('%s: %s in a hyphenated compound → %s', (text, word, expected) => {
    const { ctx, r } = at(text, word);
    expect(inHyphenCompound(ctx.view.norm, r)).toBe(expected);
  });

  it('nextWord is the word after a position', () => {
    expect(nextWord('belachelijk leuk idee', 11)).toBe('leuk');
  });
});
