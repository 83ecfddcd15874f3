import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import rule from './threatOrStalking';

const findings = (text: string) =>
  analyze({ text, platform: 'x', isReply: true }).filter((f) => f.ruleId === 'threatOrStalking');
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('threatOrStalking', () => {
  it.each([
    ['Ik weet waar je woont.', ['Ik weet waar je woont']],
    ['Je zult het merken, meneer de directeur.', ['Je zult het merken']],
    ['Wacht maar af jij, dit pik ik niet van die kutmoeder 😡', ['Wacht maar af']],
    ['Ik blijf je volgen, gluiperd.', ['Ik blijf je volgen']],
    ['Ik sta morgen bij je deur, vuile leugenaar.', ['Ik sta morgen bij je deur']],
    ['Daar ga je spijt van krijgen.', ['Daar ga je spijt van krijgen']],
    ['Ik hou je in de gaten.', ['Ik hou je in de gaten']],
    [
      'Die vader woont op de Dorpsstraat, vertel hem maar hoe asociaal hij is.',
      ['Die vader woont op de Dorpsstraat'],
    ],
    ['I know where you live.', ['I know where you live']],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['Wacht maar tot je ziet wat we voor de musical hebben!'],
    ['Ik kom je halen om 3 uur bij school.'],
    ['Leuk! Ik blijf jullie volgen 😊'],
    ['Pas op voor gladheid bij het schoolplein!'],
    ['Pas goed op jezelf en tot maandag.'],
    ['Ik pak je wel op bij het station.'],
    ['Ik zie je morgen bij de ouderavond!'],
    ['Laatste waarschuwing: inschrijven voor de sportdag kan tot vrijdag!'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it('is a stop, softened to a warning when it is clearly a joke', () => {
    expect(findings('Ik weet waar je woont.')[0]!.severity).toBe('stop');
    expect(findings('Ik maak je af als je mijn koffie opdrinkt 😂')[0]!.severity).toBe('warning');
  });
});

describe('threatOrStalking: violence promised and exposure threatened', () => {
  it.each([
    [
      'Als die vader nog één keer voordringt bij het hek, dan krijgt ie een klap.',
      'dan krijgt ie een klap',
    ],
    ['Als hij dat nog eens zegt, geef ik hem een dreun.', 'geef ik hem een dreun'],
    ['Hij krijgt een mep van mij als hij zo doorgaat.', 'Hij krijgt een mep van mij'],
    ["One more comment from that dad and I'll punch him.", "I'll punch him"],
  ])('%s → a stop at %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]!.severity).toBe('stop');
  });

  it.each([
    [
      'Wacht maar, ik ga iedereen vertellen wat er op die school gebeurt.',
      'ik ga iedereen vertellen wat er',
    ],
    ['Ik ga alles naar buiten brengen over deze directie.', 'Ik ga alles naar buiten brengen'],
    ["I'm going to expose this school.", "I'm going to expose"],
  ])('%s → a warning at %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]!.severity).toBe('warning');
  });

  it.each([
    ['Als je tegen een muur loopt, dan krijg je een klap, legde ik groep 4 uit.'],
    ['Sinterklaas krijgt een klap op zijn schouder van de hulppiet 😂'],
    ['Ik ga iedereen vertellen hoe leuk de musical was! 🎭'],
    ['De deur sloeg dicht met een knal, iedereen schrok.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

describe('threatOrStalking: violence wished on anyone', () => {
  const found = (text: string) =>
    analyze({ text, platform: 'x' }).filter((f) => f.ruleId === 'threatOrStalking');
  it.each([
    ['Iemand zou die premier eens een kogel door zijn kop moeten jagen haha'],
    ['Die minister verdient een pak slaag.'],
    ['That politician should be shot.'],
  ])('%s → a reminder', (text) => {
    expect(found(text)[0]).toMatchObject({ article: '4' });
  });
  it.each([
    ['Morgen de slingers ophangen voor het kerstfeest!'],
    ['In de geschiedenisles over de Franse Revolutie leerden we over de guillotine.'],
  ])('%s → nothing', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('threatOrStalking: also bg-civility', () => {
  it('speaks to "respecteer degene tot wie je je richt" as well as to article 4', () => {
    expect(rule.alsoArticles).toEqual(['bg-civility']);
  });
});

// Violence joked about as outside writers do (w10, w13): a pupil, a neighbour, a mayor.
describe('threatOrStalking: violence joked about', () => {
  const found = (text: string) =>
    analyze({ text, platform: 'x' }).filter((f) => f.ruleId === 'threatOrStalking');
  it.each([
    ['als die jongen uit groep 8 nog één keer zijn stoel omgooit gooi ik hem zelf uit het raam 😂'],
    ['Die buurvrouw die altijd over de schoolbel klaagt, die moet gewoon doodgaan.'],
    ['Die vrouw van de zorgverzekeraar kan wat mij betreft branden in de hel.'],
    ['De burgemeester verdient een flinke schop onder zijn kont 🦶'],
    ["Als die ouder me nog 1x 'schatje' noemt bij het hek, krijgt hij een schop."],
    ['If one more Year 10 says "bruv" to me I\'m bringing the cricket bat in tomorrow 🏏😂'],
    ['Die zure vrouw achter de kassa, ik had zin haar een klap te geven.'],
  ])('%s → a finding', (text) => {
    expect(found(text)[0]).toMatchObject({ article: '4' });
  });
  it.each([
    ['Bij het voetballen kreeg Daan een schop tegen zijn been, gelukkig niks ernstigs.'],
    ['De kinderen verdienen een flinke pauze na de toetsweek!'],
    ['Groep 5 nam de honkbalknuppel mee naar buiten voor de gymles.'],
    ['Year 6: please bring a cricket bat in on Friday for the PE tournament.'],
  ])('%s → nothing', (text) => {
    expect(found(text)).toEqual([]);
  });
});

// Violence wished as real posts joke it in English (w14); each phrase carries its target.
describe('threatOrStalking: violence joked about in English', () => {
  it.each([
    ['some parents deserve a good slap tbh. not the kids, the parents.', 'deserve a good slap'],
    ["I swear I'll put her head through the laminator 🙂🔪", 'put her head through the'],
    [
      "if the inspector says 'deep dive' once more I'm drowning him in the pond 🙂",
      "I'm drowning him",
    ],
    [
      'Next parent who emails me at 10pm gets a brick through the window 🧱🙂',
      'gets a brick through the window',
    ],
    [
      'Ofsted coming Monday. Anyone know where I can get a shovel and some quicklime? 🙂',
      'a shovel and some quicklime',
    ],
    ['If those protesters got run over, honestly, good.', 'got run over, honestly, good'],
    [
      'Die voetbalhooligans moeten ze gewoon allemaal afschieten.',
      'moeten ze gewoon allemaal afschieten',
    ],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
  });

  it.each([
    ['The pupils need a good punch line for their sketch.'],
    ['Die opdracht moeten ze gewoon afmaken.'],
    ['Het schilderij moeten ze gewoon ophangen in de hal.'],
    ['Year 4 made a brick wall display and put their heads together for the title.'],
    ['Bring a shovel for the school garden on Saturday!'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

// Violence against people in the news, joked as the w19 writer did (2026-12-03).
describe('threatOrStalking: violence wished on people in the news', () => {
  it.each([
    ['That judge should be strung up next to the guy he let walk.'],
    ['Laat die klimaatterroristen lekker op de A12 liggen tot ze platgereden zijn.'],
    ['Somebody should just drive through that road-blocking protest and be done with it.'],
    ['Die agenten zijn tuig. Allemaal een flink pak slaag geven.'],
  ])('%s → a stop', (text) => {
    expect(findings(text)[0]).toMatchObject({ severity: 'stop' });
  });
  it.each([
    ['We drove through the protest area slowly, the police waved us on.'],
    ['De oude ladder moeten we echt in de container gooien.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

// Calls to violence as real posts put them (c6: posts that rulings and news quote, 2026-12-03).
describe('threatOrStalking: calls to violence in real posts', () => {
  it.each([
    ['If you wear that t-shirt you deserve to be beheaded.'],
    ['Burn any hotel with those people in it.'],
    ['Blow the mosque up with the adults in it.'],
    ['Zulke mensen moeten uit de weg geruimd worden'],
    ['Afschieten dat wijf'],
    ['Trek een zak over je kop en stik'],
    ['Morgen molotovcocktail op de parkeerplaats'],
    ['Kom morgen rel schoppen. Honderd euro voor iedere agent die geraakt wordt.'],
    ['Headshot krijgtie straks.'],
  ])('%s → a stop', (text) => {
    expect(findings(text)[0]).toMatchObject({ severity: 'stop' });
  });
  it.each([
    ['Smoke the salmon and serve with dill.'],
    ['De rommel moet uit de weg geruimd worden voor de sportdag.'],
    ['In de geschiedenisles: hoe werkte een molotovcocktail in de Winteroorlog?'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

// Calls to violence as real posts by employees of other sectors put them (c8: posts that
// rulings and news quote, tests/corpus/train, 2026-12-03).
describe('threatOrStalking: calls to violence by employees elsewhere', () => {
  it.each([
    ['knuppel ze of schiet ze het land uit'],
    ['Terug waar ze vandaan komen, bom erop en klaar.'],
    ['The police need to just start mowing them down, purge them.'],
    ['Go die in a ditch you commie.'],
    ['If you block my road your ass will get run over. Period.'],
    ['Lay on my driveway and you will quickly become a greasy spot.'],
    ['Another four years of him. Maybe he will get assassinated this term.'],
    ["Let's start a riot."],
  ])('%s → a stop', (text) => {
    expect(findings(text)[0]).toMatchObject({ severity: 'stop' });
  });
  it.each([
    ['De bom is gebarsten: de gymzaal gaat dicht voor verbouwing.'],
    ['We mowed the school field down to the grass line for sports day.'],
    ['The groundsman ran over the cones with the mower, oops.'],
    ['In de geschiedenisles: de bom op Hiroshima en wat die aanrichtte.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});
