import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import rule from './civilitySarcasmAboutPupil';

const found = (text: string) =>
  analyze({ text, platform: 'x' }).filter((f) => f.ruleId === 'civilitySarcasmAboutPupil');

// Sarcasm that mocks a pupil and tells about the child's home, as in outside writers' drafts.
describe('civilitySarcasmAboutPupil', () => {
  it.each([
    ['Geweldig, weer een leerling uit groep 8 die zwanger is. Fijn schooljaar zo #sarcasm'],
    ['Mijn klas was vandaag weer een feest om les aan te geven #sarcasme'],
    [
      'Love it when a kid turns up with no coat in November because mum spent the child benefit on her nails again. #sarcasm',
    ],
    ["Loving the Monday 'my dad came home drunk again' stories from Year 5. #sarcasm"],
  ])('%s → a warning', (text) => {
    expect(found(text)[0]).toMatchObject({ article: 'bg-civility', severity: 'warning' });
  });

  it.each([
    ['Geweldig, weer een topdag met groep 5! 🎉'],
    ['#sarcasme is een lastig woord; groep 8 leerde vandaag wat ironie is.'],
    ['Top geregeld weer, die nieuwe parkeerregels 🙄 #not'],
    ['Trots op groep 7: wat een mooie musical! #trots'],
  ])('%s → nothing', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('speaks to article 3 (what it tells about the child) and article 4 as well', () => {
    expect(rule.alsoArticles).toEqual(['3', '4']);
  });
});
