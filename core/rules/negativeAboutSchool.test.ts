import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { musselhorstPolicyInput } from '../policy/musselhorst';
import { PolicySchema } from '../policy/schema';

const marked = (text: string, isReply = false) =>
  analyze({ text, platform: 'facebook', isReply })
    .filter((f) => f.ruleId === 'negativeAboutSchool')
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('negativeAboutSchool', () => {
  it.each([
    ['De ouderavond gisteren was echt chaos. Niemand wist waar we moesten zijn.', ['chaos']],
    ['Wat een waardeloze organisatie van de kerstviering dit jaar', ['waardeloze']],
    [
      'Die nieuwe directeur heeft werkelijk geen idee wat er speelt.',
      ['heeft werkelijk geen idee'],
    ],
    ['De communicatie vanuit school is echt slecht.', ['slecht']],
    ['Sommige ouders snappen er echt niks van.', ['snappen er echt niks van']],
    ['De MR is een lachertje.', ['een lachertje']],
    ['Ik erger me dood aan de collega’s die nooit koffie zetten.', ['erger me dood']],
    ['Ik ben het zat met die ouders die altijd te laat zijn.', ['ben het zat']],
    ['Wéér een studiedag. Belachelijk 🙄', ['Belachelijk 🙄']],
    ['Weer een kutstudiedag', ['kutstudiedag']],
    [
      'Ik vind het nieuwe rekenbeleid van onze school niet goed doordacht.',
      ['niet goed doordacht'],
    ],
    ['De sfeer in ons team is al weken niet goed.', ['niet goed']],
    ['Die ouders bij ons op school zijn echt k*t.', ['k*t']],
    ['Nog nooit zo’n chaos gezien als bij de ouderavond.', ['chaos']],
    ['Wat een BELACHELIJKE studiedag', ['BELACHELIJKE']],
    ['Het bestuur wil het er gewoon doorheen drukken.', ['er gewoon doorheen drukken']],
    ['Our school’s new policy is ridiculous.', ['ridiculous']],
    ['Some parents at our school are honestly the worst.', ['are honestly the worst']],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    [
      'Mijn collega in groep 3 liet vanochtend de hele klas brullen van het lachen met een poppenkast.',
    ],
    [
      'This week our parents council handed over. They organised a ridiculous number of cake sales for the school.',
    ],
    ['De ouderavond was niet slecht!'], // litotes
    ['Slecht weer, dus de sportdag op school gaat niet door.'],
    ['Het weer was slecht, maar de sportdag op school was top.'],
    ['Helaas slecht nieuws: juf Anouk gaat ons verlaten.'],
    ['Tips voor leerlingen die slecht kunnen lezen.'],
    ['De kinderen van groep 5 hebben slecht geslapen op kamp.'],
    ['Pesten op school is asociaal en dat accepteren we niet.'],
    ['Het was een gezellige chaos bij de kerstviering 😄'],
    ['Belachelijk leuk was de sportdag met groep 6!'],
    ['Ik vind het belachelijk dat leraren zo weinig verdienen.'], // sector: article 2
    ['Groep 7 leerde over de watersnood: wat een ramp was dat.'],
    ['Het is verschrikkelijk dat juf Anouk ziek is.'],
    ['Zo dom van mij, mijn tas op school laten liggen.'],
    ['Wat een kutweer, gelukkig is het op school gezellig.'],
    ['Het zat er weer op: de sportdag!'],
    ['Dat een slechte dag niet betekent dat je een slechte juf bent.'],
    ['Het is onmogelijk om alle ouders op één avond te spreken.'],
    ['Lezen met groep 4 is echt niet saai!'],
    ['Bedankt aan alle ouders voor de hulp bij de sportdag!'],
    ['Wat een belachelijk mooie musical van groep 8!'],
    ['The worst part of the school trip? Saying goodbye to the goats 😂'],
    ['Ik vond het boek echt waardeloos, maar groep 7 vond het geweldig.'],
    ['Veel kinderen vinden rekenen saai. Drie tips om het leuk te maken!'],
    ['Vandaag leerden we in groep 5 dat roken slecht is voor je longen.'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it('is stricter in a reply: weak words and addressed strong words count', () => {
    expect(marked('Wat is dit slecht van de school.', true)).toEqual(['slecht']);
    expect(marked('Wat is dit slecht van de school.')).toEqual(['slecht']);
    expect(marked('Dat is echt belachelijk van u.', true)).toEqual(['belachelijk']);
    expect(marked('Dat is echt belachelijk van u.')).toEqual([]);
    expect(marked('De kinderen waren chaotisch en de school ook.', true)).toEqual(['chaotisch']);
  });

  it('warns once per sentence, as a warning', () => {
    const findings = analyze({
      text: 'Belachelijk en schandalig, die studiedag.',
      platform: 'x',
    }).filter((f) => f.ruleId === 'negativeAboutSchool');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.article).toBe('4');
  });

  it("takes extra words from the school's policy pack", () => {
    const policy = PolicySchema.parse({
      ...musselhorstPolicyInput,
      lexicons: { negativeWords: ['knudde'] },
    });
    const text = 'De ouderavond was knudde.';
    expect(marked(text)).toEqual([]);
    const findings = analyze({ text, platform: 'x' }, { policy });
    expect(findings.filter((f) => f.ruleId === 'negativeAboutSchool')).toHaveLength(1);
  });
});

describe("negativeAboutSchool: hating one's work, contempt for parents", () => {
  it.each([
    [
      'Na een paar biertjes: ik haat mijn werk en die hele school kan me gestolen worden.',
      'ik haat mijn werk',
    ],
    ['Die hele tent kan de pot op, ik ben klaar met deze school.', 'kan de pot op'],
    ['I hate my job, this school is a disgrace.', 'hate my job'],
    [
      'Weer 5 kids erbij. Die ouders moeten maar eens integreren ipv alles op de school af te schuiven.',
      'moeten maar eens integreren',
    ],
  ])('%s → marks %s', (text, expected) => {
    // The mark starts at these words and covers the negative words after them.
    const marks = marked(text);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.startsWith(expected)).toBe(true);
  });

  it.each([
    ['Ik haat het om afscheid te nemen van groep 8 😢'],
    ['Ik heb een hekel aan spinnen, maar groep 3 vond de spinnenles prachtig.'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
});
describe('negativeAboutSchool: calling people mad', () => {
  it('"zijn echt gestoord" about parents', () => {
    expect(marked('Die ouders van groep 3 zijn echt gestoord.')).toEqual(['echt gestoord']);
  });
  it('"gestoorde nachtrust" is sleep', () => {
    expect(
      marked('Gestoorde nachtrust door de storm, dus extra koffie mee naar school ☕'),
    ).toEqual([]);
  });
});

describe('negativeAboutSchool: the mark covers the negative words about the target', () => {
  it('from the first to the last negative word of the sentence', () => {
    const text = 'De directie is echt incompetent en totaal ongeïnteresseerd, belachelijk gewoon.';
    const [f] = analyze({ text, platform: 'x' }).filter((x) => x.ruleId === 'negativeAboutSchool');
    expect(text.slice(f!.span!.start, f!.span!.end)).toBe(
      'incompetent en totaal ongeïnteresseerd, belachelijk',
    );
  });
});
