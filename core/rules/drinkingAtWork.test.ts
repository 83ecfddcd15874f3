import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const found = (text: string) =>
  analyze({ text, platform: 'instagram' }).filter((f) => f.ruleId === 'drinkingAtWork');
const marked = (text: string) => found(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('drinkingAtWork', () => {
  it.each([
    // With pupils, at school or in school hours, or kept from the school.
    [
      'Staff night out 🍸 ended up at the same club as my Year 12s and they bought me a drink 😅',
      '🍸',
    ],
    ['Sneaky pint at lunch, back for period 5 🍺 the kids will never notice', 'pint'],
    // c8 (real posts quoted by rulings, 2026-12-03): drinking at work, told as a joke.
    ['Been drinking since half 1 at work, best job ever haha', 'Been drinking'],
    ['Casual Friday in the staffroom 🍻 started at 2pm. Don’t tell the parents 🤫', '🍻'],
    ['Wijntje in de klas na de kerstmusical 🍷 niemand meer op school, telt niet toch', 'Wijntje'],
    ['Biertje in de teamkamer om twee uur, de kinderen zijn al naar huis.', 'Biertje'],
    ['Met een kater voor groep 5, niet tegen de directie zeggen hoor 🤫', 'kater'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(found(text)[0]).toMatchObject({ article: '6', severity: 'warning', action: 'contact' });
  });

  it.each([
    // A party after work, a lesson, a dry month, a school fair for adults, the past tense.
    ['Gezellige borrel met het team vanavond, proost op de vakantie! 🥂'],
    ['Les over alcohol in groep 8: wat doet bier met je lichaam?'],
    ['Dry January, dag 12: ik drink niet en ik voel me top.'],
    ['Kinderbier en ranja op het zomerfeest van groep 8 🍻'],
    ['Ik zat vandaag in de klas met een kop thee, de kinderen waren lief.'],
    ['Hij brak vandaag zijn arm in de pauze, wat een pech.'],
    ['Been drinking water all day at work, this heat is no joke.'],
  ])('nothing in %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('drinkingAtWork: a hangover in front of the class', () => {
  it.each([
    ['teaching 30 kids with a hangover is a whole new level of sport', 'hangover'],
    ['Met een kater voor groep 5, dat wordt een lange dag.', 'kater'],
  ])('%s → marks %s', (text, word) => {
    expect(marked(text)).toEqual([word]);
  });
  it.each([
    ['Kater na het personeelsfeest, gelukkig is het zaterdag!'],
    ['Hangover from the wedding, thank goodness it is the holidays.'],
  ])('nothing in %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
