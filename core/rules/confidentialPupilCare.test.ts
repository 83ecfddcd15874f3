import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const marked = (text: string) =>
  analyze({ text, platform: 'facebook' })
    .filter((f) => f.ruleId === 'confidentialPupilCare')
    .map((f) => [text.slice(f.span!.start, f.span!.end), f.severity]);

describe('confidentialPupilCare', () => {
  it.each([
    ['Daan heeft een OPP en gaat naar het SBO.', 'OPP'],
    ['Onze leerling Milan krijgt een zwaar arrangement.', 'zwaar arrangement'],
    ['Er is een melding gedaan bij Veilig Thuis over de vader van Sem.', 'melding gedaan'],
    ['Een meisje uit mijn klas is uit huis geplaatst, wat een verdriet.', 'uit huis geplaatst'],
    ['Het leerlingdossier van Emma is kwijt!', 'leerlingdossier'],
    ['De leerplichtambtenaar komt bij de ouders van Finn langs.', 'leerplichtambtenaar'],
    ['Daan heeft een rugzakje aangevraagd.', 'rugzakje aangevraagd'],
    ['Bram is geschorst na het gevecht.', 'geschorst'],
    ['Lisa woont in een pleeggezin.', 'pleeggezin'],
    ['A boy in my class was referred to social services.', 'social services'],
    ['Voor de invaller: Jesse, Amir en Tessa hebben een gedragsplan.', 'gedragsplan'],
    // Named, "it may be necessary" is no longer a guide's general case.
    ['Het kan nodig zijn dat Bram geschorst wordt, zei de directeur.', 'geschorst'],
  ])('%s → %s', (text, word) => {
    expect(marked(text)).toEqual([[word, 'stop']]);
  });

  it.each([
    ['Onze school werkt met de meldcode kindermishandeling.'],
    // The colleague's role, not a pupil's care (w1, w2, 2026-12).
    [
      "Vanaf 1 januari is onze IB'er Ellen met pensioen. Ellen, dank voor 22 jaar zorg voor onze kinderen!",
    ],
    ['Leerlingen met een OPP krijgen extra begeleiding.'],
    ['Daan vergat zijn rugzak weer, haha'],
    ['Een leuk arrangement bij de kinderboerderij voor groep 3!'],
    ['De leerplicht geldt vanaf 5 jaar.'],
    ['Daan kwam op het plein en riep mij'],
    ['Bij ons werkt elke groep met een gedragsplan voor de hele klas.'],
    // What may happen in general, as a school guide puts it.
    [
      'Het kan noodzakelijk zijn om over te gaan tot schorsing, of zelfs verwijdering van een leerling.',
    ],
    // A case, as a school guide words it (c4 real school texts, 2026-12-03).
    [
      'In het geval er geen ziek- of verzuimmelding van een leerling binnen is gekomen, bellen wij de ouders.',
    ],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
});

describe('confidentialPupilCare: a parent thanked for helping on a trip', () => {
  it('"dank je wel aan de mama van Elise voor de extra begeleiding" gives nothing', () => {
    expect(
      marked(
        'Dank je wel aan de mama van Elise,Oona en Arno voor de extra begeleiding. Deze uitstap was top!',
      ),
    ).toEqual([]);
  });
  it('extra begeleiding for a named child stays', () => {
    expect(
      marked("Elise krijgt vanaf nu extra begeleiding van de IB'er voor haar dyslexie."),
    ).not.toEqual([]);
  });
});

// A school guide's condition, "om … te mogen" (c7 real school texts, tests/corpus/train, 2026-12-03).
describe('confidentialPupilCare: a condition in a school guide', () => {
  it('nothing in how a pupil is admitted to special education', () => {
    expect(
      marked(
        'Om vanuit het reguliere onderwijs een plaats te mogen krijgen in het speciaal basisonderwijs heeft een leerling een toelaatbaarheidsverklaring nodig.',
      ),
    ).toEqual([]);
  });
});
