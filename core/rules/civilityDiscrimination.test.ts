import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const findings = (text: string) =>
  analyze({ text, platform: 'x' }).filter((f) => f.ruleId === 'civilityDiscrimination');
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('civilityDiscrimination', () => {
  it.each([
    [
      'Weer 5 kids erbij die geen woord Nederlands spreken. Die ouders moeten maar eens integreren.',
      'moeten maar eens integreren',
    ],
    [
      'Die ouders moeten eerst maar eens Nederlands leren.',
      'moeten eerst maar eens Nederlands leren',
    ],
    [
      'Als ze zich niet aanpassen moeten ze maar terug naar hun eigen land.',
      'terug naar hun eigen land',
    ],
    [
      'Al die buitenlanders op het schoolplein, je verstaat er niemand meer.',
      'Al die buitenlanders',
    ],
    [
      'Those immigrants should learn Dutch before they come to our school.',
      'Those immigrants should',
    ],
    ['Dat soort moslims zijn altijd moeilijk op de ouderavond.', 'Dat soort moslims zijn altijd'],
    // Said to someone, and of any group (w18 drafts, 2026-12-03).
    [
      'Go back to where you came from, you are ruining our country.',
      'Go back to where you came from',
    ],
    ['Swimming lessons again. Those people never just adapt, do they', 'Those people never'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({ severity: 'warning', article: 'bg-civility' });
  });

  it.each([
    ['Welkom aan de nieuwkomers in onze taalklas! Ze leren snel Nederlands 🇳🇱'],
    ['In mijn klas zitten drie kinderen die nog geen woord Nederlands spreken; tips voor NT2?'],
    ['Nieuwkomers moeten de kans krijgen om te integreren, daar helpen we graag bij.'],
    ['Kinderen moeten eerst Nederlands leren lezen voordat ze Engels krijgen.'],
    ['Al die vluchtelingen verdienen een warm welkom in onze wijk.'],
    ['Groep 6 leert over migratie: waarom komen mensen naar Nederland?'],
    ['We go back to where we came from: the beach, every summer.'],
    ['Those people are the reason our library reopened, thank you!'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

describe('civilityDiscrimination: stereotypes', () => {
  it('"typisch Marokkaanse ouders" is a stereotype', () => {
    expect(marked('Typisch Marokkaanse ouders weer, nooit op tijd.')).toEqual([
      'Typisch Marokkaanse',
    ]);
  });
});

// Contempt for a religion or a group, as in a suspension the human rights board upheld.
describe('civilityDiscrimination: contempt for a group', () => {
  const marked = (text: string) =>
    analyze({ text, platform: 'facebook' })
      .filter((f) => f.ruleId === 'civilityDiscrimination')
      .map((f) => text.slice(f.span!.start, f.span!.end));
  it.each([
    ['De islam is achterlijke barbarij, dat zeg ik gewoon.', 'achterlijke barbarij'],
    ['Die asielzoekers zijn gewoon tuig.', 'tuig'],
    ['Muslims are savages, sorry not sorry.', 'savages'],
    ['Homo’s horen hier niet thuis.', 'horen hier niet thuis'],
  ])('%s → %s', (text, word) => {
    expect(marked(text)).toEqual([word]);
  });
  it.each([
    ['In groep 8 praten we over vooroordelen: "moslims zijn achterlijk" is zo’n vooroordeel.'],
    ['De islam is geen achterlijke religie; we bezochten de moskee met groep 7.'],
    ['Groep 6 leert over de Tweede Wereldoorlog en hoe joden als ongedierte werden weggezet.'],
  ])('%s → nothing', (text) => {
    expect(marked(text)).toEqual([]);
  });
});

describe('civilityDiscrimination: a group called selfish or without decency', () => {
  const marked = (text: string) =>
    analyze({ text, platform: 'facebook' })
      .filter((f) => f.ruleId === 'civilityDiscrimination')
      .map((f) => text.slice(f.span!.start, f.span!.end));
  it.each([
    ['Sorry maar ouders die hun kind meenemen op vakantie zijn gewoon egoïsten.', 'egoïsten'],
    [
      'Polen die hun kinderen midden in het jaar weghalen: een volk zonder fatsoen.',
      'een volk zonder fatsoen',
    ],
  ])('%s → %s', (text, word) => {
    expect(marked(text)).toEqual([word]);
  });
  it.each([
    ['In groep 7 praten we over vooroordelen, zoals "Polen zijn egoïsten".'],
    ['Ouders die hun kind komen brengen zijn geen egoïsten, ze hebben haast.'],
  ])('%s → nothing', (text) => {
    expect(marked(text)).toEqual([]);
  });
});

describe('civilityDiscrimination: a faith as a whole', () => {
  const found = (text: string) =>
    analyze({ text, platform: 'x' }).filter((f) => f.ruleId === 'civilityDiscrimination');
  it('"religion is a disease"', () => {
    expect(found('ramadan again. religion is a disease honestly')).not.toEqual([]);
  });
  it.each([
    ['In groep 7 leren we over religies: wat geloven mensen?'],
    ['We bezochten met groep 6 de Dom in Utrecht, een mooie les over religie.'],
  ])('%s → nothing', (text) => {
    expect(found(text)).toEqual([]);
  });
});

// Everyday English as real posts say it (w14): a faith, an origin, a politics or a generation
// as a whole, with a damning word in the same sentence.
describe('civilityDiscrimination: a group in everyday English', () => {
  it.each([
    ['Catholics are a paedophile cult. Sorry not sorry.', 'a paedophile cult'],
    ['Polish parents are the worst. Every. Single. Time. 🙄', 'are the worst'],
    [
      'Americans are the stupidest people on earth. I teach exchange students.',
      'the stupidest people',
    ],
    ['Christians are so dumb tbh.', 'are so dumb'],
    ['Conservatives are evil. Not misguided, evil.', 'are evil'],
    ['Labour voters are economically illiterate scroungers.', 'economically illiterate'],
    ['De Walen zijn gewoon profiteurs die van ons geld leven.', 'profiteurs'],
    ['Katholieken en hun pedo-priesters, laat ze van de scholen afblijven.', 'pedo-priesters'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
  });

  it.each([
    ['Our Polish parents evening with an interpreter went really well.'],
    ['Americans are not stupid, they just learn different geography.'],
    ['Year 6 read fairy tales from around the world today.'],
    ['Travellers are welcome at our school, like every family.'],
    ['In RE we discussed why some Christians think evil exists.'],
    ['Conservatives and Labour voters both came to our mock election debate.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

// Groups in the news and the dehumanising words the w19 writer used of them (2026-12-03).
describe('civilityDiscrimination: protesters, fans, newcomers and a faith', () => {
  it.each([
    ['United fans are animals. Every away game.'],
    ['Die supporters van de tegenpartij zijn gewoon beesten.'],
    ['Lost to the French AGAIN. Arrogant frogs the lot of them.'],
    ["Ik snap niet dat we nog rekening moeten houden met zo'n achterlijk geloof."],
  ])('%s → a warning', (text) => {
    expect(findings(text)[0]).toMatchObject({ article: 'bg-civility', severity: 'warning' });
  });
  it.each([
    ['De fans zongen de hele wedstrijd, wat een sfeer!'],
    ['In de les over de boerderij: varkens zijn slimme dieren, zeggen de kinderen.'],
    ['Those people at the food bank work so hard every Saturday.'],
    ['De boeren zijn vandaag met trekkers naar Den Haag gereden.'],
    ['De demonstranten liepen rustig door de stad, de politie had weinig werk.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});
