import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const marked = (text: string) =>
  analyze({ text, platform: 'x' })
    .filter((f) => f.ruleId === 'insult')
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('insult', () => {
  it.each([
    ['Die juf is een sukkel.', ['sukkel']],
    ['Wat een idioot, die vader.', ['idioot']],
    ['Jij stomme koe!', ['koe']],
    ['Sukkel!', ['Sukkel']],
    ['Je bent echt een debiel.', ['debiel']],
    ['Die kankerouders ook altijd.', ['kankerouders']],
    ['Wat een tering-wijf bij het hek.', ['tering-wijf']],
    ['Die eikel van een vader parkeert altijd op de stoep.', ['eikel']],
    ['Wat een eikel! Hij parkeert altijd voor de poort.', ['eikel']],
    ['Wat een dombo ben jij.', ['dombo']],
    // Words the outside writers' insults use (tests/corpus/train, 2026-12-03).
    ['De voorzitter van die club is een psychopaat.', ['psychopaat']],
    ['Wie morgen niet meestaakt is gewoon een verrader.', ['verrader']],
    ['My principal is a lying snake and everyone knows it.', ['snake']],
    ['Die moeder is een paranoïde heks.', ['heks']],
    ['Senator Holloway is a spineless rat.', ['rat']],
    ['Wat een stom wijf is die receptioniste.', ['wijf']],
    ['Die hufters van groep 8 ook.', ['hufters']],
    ['Stelletje idioten in de MR.', ['idioten']],
    ['Wat een mongool, die vader.', ['mongool']],
    ['De nieuwe directeur is een 🤡', ['🤡']],
    ['Die ouders zijn echt losers.', ['losers']],
    ['That teacher is a complete moron.', ['moron']],
    ['Die ib-er is gewoon een kl00tzak', ['kl00tzak']],
    // Insults outside writers used (a person or a group of people called it).
    ['Wat een zeur ben je ook altijd 🙄', ['zeur']],
    ['Wat een wappie ben jij zeg.', ['wappie']],
    ['Die actiegroep bestaat uit een stel betweters met te veel vrije tijd.', ['betweters']],
    ['Die ene van het vijfde leerjaar is een echte onnozelaar.', ['onnozelaar']],
    ['de nieuwe IB-er is echt een arrogante tut', ['tut']],
    ['Onze directeur is een gladde slang.', ['slang']],
    ['our school board is a bunch of clowns 🤡', ['clowns']],
    ['Onze conciërge is a total pig.', ['pig']],
    ['He is such a spoiled brat, with a diagnosis.', ['brat']],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['We zochten eikels in het bos met groep 3.'],
    // The same words as things, animals or a job.
    ['De zaag ligt in de techniekkast, gebruik hem alleen met de juf.'],
    ['Groep 4 bouwde een hok voor de kippen en een bunch of flowers for mum.'],
    ['We zagen een worm en een slang in de schooltuin.'],
    ['Peppa Pig is favourite in groep 1, the pig and her brother.'],
    ['Wat een gezeur over het weer, zeg! Gewoon een jas aan.'],
    ['Dit is een eikel, gevonden in het bos.'],
    ['We kijken vandaag Dombo in groep 1.'],
    ['De clown op het schoolfeest was geweldig.'],
    ['Groep 2 speelt de ezel in het kerstspel.'],
    ['Juf Anouk is een heks vandaag, het is Halloween! 🎃'],
    ['Ik ben zo’n sukkel, mijn sleutels vergeten.'],
    ['Wat ben ik een sukkel vandaag 🙈'],
    ['Pinokkio is een leugenaar, lazen we in groep 4.'],
    ['Wat een idioot idee van mij om in de regen te fietsen.'],
    ['Hij is geen sukkel, hij heeft gewoon pech.'],
    ['Ik sukkel al weken met mijn knie.'],
    ['Daan is een goede eter.'],
    ['Een zak chips voor de klas.'],
    ['Carnaval! 🤡🎉'],
    // The same words as a pet, a story or a classroom animal.
    ['In het verhaal is de verrader een rat die alles verklapt.'],
    ['The snake in our classroom tank shed its skin today!'],
    ['Onze klassenrat heet Snuffie en groep 3 is dol op hem.'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it('is a stop under article 4', () => {
    const [f] = analyze({ text: 'Die juf is een sukkel.', platform: 'x' }).filter(
      (x) => x.ruleId === 'insult',
    );
    expect(f).toMatchObject({ severity: 'stop', article: '4' });
  });
});

// Slander of anyone, as in real cases: a minister called a war criminal.
describe('insult: slander of anyone', () => {
  const found = (text: string) =>
    analyze({ text, platform: 'x' }).filter((f) => f.ruleId === 'insult');
  it.each([
    ['Minister Jansen is gewoon een oorlogsmisdadiger.', 'oorlogsmisdadiger'],
    ['Die wethouder is echt corrupt, iedereen weet het.', 'corrupt'],
    ['De premier is een leugenaar en een fraudeur.', 'leugenaar'],
    ['Die corrupte wethouder moet gewoon weg.', 'corrupte'],
    ['The prime minister is a war criminal.', 'war criminal'],
  ])('%s → %s', (text, word) => {
    const f = found(text);
    expect(f.map((x) => text.slice(x.span!.start, x.span!.end))).toContain(word);
    expect(f[0]).toMatchObject({ article: '4', severity: 'stop' });
  });

  it.each([
    ['Hij is geen crimineel, hij heeft een fout gemaakt.'],
    ['In de geschiedenisles leerden we dat Hitler een oorlogsmisdadiger was.'],
    ['We lazen een boek over een dief die een fiets steelt.'],
    ['De politie heeft de dief van de fietsen opgepakt.'],
    ['Ik ben een crimineel slechte kok, haha.'],
  ])('%s → nothing', (text) => {
    expect(found(text)).toEqual([]);
  });
});

// Slander in the forms real posts use: a name that opens the sentence, plurals, "stelletje".
describe('insult: slander in more forms, also bg-civility', () => {
  const found = (text: string) => analyze({ text, platform: 'x' });
  it.each([
    ['Rutte is een oorlogsmisdadiger.', 'oorlogsmisdadiger'],
    ['Rutte is a war criminal.', 'war criminal'],
    ["Die lui van de PVV, stelletje nazi's.", "nazi's"],
    ['Die invaller spreekt zelf geen woord Engels. What a fraud 😂', 'fraud'],
    ['those politicians are all criminals', 'criminals'],
    ['Trump is a liar and a crook.', 'liar'],
    ["he's a moron", 'moron'],
    ['Wat een flapdrol die tv-kok.', 'flapdrol'],
  ])('%s → %s', (text, word) => {
    const f = found(text);
    const insult = f.filter((x) => x.ruleId === 'insult');
    expect(insult.map((x) => text.slice(x.span!.start, x.span!.end))).toContain(word);
    expect(f.some((x) => x.article === 'bg-civility')).toBe(true);
  });

  it.each([
    ['De rechter vond hem schuldig: hij is een crimineel, zegt het vonnis.'],
    ['Vandaag over oorlogsmisdadigers in de Tweede Wereldoorlog.'],
    ['Wat een held, die brandweerman!'],
    ['Dit is een boek over een oplichter die de koning bedriegt.'],
    ['Rutte is een ervaren politicus, zei de docent maatschappijleer.'],
  ])('%s → nothing', (text) => {
    expect(found(text).filter((x) => x.ruleId === 'insult')).toEqual([]);
  });
});

describe('insult: words that are also things', () => {
  const found = (text: string) =>
    analyze({ text, platform: 'x' }).filter((f) => f.ruleId === 'insult');
  it.each([
    ['My classroom door is now covered in snowflakes cut by 24 enthusiastic scissor hands.'],
  ])('%s → nothing', (text) => {
    expect(found(text)).toEqual([]);
  });
  it('still hears "you snowflake"', () => {
    expect(found('Oh grow up, you snowflake.')).not.toEqual([]);
  });
});

describe('insult: a clown', () => {
  const found = (text: string) =>
    analyze({ text, platform: 'x' }).filter((f) => f.ruleId === 'insult');
  it('"Wat een clown" about a minister', () => {
    expect(
      found('Deze minister heeft nog nooit een klaslokaal van binnen gezien. Wat een clown.'),
    ).not.toEqual([]);
  });
  it.each([
    ['Vandaag kwam er een clown op bezoek in groep 2!'],
    ['Met carnaval was juf Mieke een clown 🤡'],
  ])('%s → nothing', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('insult: more nouns and adjectives from outside writers (w13)', () => {
  const found = (text: string) =>
    analyze({ text, platform: 'x' }).filter((f) => f.ruleId === 'insult');
  it.each([
    ['the new PE teacher is a useless lump, spent the whole cover lesson on his phone'],
    ['Councillor Brack is a lying little weasel.'],
    ['honestly every evangelical parent at our school is a brainwashed nutjob.'],
    ['die burgemeester van ons dorp is ne corrupte zak en iedereen weet het'],
  ])('%s → an insult', (text) => {
    expect(found(text)).not.toEqual([]);
  });
  it.each([
    ['The kids made a lump of clay into a dragon.'],
    ['We saw a weasel on our nature walk with year 3!'],
    ['Our goblin costume won the Halloween parade.'],
  ])('%s → nothing', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('insult: the writer putting an earlier post right', () => {
  it.each([
    ['Yesterday I wrote that the mayor is a moron. I apologise, I have deleted the post.'],
    [
      'Gisteren schreef ik dat minister Jansen een oorlogsmisdadiger is. Dat was fout, mijn excuses; ik heb het bericht verwijderd.',
    ],
  ])('%s → no civility reminder', (text) => {
    const f = analyze({ text, platform: 'x' });
    expect(f.filter((x) => x.ruleId === 'insult' || x.article === 'bg-civility')).toEqual([]);
  });
});

describe('insult: "racisten" called of people', () => {
  const found = (text: string) =>
    analyze({ text, platform: 'x' }).filter((f) => f.ruleId === 'insult');
  it('a group called racists', () => {
    expect(
      found('Die lui die tegen de komst van het AZC in onze wijk zijn, zijn gewoon racisten.'),
    ).not.toEqual([]);
  });
  it.each([
    ['Wij zijn geen racisten, wij zijn een school voor iedereen.'],
    ['In groep 8 praten we over racisme: wat doe je als iemand racist wordt genoemd?'],
    ['Racisten horen niet thuis op ons schoolplein, daarom doen we mee aan de Week tegen Racisme.'],
  ])('%s → nothing', (text) => {
    expect(found(text)).toEqual([]);
  });
});

// Slander as real posts say it of a minister, a CEO or a presenter (w14): a label after a
// copula with the adjectives people put between ("a literal nazi", "ne gewone oplichter").
describe('insult: slander with the words people put between', () => {
  it.each([
    ['the PM is a spineless grifter who should be locked up. vile man.', ['grifter']],
    ["That TV presenter banging on about 'woke schools' is a literal nazi.", ['nazi']],
    ['Die minister van Onderwijs is ne gewone oplichter.', ['oplichter']],
    ['Het schoolbestuur is een stelletje zakkenvullers.', ['zakkenvullers']],
    ['Als directeur zeg ik: die partij is een bende racisten.', ['racisten']],
    ['Die talkshowhost is een walgelijke, dikke racist.', ['racist']],
    ['That Telegraph journalist is a pathetic hack.', ['pathetic hack']],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['In biology: a tapeworm is a parasite that lives in the gut.'],
    ['The thief in our class play is a total crook, the kids loved it.'],
    ['Het schoolbestuur heeft de oplichter bij de kascommissie ontmaskerd.'],
    ['Zoek je eigen mok, collega! ☕'],
    ['Great hack for marking: colour-coded pens.'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
});
