import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const found = (text: string) =>
  analyze({ text, platform: 'facebook' })
    .filter((f) => f.ruleId === 'confidentialResults')
    .map((f) => [text.slice(f.span!.start, f.span!.end), f.severity]);

describe('confidentialResults', () => {
  it.each([
    ['Screenshot van het rapport van een leerling, kijk die vooruitgang!', 'rapport', 'warning'],
    ['Daan kreeg een 4 voor rekenen.', 'een 4 voor', 'warning'],
    ['Bas kreeg een 3,5 voor zijn spellingtoets, weer een onvoldoende.', 'een 3,5 voor', 'warning'],
    ['Sem de Vries heeft een vwo-advies gekregen!', 'vwo-advies', 'stop'],
    ['Het schooladvies van Emma is havo, haar ouders zijn boos.', 'schooladvies', 'warning'],
    ['Zijn rapport was slecht: Thomas blijft zitten in groep 5.', 'rapport', 'warning'],
    ['Bram heeft een IQ van 135, niet normaal!', 'IQ van', 'warning'],
    ['Mijn leerling scoorde een V op de Cito.', 'Cito', 'warning'],
    [
      'Groep 8 scoorde gemiddeld 540, Daan zelfs 550 op de doorstroomtoets.',
      'doorstroomtoets',
      'warning',
    ],
    ['Thijs got a 3 on his maths test again.', 'got a 3 on', 'warning'],
  ])('%s → %s (%s)', (text, word, severity) => {
    expect(found(text)).toEqual([[word, severity]]);
  });

  it.each([
    ['Morgen gaan de rapporten mee naar huis!'],
    // Every family of a group (school guides, c1 real texts).
    ['Deze week hebben de leerlingen van groep 8 met hun ouders het voorlopig advies ontvangen.'],
    [
      'De ouders van de groepen 1 en 2 horen in februari over de ontwikkeling van hun kind (rapport).',
    ],
    [
      'Ouders en kinderen zoeken samen een school die past bij hun zoon/dochter en het schooladvies.',
    ],
    ['Groep 8 scoorde gemiddeld 540 op de doorstroomtoets. Trots!'],
    ['Een 10 voor de musical, groep 8!'],
    ['Sem kent al alle cijfers tot 20!'],
    ['Meester Tom krijgt een 10 voor zijn kostuum vandaag!'],
    ['Lekker bezig groep 6! Iedereen heeft zijn AVI-niveau gehaald.'],
    ['Schooladvies wordt bindend? Daar ben ik benieuwd naar.'],
    ['Bram en Sem hebben 2 doelpunten gescoord bij het schoolvoetbal!'],
  ])('nothing in %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
