import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { Role } from '../types';

const found = (text: string, role: Role = 'medewerker') =>
  analyze({ text, platform: 'facebook' }, { role })
    .filter((f) => f.ruleId === 'confidentialInternalMeeting')
    .map((f) => [text.slice(f.span!.start, f.span!.end), f.severity]);

describe('confidentialInternalMeeting', () => {
  it.each([
    ['De inspectie was vandaag hier en het ging echt niet goed.', 'inspectie'],
    ['The inspectors visited today and it went really badly.', 'The inspectors'],
    ['Net uit de teamvergadering: er komt een combinatieklas!', 'teamvergadering'],
    ['In de MR is besloten dat het continurooster blijft.', 'MR'],
    ['Na het teamoverleg. Juf X gaat weg, zeiden ze.', 'teamoverleg'],
    ['Formatie volgend jaar: nog niet officieel, maar ik krijg groep 3.', 'Formatie'],
    ['Wie wil de notulen van de vergadering zien? DM!', 'notulen'],
    // A regular meeting still leaks when what was said there is passed on.
    ['De MR vergaderde gisteren. Er is besloten dat juf Sanne weggaat.', 'MR'],
    // "Als MR-lid" is "as a member", not a condition.
    ['Als MR-lid kan ik verklappen dat er volgende week iets wordt aangekondigd.', 'MR'],
    ['Laten we het niet in de MR bespreken: er komt een fusie, onder ons.', 'MR'],
  ])('%s → %s', (text, word) => {
    expect(found(text)).toEqual([[word, 'warning']]);
  });

  it.each([
    ['De inspectie heeft ons als goed beoordeeld, het rapport staat op de website.'],
    ['Volgende week komt de inspectie. Spannend!'],
    ['Morgen is er een teamvergadering, de school is om 14.00 uur uit.'],
    ['De MR heeft ingestemd met het nieuwe rooster, zie de nieuwsbrief.'],
    ['Wie wil er in de MR? Stel je kandidaat!'],
    ['Ik heb besloten lid te worden van de MR.'],
    // How a body works, the meeting as the place to talk, a decision taken with the MR.
    [
      'De leerlingenraad vergadert eens per zes weken met de directeur. De vertegenwoordigers informeren de klas over wat er is besproken en brengen tijdens de vergadering de punten in.',
    ],
    [
      'Aan het begin van elk schooljaar is er een algemene jaarvergadering voor alle ouders. Mutaties in de ouderraad worden tijdens deze vergadering bekendgemaakt.',
    ],
    [
      'Wanneer een ouder zich niet gehoord voelt door de leerkracht, kan hij de MR daarover inlichten.',
    ],
    ['Ik deel je zorgen over de fusie, maar laten we het gesprek in de MR voeren en niet hier.'],
    ['We hebben gekozen voor fruit in de pauze, dat is samen met de MR besloten.'],
  ])('nothing in %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it("a leader's announcement without a confidentiality cue is a tip", () => {
    expect(
      found('De MR heeft besloten: vanaf januari een continurooster.', 'leidinggevende'),
    ).toEqual([['MR', 'info']]);
  });
});

describe("confidentialInternalMeeting: the pupils' council", () => {
  it('its first meeting told to parents is school news, not a leak', () => {
    expect(
      found(
        'Uit iedere groep is een afvaardiging voor de leerlingenraad gekozen. Vandaag was het eerste overleg en hebben we afgesproken wie de voorzitter is.',
      ),
    ).toEqual([]);
  });
});
