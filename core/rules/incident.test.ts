import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const findings = (text: string) =>
  analyze({ text, platform: 'facebook' }).filter((f) => f.ruleId === 'incident');
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('incident', () => {
  it.each([
    [
      'Vandaag een flinke vechtpartij op het schoolplein tussen twee jongens uit groep 7.',
      'vechtpartij',
    ],
    ['Een leerling uit groep 5 wordt al weken gepest in de klas.', 'wordt al weken gepest'],
    ['Vanochtend is er een kind uit groep 2 weggelopen van school.', 'weggelopen'],
    ['Ambulance op het plein vandaag, meisje uit groep 4 van het klimrek gevallen.', 'Ambulance'],
    ['Gisteren twee jongens uit groep 8 betrapt op het stelen van een telefoon.', 'betrapt'],
    ['Sem uit groep 6 is vanmiddag geschopt door een oudere leerling.', 'geschopt'],
    [
      'Ruzie tussen twee ouders bij het hek vanochtend, de kinderen stonden erbij te huilen.',
      'Ruzie',
    ],
    ['Er is vandaag een leerling gewond geraakt tijdens de gymles.', 'gewond geraakt'],
    ['Een meisje uit mijn groep wordt in de groepsapp uitgescholden.', 'uitgescholden'],
    ['Politie bij school vanwege een incident met een leerling uit groep 8.', 'Politie'],
    [
      'Er liep een leerling weg tijdens de gymles, gelukkig snel gevonden.',
      'liep een leerling weg',
    ],
    ['Mijn leerling Daan wordt al maanden gepest door klasgenoten.', 'wordt al maanden gepest'],
    ['A little one from group 2 ran away from school this morning.', 'ran away'],
    ['A pupil in my class was bullied online and the police got involved.', 'bullied'],
    // A named child stays an incident, also when the parents were told.
    [
      'Luuk heeft vandaag op de BSO weer een kind gebeten. Ouders zijn ingelicht maar pff.',
      'gebeten',
    ],
    ['Vandaag een vechtpartij op het schoolplein tussen twee jongens uit groep 7.', 'vechtpartij'],
    ['Een jongen uit groep 8 is vandaag bij het hek met een mes in zijn arm gestoken.', 'gestoken'],
    ['Vandaag heeft een leerling uit mijn klas een telefoon proberen te stelen.', 'stelen'],
    ['Vandaag betrapte ik hem in groep 8 op stelen uit de jassen.', 'stelen'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    // Shown as confidential (art. 3): what happens to a pupil is theirs and their parents' to
    // share; it also speaks to art. 9 and the privacy of others.
    expect(findings(text)[0]).toMatchObject({ severity: 'warning', article: '3' });
  });

  it.each([
    ['Week tegen Pesten: elke groep maakt een eigen klassenregel.'],
    ['Ons pestprotocol is vernieuwd en staat op de website.'],
    ['Kanjertraining vandaag: wat doe je als iemand je uitlacht?'],
    ['De wijkagent kwam vandaag in groep 6 vertellen over zijn werk.'],
    ['Ontruimingsoefening vanochtend: in drie minuten stond iedereen buiten.'],
    ['We lezen Dolfje Weerwolfje in groep 5. Vandaag werd Dolfje gepest door Timo en Tommie.'],
    ['Het verhaal gaat over een meisje dat wordt gepest. Mooi boek voor groep 7!'],
    ['Gisteren hebben we in groep 6 gepraat over pesten en wat je doet als je gepest wordt.'],
    ['Vandaag een EHBO-les voor groep 8: wat doe je bij een ongeluk?'],
    ['De ambulance kwam vandaag op bezoek bij groep 1!'],
    ['Groep 8 heeft vandaag de show gestolen met hun musical! 👏'],
    ['Gelukkig geen ongelukken tijdens het schoolkamp, iedereen is weer thuis.'],
    ['Gelukkig geen incidenten vandaag bij de sportdag van groep 5.'],
    ['Er is ingebroken in de gymzaal, de politie doet onderzoek.'],
    // The school telling how it handled it, jokes and look-alikes (outside writers, 2026-12).
    ['Er is vandaag een kind gevallen van het klimrek. Het kind is nagekeken en het gaat goed.'],
    ['Naar aanleiding van een incident op school hebben we de betrokken ouders geïnformeerd.'],
    ['Er circuleert een filmpje van een ruzie op het schoolplein. We pakken het intern op.'],
    ['De sneeuw is er! Alle kinderen buiten, snowball fight met de juf ❄️'],
    ['Nu spelen de kinderen van groep 6 vandaag partijen tegen elkaar, zonder ruzie.'],
    ['Vandaag een oud-leerling tegengekomen die nu bij de politie werkt. Ik smelt 🥹'],
    ['Ik heb vandaag een ruzie tussen twee leerlingen opgelost met steen-papier-schaar.'],
    // Idioms, a visit, advice and a generic case (tests/corpus/train clean drafts, 2026-12-03).
    ['Wat een leuke leeshoek in groep 3! Ik kom hem vandaag stelen voor mijn kleuters.'],
    ['Ezelsbruggetje van een leerling uit groep 7 vandaag. Ik ga het stelen 😂'],
    ['Laatste dag van de zeeklassen: de kinderen hebben vandaag alles in de valies gestoken.'],
    ['Veel tijd gestoken in de klas vandaag: groep 4 heeft een nieuwe leeshoek.'],
    ['Vandaag een dag mee geweest met de wijkagent. Mooi hoe zij kinderen leren fietsen.'],
    ['Glas op het schoolplein vanochtend opgeruimd. Ziet u iets? Bel gerust de wijkagent.'],
    ['Our community police officer visited Year 3 today and every child tried on the hat.'],
    ['Deze maand in groep 6: groepsapps en wat je doet als je gepest wordt.'],
    [
      'Wij distantiëren ons van pestgedrag. Wordt er toch gepest in de klas? Dan pakken we dat aan.',
    ],
    ['Kinderen die gepest worden in de klas kunnen op school altijd op steun rekenen.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

// The school telling with care (art. 9): support offered, "the children are safe, please don't
// speculate", a memorial walk (w19, w20 clean drafts). A named child stays an incident.
describe('incident: told with care', () => {
  it.each([
    [
      'Some of our students were at the mall yesterday during the incident. Counsellors are in the library all day. Please reach out.',
    ],
    [
      'There are rumours about an incident near school. The children are safe. Please do not speculate online.',
    ],
    ['Een jongen van 17 is omgekomen na een vechtpartij in het centrum. Stille tocht zaterdag.'],
    ['Na het ongeluk van gisteren staat de vertrouwenspersoon vandaag klaar voor alle leerlingen.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
  it('a named child stays an incident: "Luuk was in a fight today. Counsellors are available."', () => {
    expect(marked('Luuk was in a fight today at recess. Counsellors are available.')).toEqual([
      'fight',
    ]);
  });
});

describe("incident: liability and a musical's vehicles", () => {
  it.each([
    [
      'Ook de aansprakelijkheid voor ongelukken en incidenten die kinderen onder schooltijd veroorzaken, ligt bij de ouders.',
    ],
    [
      'Groep 8 nam afscheid! De kinderen kwamen met mooie vervoermiddelen aan, zoals een Corvette en een ambulance.',
    ],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

// Real school texts (c7, tests/corpus/train, 2026-12-03): liability, packing, and parents
// who work for the police stay quiet; a real incident still speaks.
describe('incident: school-guide look-alikes', () => {
  it.each([
    ['De schoolleiding is niet aansprakelijk voor verlies en diefstal van waardevolle spullen.'],
    ['Deze kledingstukken worden in een zakje gestoken en blijven in de school.'],
    [
      'De scholen zijn dicht. Er is opvang voor leerlingen van wie de ouders werkzaam zijn in zorg, politie e.d.',
    ],
    ['Bij diefstal doen de ouders en/of de leerling zelf aangifte bij de politie.'],
    [
      'Na een ruzie op het plein volgen gesprekken met alle betrokkenen, ook met de leerlingen die vochten.',
    ],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
  it('still an incident: a pupil stabbed in the schoolyard', () => {
    expect(marked('Vandaag is een leerling uit groep 8 op het plein gestoken.')).not.toEqual([]);
  });
});
