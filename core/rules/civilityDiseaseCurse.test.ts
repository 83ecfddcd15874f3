import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const marked = (text: string) =>
  analyze({ text, platform: 'x' })
    .filter((f) => f.ruleId === 'civilityDiseaseCurse')
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('civilityDiseaseCurse', () => {
  it.each([
    ['Wat een kankerweer.', ['kankerweer']],
    ['Krijg de tering.', ['tering']],
    ['Krijg toch allemaal de pest.', ['pest']],
    ['Kanker, wat een dag!', ['Kanker']],
    ['Tering zeg, wat druk.', ['Tering']],
    ['Kk irritant dit.', ['Kk']],
    ['Die kanker-ouders ook.', ['kanker-ouders']],
    ['Wat een tyfusherrie in de aula.', ['tyfusherrie']],
    ['Wat een kanker ouders.', ['kanker']],
    ['Klerezooi, die nieuwe ouderapp.', ['Klerezooi']],
    ['Pokkeweer vandaag', ['Pokkeweer']],
    ['k4nkerdag', ['k4nkerdag']],
    ['Ik heb de tering in.', ['tering']],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['Doe mee met de KWF Kankerbestrijding collecte!'],
    ['Juf Mieke heeft kanker, we wensen haar sterkte.'],
    ['Kanker is een rotziekte.'],
    ['Deze week is de Week tegen Pesten.'],
    ['We moeten de tering naar de nering zetten met het budget.'],
    ['Alle kleren van de verkleedkist zijn gewassen.'],
    ['We hebben de waterpokken in groep 2.'],
    ['In de geschiedenisles ging het over de pest in de middeleeuwen.'],
    ['Groep 8 ruilt Pokémon-kaarten in de pauze.'],
    ['Sponsorloop voor kankeronderzoek bij kinderen.'],
    ['De pokken zijn uitgeroeid dankzij vaccinatie.'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
});
