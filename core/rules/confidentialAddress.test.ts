import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { defaultPolicy } from '../policy/musselhorst';
import { PolicySchema } from '../policy/schema';

const marked = (text: string, policy = defaultPolicy) =>
  analyze({ text, platform: 'facebook' }, { policy })
    .filter((f) => f.ruleId === 'confidentialAddress')
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('confidentialAddress', () => {
  it.each([
    ['Daan woont op de Kerkstraat 12, 8441 AB Heerenveen.', ['Kerkstraat 12, 8441 AB']],
    ['Noor uit groep 3 woont sinds kort bij haar oma op de Ringweg 8.', ['Ringweg 8']],
    ['Stuur Daan een kaartje: Dorpsstraat 5, 8441 AB.', ['Dorpsstraat 5, 8441 AB']],
    ['Het nieuwe adres van juf Iris is Lindelaan 14a. Stuur haar een kaartje!', ['Lindelaan 14a']],
    ['De familie Jansen is verhuisd naar 8442 BC', ['8442 BC']],
    ['Zijn thuisadres: Van der Helstlaan 3, 9001 ZZ Grou', ['Helstlaan 3, 9001 ZZ']],
    ['Sem lives at Molenweg 22, poor boy moved to there', ['Molenweg 22']],
    // A school word elsewhere does not make a pupil's home the school's.
    ['Het adres van Daan is Kerkstraat 12, vlak bij school.', ['Kerkstraat 12']],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['Het sportfeest is op Sportpark De Wolden, Sportlaan 3, 8441 CD.'],
    ['We verzamelen om 8.30 bij de kerk, Kerkplein 1.'],
    ['Onze nieuwe school staat aan de Schoolstraat 1, 8441 AB.'],
    ['Kerstmarkt in het dorpshuis, Dorpsstraat 10.'],
    ['Kerkstraat 12 is afgesloten, parkeer aan de Dorpsstraat.'], // no person
    ['Daan woont vlakbij, we liepen 3 km over de dijk'],
    ['In 2024 EN 2025 doen we weer mee'],
    ['Mijn tip: Jip en Janneke, 1000 km lezen!'],
    ['Daan fietste over de Hoofdweg 2 uur lang naar huis'],
    ['het adres van school is Brinkweg 3, de administratie is open tot 15.00 uur'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it("the school's address in the pack gives nothing", () => {
    const policy = PolicySchema.parse({
      ...defaultPolicy,
      publicContacts: {
        ...defaultPolicy.publicContacts,
        addresses: ['Musselweg 1, 8441 AA Heerenveen'],
      },
    });
    expect(marked('Ik woon naast school: Musselweg 1, 8441 AA', policy)).toEqual([]);
  });
});
