import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const marked = (text: string) =>
  analyze({ text, platform: 'x' })
    .filter((f) => f.ruleId === 'confidentialMarker')
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('confidentialMarker', () => {
  it.each([
    ['Dit is vertrouwelijk, maar…', ['vertrouwelijk']],
    ['VERTROUWELIJKE info over groep 5', ['VERTROUWELIJKE']],
    ['v3rtr0uwelijk hoor', ['v3rtr0uwelijk']],
    ['Dit is v e r t r o u w e l i j k', ['v e r t r o u w e l i j k']],
    ['ver\u200Btrouwelijk', ['ver\u200Btrouwelijk']],
    ['Niet doorsturen aub!', ['Niet doorsturen']],
    ['Even onder ons: de juf stopt', ['onder ons']],
    ['Nog niet officieel, maar we krijgen een nieuwe directeur', ['Nog niet officieel']],
    ['Please do not forward this', ['do not forward']],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['Onze vertrouwenspersoon is juf Ans'],
    ['Het intern begeleider-overleg is verplaatst'],
    ['Internationale dag van de leraar!'],
    ['Wij vertrouwen op een mooie sportdag'],
    ['Lees "Het geheim van de smid" voor in groep 6'],
    ['We gaan de klas niet delen volgend jaar'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
});
