import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const findings = (text: string) =>
  analyze({ text, platform: 'facebook' }).filter((f) => f.ruleId === 'rumour');
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('rumour', () => {
  it.each([
    ['Ik hoorde dat meester Rob weggaat na de zomer, weet iemand meer?', 'Ik hoorde dat'],
    ['Ik hoorde van een moeder dat de gymzaal dichtgaat.', 'Ik hoorde van een moeder dat'],
    ['Ik heb gehoord dat de ouderbijdrage omhoog gaat. Klopt dit?', 'Ik heb gehoord dat'],
    ['Schijnbaar gaat onze school volgend jaar fuseren?? Klopt dit?', 'Schijnbaar'],
    ['Het gerucht gaat dat de juf van groep 3 zwanger is 😍', 'Het gerucht gaat'],
    ['Naar verluidt gaat onze gymzaal na de zomer dicht.', 'Naar verluidt'],
    ['Klopt het dat de school vanaf januari een continurooster krijgt?', 'Klopt het dat'],
    ['Er gaan geruchten dat de directeur vertrekt 👀', 'Er gaan geruchten'],
    // Asking whether it is true is not answering it.
    ['Er gaan geruchten dat de directeur vertrekt. Klopt dat?', 'Er gaan geruchten'],
    ['De school zou gaan sluiten na de zomer, klopt dat?', 'zou gaan'],
    ['Iemand zei tegen me dat de nieuwe directeur is weggestuurd.', 'Iemand zei tegen me dat'],
    ['Nieuwe juf voor groep 5? Hoorde het vanochtend op het schoolplein.', 'Hoorde het vanochtend'],
    ['Apparently our school is cancelling the summer camp this year.', 'Apparently'],
    ['I heard that our school is merging next year?', 'I heard that'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({ severity: 'info', article: '6' });
  });

  it.each([
    // Perception, not hearsay.
    ['Ik hoorde de kinderen vanochtend zingen in de gang, wat een heerlijk geluid 🎶'],
    ['Heb je gehoord? Groep 6 heeft de voorleeswedstrijd gewonnen!'],
    // Not about the school.
    ['Ik heb gehoord dat het morgen gaat sneeuwen ❄️'],
    ['Not telling anyone what to do about school phones, just sharing what worked for me.'],
    // Putting a rumour right.
    ['Het gerucht dat de school dichtgaat klopt niet: de directie bevestigde dat vandaag.'],
    ['Er gaan geruchten dat onze school gaat sluiten. Dat klopt niet. De school blijft open.'],
    ['Over de ophef in de krant: wij gaan als school niet in op geruchten.'],
    ['Er gaan geruchten in het dorp over een fusie van onze school. Er is geen besluit genomen.'],
    // Conditional that is not reported speech.
    ['Zou iemand mij kunnen helpen met het opruimen van het speellokaal?'],
    ['Het zou leuk zijn als er meer ouders komen helpen bij de sportdag.'],
    ['De kinderen zouden om 15.00 uur terug zijn, maar de bus heeft vertraging.'],
    ['Klopt dat? Ik dacht dat de ouderavond dinsdag was.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

describe('rumour: passing on a post and disowning it', () => {
  it.each([
    [
      'Ik deel dit bericht van een ouder over de juf gewoon door. Ik heb het niet geschreven, dus ik ben nergens verantwoordelijk voor.',
      'Ik heb het niet geschreven',
    ],
    [
      'Ik deel dit bericht van een moeder over meester Tim even door. Niet mijn woorden hoor!',
      'Niet mijn woorden',
    ],
    [
      "Sharing this post from a parent about our head. Not my words, I'm not responsible for it.",
      'Not my words',
    ],
  ])('%s → a warning at %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]!.severity).toBe('warning');
  });

  it.each([
    ['Ik deel dit bericht van de bibliotheek: leesclub start weer op woensdag!'],
    ['Ik ben niet verantwoordelijk voor spelfouten in deze post haha'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });

  it('"heb ik gehoord" after the fact is hearsay too', () => {
    expect(
      marked('Die juf van groep 1 heeft op haar vorige school problemen gehad, heb ik gehoord.'),
    ).toEqual(['heb ik gehoord']);
  });
});

describe('rumour: hearsay as people type it', () => {
  const found = (text: string) =>
    analyze({ text, platform: 'facebook' }).filter((f) => f.ruleId === 'rumour');
  it.each([
    ['Ik heb begrepen dat juf Sandra na de zomer stopt.'],
    ['Blijkbaar gaat de school volgend jaar fuseren.'],
  ])('%s → art. 6', (text) => {
    expect(found(text)[0]).toMatchObject({ article: '6' });
  });
  it('a plain question about a lesson stays quiet', () => {
    expect(found('Hebben jullie het liedje al gehoord dat groep 4 zong?')).toEqual([]);
  });
});

// Asking readers not to speculate answers a rumour; "niet verder vertellen" keeps one secret.
describe('rumour: answered by "please don\'t speculate"', () => {
  it('nothing when the post asks readers not to speculate', () => {
    expect(
      findings(
        'Er gaan geruchten over juf Anne. We delen geen details, maar het gaat goed met haar. Speculeer niet online alsjeblieft.',
      ),
    ).toEqual([]);
  });
  it('"niet verder vertellen" is no answer: the hearsay stays', () => {
    expect(marked('Ik hoorde dat juf Anne ontslagen wordt. Niet verder vertellen hoor.')).toEqual([
      'Ik hoorde dat',
    ]);
  });
});
