import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const findings = (text: string) =>
  analyze({ text, platform: 'facebook' }).filter((f) => f.ruleId === 'civilityContempt');
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

// Contempt for anyone, as in real posts that cost teachers their job: a trait said of people.
describe('civilityContempt: a damning trait said of people', () => {
  it.each([
    ['Sommige ouders hier zijn gewoon lui.', 'lui'],
    ['Die leraren die gaan staken zijn gewoon lui.', 'lui'],
    ['Ik hoor dat het burn-out is, maar volgens mij is ze gewoon lui 😂', 'lui'],
    ['Die gelovigen hier zijn allemaal achterlijk.', 'achterlijk'],
    ['Als ik op een dag de directeur ben, schop ik die luie conciërge eruit.', 'luie conciërge'],
    ['Ga eerst eens lesgeven, luie vetklep.', 'luie vetklep'],
    ['Politicians are stupid.', 'stupid'],
    ['The new caretaker is a lazy slob who smells like beer.', 'lazy slob'],
    ['All those Tory voters are brain-dead.', 'brain-dead'],
    ['Die luie leerlingen van mij doen ook nooit hun huiswerk.', 'luie leerlingen'],
  ])('%s → marks %s', (text, word) => {
    expect(marked(text)).toEqual([word]);
    expect(findings(text)[0]).toMatchObject({ article: 'bg-civility', severity: 'warning' });
  });

  it.each([
    ['Ik ben zo lui vandaag, lekker op de bank.'],
    ['We zijn lekker lui geweest in de vakantie ☀️'],
    ['Hoe motiveer je luie leerlingen? Vijf tips uit de praktijk.'],
    ['Dat was dom toeval.'],
    ['Het is dom om je wachtwoord te delen, leren we in groep 8.'],
    ['De kinderen zijn niet dom, ze hebben gewoon meer tijd nodig.'],
    ['De luie stoel in de leeshoek is weer bezet 📚'],
    ['In het boek is de reus lui en dom, en de kinderen lachen erom.'],
    ['"Luie leraren" bestaan niet: we werken gemiddeld 45 uur per week.'],
    ['I was so stupid to forget my keys again 🙈'],
    ['It is dumb luck that the sun came out for sports day.'],
    ['Ze zijn gek op voetbal in groep 6.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

// Harm wished on someone, also as a joke: a politician, a parent, a stranger.
describe('civilityContempt: harm wished on someone', () => {
  it.each([
    ["Ik hoop dat die drugsdealer bij de school ooit overreden wordt, met z'n scooter en al"],
    ["Die nieuwe Kamervoorzitter heeft zo'n irritante stem, ik hoop dat ze keelkanker krijgt"],
    ['Ik hoop dat die gast die mijn fiets jatte zijn nek breekt.'],
    ['Wat een snob, die nieuwe moeder. Ik hoop dat hij een keer tegen een boom knalt.'],
    ['I hope he gets hit by a bus.'],
    ['Hopefully that minister drops dead before the vote.'],
  ])('%s → harm', (text) => {
    expect(findings(text)[0]).toMatchObject({
      article: 'bg-civility',
      severity: 'warning',
      message: expect.stringContaining('iets ergs') as unknown,
    });
  });

  it.each([
    ['Ik hoop dat juf Anouk snel beter wordt!'],
    ['Hopelijk gaat de printer niet dood vandaag.'],
    ['In Minecraft hoop ik dat de zombie doodgaat.'],
    ['Dat verklaart een hoop, hij is gewoon moe.'],
    ['Ik hoop dat niemand meer kanker krijgt: doe mee met de sponsorloop!'],
    ['We hope our team killed it at the tournament today!'],
    ['Ik hoop dat de kinderen doodmoe en blij thuiskomen na de sportdag.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

describe('civilityContempt: the writer putting it right', () => {
  it('keeps an apology for an earlier post quiet', () => {
    expect(
      findings(
        'Gisteren schreef ik dat die ouders gewoon lui zijn. Dat was fout, mijn excuses; ik heb het bericht verwijderd.',
      ),
    ).toEqual([]);
  });
});

describe('civilityContempt: damning nouns said of people', () => {
  it.each([
    ['the parents at my school are absolute trash, nobody reads a newsletter', 'absolute trash'],
    ['Die lui van de voetbalclub zijn gewoon tuig.', 'tuig'],
  ])('%s → marks %s', (text, word) => {
    expect(marked(text)).toEqual([word]);
  });
  it.each([
    ['Recycle your trash, kids! Our class cleaned the park today.'],
    ['Het afval is trash, zeggen de kinderen in de Engelse les.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

describe('civilityContempt: harm wished in everyday words', () => {
  it.each([
    [
      'Hope that minister trips down the stairs of parliament tbh.',
      'Hope that minister trips down the stairs',
    ],
    [
      'Ik hoop dat iemand die minister eens flink op zijn bek slaat.',
      'hoop dat iemand die minister eens flink op zijn bek slaat',
    ],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
  });

  it.each([
    ['Careful in the dark, hope nobody trips down the stairs.'],
    ['We hope the pirate falls down the stairs in our play!'],
    ['Oops I fell down the stairs today, hope I am ok for PE.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

// Traits as real posts say them (w14): an adverb between ("basically feral"), a superlative
// of a person or a class ("de luiste persoon die ik ken").
describe('civilityContempt: traits with the words people put between', () => {
  it.each([
    ['The parents round here are basically feral. No wonder.', 'feral'],
    ['Those parents are evil.', 'evil'],
    ['Mijn teamleider is de luiste persoon die ik ken.', 'de luiste persoon'],
    ['Mijn leerlingen zijn echt de domste generatie ooit.', 'de domste generatie'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
  });

  it.each([
    ['The cats round school are basically feral.'],
    ['The villain in our play is evil!'],
    ['Wie is de domste persoon in het sprookje? De reus!'],
    ['Applying for a flat as a teacher is hopeless. Something is broken.'],
    ["I'm hopeless at maths lol"],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

// A teacher's reply that runs down a parent's child or upbringing (w14).
describe('civilityContempt: a reply running down a parent', () => {
  it.each([
    ['@Karen Whitfield your son is a bully and you raised him.', 'your son is a bully and'],
    ["@Tammy R. I have 32 kids. Your kid isn't special.", "Your kid isn't special"],
    [
      "@JayneB_mum you are the definition of an entitled parent and it's exhausting",
      'the definition of an entitled parent',
    ],
    [
      '@Yvonne Kok Misschien moet u thuis eens nee leren zeggen.',
      'moet u thuis eens nee leren zeggen',
    ],
    [
      '@Lotte Smits Uw dochter is zelf ook geen lieverdje hoor.',
      'Uw dochter is zelf ook geen lieverdje',
    ],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
  });

  it.each([
    ['Your son is the problem solver of the class, so proud!'],
    ['Your child is special to us.'],
    ['Uw zoon is het probleem niet, dat weet ik zeker.'],
    ['Your daughter was a bully victim last year; we are on it.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

// Harm cheered once it happened: staff were dismissed for posts like these after a public
// figure was attacked or killed (the issue "Judge like a careful colleague").
describe('civilityContempt: harm cheered or shrugged at', () => {
  it.each([
    ['He got shot at a rally? Good riddance.', 'Good riddance'],
    ['Honestly he had it coming.', 'had it coming'],
    ['Net goed, die wethouder is eindelijk opgepakt.', 'Net goed'],
    ['Jammer dat de schutter gemist heeft.', 'Jammer dat de schutter gemist'],
    ['Zero sympathy. He spent years stirring up hate and now he is dead.', 'Zero sympathy'],
    ["Arrested for fraud? Couldn't happen to a nicer guy 🙃", "Couldn't happen to a nicer guy"],
    ['Die man is dood. Ik ga er geen traan om laten.', 'geen traan om laten'],
    ['Press baron dead at 91. 🥳🍾', 'dead at 91. 🥳🍾'],
    ['one less pig in the world. fine by me', 'one less pig in the world'],
    // c8 (real posts quoted by rulings, 2026-12-03): a death toll cheered.
    [
      'Jammer dat er maar 29 doden zijn, hadden er veel meer mogen zijn.',
      'hadden er veel meer mogen zijn',
    ],
  ])('%s → marks %s', (text, word) => {
    expect(marked(text)).toEqual([word]);
    expect(findings(text)[0]).toMatchObject({
      article: 'bg-civility',
      severity: 'warning',
      message: expect.stringContaining('toe of haalt je schouders op') as unknown,
    });
  });

  it.each([
    ['Opgeruimd staat netjes! De oude kasten zijn eindelijk weg.'],
    ['Net goed gespeeld jongens, volgende week weer!'],
    ['Good riddance to this week, bring on the holidays 🎉'],
    ['Karma yoga in de gymzaal vandaag, heerlijk ontspannen.'],
    ['No thoughts, just vibes. Friday!'],
    ['Eigen schuld, ik had mijn paraplu moeten meenemen ☔'],
    ['Better luck next time, team! We lost 3-2 but played well.'],
    ['Het is verschrikkelijk dat hij is neergeschoten. Geweld is nooit het antwoord.'],
    ['Jammer dat ze hem gemist hebben bij de uitreiking, hij was ziek.'],
    ['"Good riddance," zei de heks in het verhaal, en de prins was dood.'],
    ['Juf Anne is 40 geworden! 🥳🍾'],
    ['Er vielen drie doden. Er hadden er veel meer kunnen zijn als de brandweer er niet was.'],
    ['Opa is vorig jaar overleden. Vandaag wordt oma 90, met taart en slingers! 🥳'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });

  it('a reply under the news needs no person of its own', () => {
    const text = "couldn't happen to a nicer guy tbh";
    const reply = analyze({ text, platform: 'x', isReply: true });
    expect(reply.filter((f) => f.ruleId === 'civilityContempt')).toHaveLength(1);
  });

  it('asks for an attack to be finished: "somebody needs to finish the job"', () => {
    const text = 'Somebody needs to finish the job next time.';
    expect(
      analyze({ text, platform: 'x' }).some(
        (f) => f.article === 'bg-civility' || f.article === '4',
      ),
    ).toBe(true);
  });
});
