import { describe, expect, it } from 'vitest';
import { ruleContext } from '../analyze';
import { fictionNear, insultHits } from './insults';

const insults = (text: string) => {
  const ctx = ruleContext({ text, platform: 'x' });
  return insultHits(ctx).map((m) => m.text);
};

describe('insultHits: a word that calls someone it', () => {
  it.each([
    ['Die vader is een sukkel.', ['sukkel']],
    ['Wat een idioot, die juf.', ['idioot']],
    ['Stelletje apen, die ouders.', ['apen']],
    ['Hij is een echte eikel.', ['eikel']],
    ['What an idiot that principal is.', ['idiot']],
  ])('%s → %j', (text, expected) => {
    expect(insults(text)).toEqual(expected);
  });

  it.each([
    ['Ik ben zo een sukkel, sleutels vergeten.'], // about oneself
    ['Hij is geen sukkel.'], // negated
    ['We zochten eikels in het bos.'], // a thing
    ['In het prentenboek is de wolf een idioot.'], // fiction
    ['Hij zei "wat een idioot" en lachte.'], // quoted
    ['Wat een idioot idee van mij.'], // qualifies a thing
  ])('nothing in %s', (text) => {
    expect(insults(text)).toEqual([]);
  });

  it('fictionNear: a story, play or dress-up in the sentence', () => {
    const ctx = ruleContext({ text: 'We lezen voor uit het boek. Daarna gym.', platform: 'x' });
    expect(fictionNear(ctx, 3)).toBe(true);
    expect(fictionNear(ctx, ctx.view.norm.indexOf('gym'))).toBe(false);
  });
});
