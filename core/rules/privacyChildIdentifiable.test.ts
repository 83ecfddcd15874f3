import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const findings = (text: string, hasMedia = false) =>
  analyze({ text, platform: 'instagram', hasMedia }).filter(
    (f) => f.ruleId === 'privacyChildIdentifiable',
  );
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('privacyChildIdentifiable', () => {
  it.each([
    ['Gefeliciteerd Lotte uit groep 5, 9 jaar vandaag! 🎈', 'Lotte'],
    ['Milan uit groep 6 trakteert vandaag op koekjes', 'Milan'],
    ['Our class superstar Olivia (8) from group 4 finished her first chapter book!', 'Olivia'],
    ['Mijn leerling Sem is vandaag 9 geworden', 'Sem'],
    ['Roos is vandaag jarig en trakteert in groep 3', 'Roos'],
    ['Bram trakteert vandaag in de klas', 'Bram'],
    ['Noor (groep 3) kreeg een prijs', 'Noor'],
    ['Gefeliciteerd Noor, 7 jaar!', 'Noor'],
    ['Happy 7th birthday to Emma from group 2!', 'Emma'],
    ['@sandra_jansen jouw zoontje Tim uit groep 2 was zo dapper', 'Tim'],
  ])('%s → marks %s (info)', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({ severity: 'info', article: 'bg-privacy' });
  });

  it.each([
    ['Jesse van den Berg uit groep 8 heeft de voorleeswedstrijd gewonnen!', 'Jesse van den Berg'],
    ['Felicitaties aan Finn de Jong uit groep 8, winnaar van de rekenolympiade!', 'Finn de Jong'],
    ['Sanne de Wit uit mijn groep heeft haar zwemdiploma A gehaald!', 'Sanne de Wit'],
    ['Hoera, Daan Bakker (groep 3) is vandaag 7 geworden', 'Daan Bakker'],
  ])('%s → marks %s (warning: full name)', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({ severity: 'warning', article: 'bg-privacy' });
  });

  it('one finding per sentence, even with several names', () => {
    expect(marked('Daan en Sem uit groep 7 wonnen het schoolvoetbal')).toEqual(['Daan']);
  });

  it.each([
    ['Onze Sem (7) heeft vandaag zijn zwemdiploma A gehaald!! Trotse papa 🏊'],
    ['Juf Anouk is jarig!'],
    // An adult named by role: the director, a reporter or photographer credited (issue 13).
    [
      'Onze directeur, Gerard Bel, heeft een aanmeldgesprek met de nieuwe ouders voordat het kind begint.',
    ],
    ['De kinderen van groep 5 bezochten de brandweer. Foto: Anne Smit'],
    ['Groep 8 won het schoolvoetbal. Tekst en foto: Sanne Bakker, verslaggever.'],
    ['Hoera, Ellen is jarig!'],
    ['Welkom Anouk! Zij wordt de nieuwe juf van groep 5'],
    ['Welkom aan onze nieuwe collega juf Esra! Zij gaat groep 3 draaien.'],
    ['Sophie van Dijk, onze nieuwe collega in groep 3'],
    ['Ellen werkt al 12 jaar bij ons op school'],
    ['In groep 4 lezen we Jip en Janneke'],
    ['We lezen Jip en Janneke met de kleuters, wat een klassieker.'],
    ["Boekentip: 'Dolfje Weerwolfje' van Paul van Loon, al jaren favoriet in groep 5!"],
    ['Koning Willem-Alexander bezocht groep 8'],
    ['Burgemeester Henk de Vries kwam langs bij groep 8'],
    ['Storm op komst, groep 5 blijft binnen'],
    ['Dank je wel voor het delen, Marloes! Hier kan ons team veel mee.'],
    // An adult by title and new post (c4 real school texts, 2026-12-03).
    ['Per 1 januari start dhr. Ruud Hoogesteger als directeur van groep 1 tot en met 8.'],
  ])('nothing for %s', (text) => {
    expect(findings(text)).toEqual([]);
  });

  it('a named child in a photo is photoNamedChild’s', () => {
    expect(findings('Daan uit groep 5 is vandaag jarig!', true)).toEqual([]);
  });
});

// Adults listed under a heading, and a new colleague: not children (c5 real school texts).
describe('privacyChildIdentifiable: adults in a list or starting work', () => {
  it.each([
    [
      'Het klokkijken is lastig, oefen het thuis!\nGroep 5 heeft 2 klassenmoeders: Manon Joosse en Marga Peters.',
    ],
    [
      'Op dit moment hebben we de volgende klassenouders:\n- Linda Bax (groep 1/2)\n- Sandra de Wit (groep 3)',
    ],
    ['In groep 4 zal Kim Brummelhuis 5 dagen per week aan de slag gaan. Zij is klaar met de PABO.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
  it('a child named beside a class is still marked when no adult heading stands before it', () => {
    expect(
      findings('In groep 5 heeft Daan van Dijk vandaag weer een woedeaanval gehad.').length,
    ).toBeGreaterThan(0);
  });
});
