import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import rule from './defamation';

const marked = (text: string) =>
  analyze({ text, platform: 'facebook' })
    .filter((f) => f.ruleId === 'defamation')
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('defamation', () => {
  it.each([
    ['Meester Tom is een dief, hij steelt geld uit de kas.', ['is een dief']],
    ['De penningmeester heeft geld achterovergedrukt.', ['heeft geld achterovergedrukt']],
    ['Juf Anouk was dronken op het schoolfeest.', ['was dronken op']],
    ['Die directeur liegt gewoon.', ['liegt']],
    ['De conciërge steelt spullen uit de gymzaal.', ['steelt']],
    ['Onze voorzitter fraudeert met de ouderbijdrage.', ['fraudeert']],
    ['Let op je kinderen bij die gymleraar. Hij is een pedo.', ['is een pedo']],
    ['@jansen heeft de schoolreisgelden gestolen', ['heeft de schoolreisgelden gestolen']],
    ['The treasurer is a thief.', ['is a thief']],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['Er is ingebroken in de gymzaal.'],
    ['De fiets van meester Tom is gestolen.'],
    ['De penningmeester heeft niets gestolen.'],
    ['We speelden diefje met verlos op het schoolplein.'],
    ['Pinokkio liegt en zijn neus groeit, lazen we voor in groep 4.'],
    ['De juf stelt elke ochtend een vraag.'],
    ['Juf Lies leest voor in groep 3.'],
    ['Log in bij Parro, juf Anouk zet de foto’s erop.'],
    ['De wijkagent vertelde groep 7 wat je doet als iemand je fiets steelt.'],
    ['Meester Tom maakte het lokaal donker voor de film.'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
});

describe('defamation: also bg-civility', () => {
  it('speaks to "laster" in Bedenk dat… as well as to article 4', () => {
    expect(rule.alsoArticles).toEqual(['bg-civility']);
  });
});
