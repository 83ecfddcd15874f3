import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const marked = (text: string) =>
  analyze({ text, platform: 'x' })
    .filter((f) => f.ruleId === 'contemptForPupils')
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('contemptForPupils', () => {
  it.each([
    // Compared with criminals or animals (as real posts that cost teachers their job did).
    [
      'Mijn leerlingen worden later toch allemaal criminelen, daar kan ik op wachten.',
      ['criminelen'],
    ],
    ['Mijn klas gedraagt zich als een stel beesten vandaag.', ['beesten']],
    ['Groep 7 is echt een apenkooi vandaag.', ['apenkooi']],
    ['Dierentuin hier vandaag, die kinderen luisteren echt nergens naar.', ['Dierentuin hier']],
    ['My students are animals.', ['animals']],
    ['Half my class are future criminals, honestly.', ['future criminals']],
    ['Deze kinderen zijn net apen, ze klimmen overal op.', ['apen']],
    ['Die jongen uit groep 6 is echt achterlijk.', ['achterlijk']],
    ['Die kinderen gaan later toch niks worden.', ['gaan later toch niks worden']],
    // Mocked for their name, a diagnosis or an accommodation.
    ['Hoe verzin je het om je kind zo te noemen 🙄 arme meid in mijn klas', ['Hoe verzin je het']],
    ['Wie noemt zijn kind nou Chanel-Ruby?', ['Wie noemt zijn kind']],
    ['Weer een kind met een zogenaamde ADHD in mijn groep.', ['zogenaamde ADHD']],
    [
      "Weer een 'dyslexieverklaring' erbij in groep 5. Lekker makkelijk zo 🙄",
      ['dyslexieverklaring'],
    ],
    [
      'Tegenwoordig heeft elk kind wel een label, ook in mijn klas.',
      ['Tegenwoordig heeft elk kind wel een label'],
    ],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it('is a warning under article 4 with the leidinggevende to contact', () => {
    const f = analyze({ text: 'My students are animals.', platform: 'x' }).find(
      (x) => x.ruleId === 'contemptForPupils',
    );
    expect(f).toMatchObject({ article: '4', severity: 'warning', action: 'contact' });
  });

  it.each([
    // Lessons, trips and worries: the same words, no contempt.
    ['Groep 3 leert deze week over dieren in de dierentuin.'],
    [
      'Is er iets mis met de website? Ja, we werken eraan. Excuus voor het ongemak, ouders van groep 3.',
    ],
    ['Morgen gaat groep 4 naar de dierentuin, vergeet de lunch niet!'],
    ['Mijn leerlingen zijn geen criminelen, ook al denkt de buurt dat.'],
    ['In groep 6 spelen we boeven en agenten op het schoolplein.'],
    ['We lazen een boek over een dief; de kinderen vonden het spannend.'],
    ['Kinderen met dyslexie krijgen bij ons extra tijd bij toetsen.'],
    ['Wat een mooie naam heeft ons nieuwe klassenknuffeltje!'],
    ['De leerlingen van groep 8 speelden dieren in de musical.'],
    ['My students are amazing, they raised 300 euros for charity.'],
  ])('%s → nothing', (text) => {
    expect(marked(text)).toEqual([]);
  });
});

describe('contemptForPupils: written off as future criminals or claimants', () => {
  it.each([
    ['Mijn gr 7 is een stel criminelen in de dop. 3 telefoons gejat in 1 week 🙄', 'criminelen'],
    ['year 10 set 4 are basically a gang in training', 'a gang in training'],
    ['Half my group 8 are basically feral animals 🐒', 'feral animals'],
    ['Mijn leerlingen worden later toch allemaal uitkeringstrekkers.', 'uitkeringstrekkers'],
  ])('%s → marks %s', (text, word) => {
    expect(marked(text)).toEqual([word]);
  });
  it.each([
    ['In groep 8 leren we over criminaliteit: hoe worden jongeren criminelen in de dop?'],
    ['Mijn leerlingen zijn geen criminelen in de dop, ze zijn twaalf.'],
    ['Year 10 set 4 did a brilliant job on their gang violence project.'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
});

describe('contemptForPupils: "a future criminal"', () => {
  it('every kid from an estate called a future criminal', () => {
    expect(
      marked('every kid from the Beechwood estate is a future criminal, I can tell within a week.'),
    ).toEqual(['a future criminal']);
  });
  it('a kid who wants to be a doctor in the future stays quiet', () => {
    expect(
      marked('Every kid in year 6 wrote about their future: a doctor, a chef, a vet.'),
    ).toEqual([]);
  });
});

// Decided: "our little monsters" said fondly (or in a play) stays quiet; "my students are monsters" does not.
describe('contemptForPupils: monsters, fond or not, and disability labels', () => {
  it.each([
    ["My students are monsters, I can't wait for the holidays.", 'monsters'],
    ['the sped kids in my cover class were absolutely mental today', 'sped kids'],
    [
      "Vandaag met de stotteraar uit mijn klas een spreekbeurt geoefend. 'H-h-h-hallo' haha",
      'de stotteraar uit mijn klas',
    ],
  ])('%s → marks %s', (text, word) => {
    expect(marked(text)).toEqual([word]);
  });
  it.each([
    ['Trots op onze kleine monstertjes, wat een mooie kerstmusical! ❤️'],
    ['Our little monsters did so well at sports day today, so proud! 💛'],
    ['Mijn klas zijn echte monsters in het Halloween-toneelstuk 🎃'],
    ['In groep 5 lezen we over monsters onder het bed.'],
    ['my kids are little monsters today... in the school play, they ARE the monsters 👹😂'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
});

describe('contemptForPupils: the writer as keeper of criminals, and a colon for the verb', () => {
  it.each([
    [
      "I'm not a teacher, I'm a babysitter for future inmates.",
      "I'm not a teacher, I'm a babysitter",
    ],
    ['Ik ben geen juf, ik ben een cipier.', 'ik ben geen juf, ik ben een cipier'],
    ['Pictured: the future unemployed of America 😴😂', 'the future unemployed of America'],
    ['Mijn klas van dit jaar: toekomstige criminelen allemaal.', 'toekomstige criminelen'],
  ])('%s → marks %s', (text, word) => {
    expect(marked(text).map((m) => m.toLowerCase())).toEqual([word.toLowerCase()]);
  });
  it.each([
    ['Vandaag was ik oppas voor de kleuters van groep 1, wat een feest!'],
    ['Our class visited the prison museum and met a former warden.'],
    ['The future scientists of America, hard at work on their volcanoes 🌋'],
    ['Mijn klas: toekomstige wereldverbeteraars, echt trots op ze.'],
    ['In de les: wat doen criminelen en waarom? Een gastles van de wijkagent.'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
});
