import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const marked = (text: string) =>
  analyze({ text, platform: 'facebook' })
    .filter((f) => f.ruleId === 'confidentialFamily')
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('confidentialFamily', () => {
  it.each([
    ['Een leerling van mij vertelde dat zijn vader hem slaat.', ['vader hem slaat']],
    ['One of my pupils told me her stepdad hits her.', ['stepdad hits her']],
    ['De ouders van Mila hebben weinig geld.', ['weinig geld']],
    ['Noor uit groep 3 moet naar de logopedist. Ouders hebben weinig geld.', ['weinig geld']],
    ['De ouders van Daan gaan scheiden.', ['gaan scheiden']],
    ['De vader van Sem is overleden.', ['overleden']],
    ["Sem's moeder moet naar de voedselbank.", ['voedselbank']],
    ['Daans vader zit in de gevangenis.', ['vader zit in de gevangenis']],
    ['@juf_Anouk heb je gehoord dat de ouders van Daan gaan scheiden?', ['gaan scheiden']],
    ['Lotte’s vader zit in de gevangenis, vandaar haar gedrag.', ['vader zit in de gevangenis']],
    [
      'Ik maak me zorgen om Finn: thuis gaat het niet goed sinds zijn vader werkloos is.',
      ['werkloos'],
    ],
    ['De ouders van Jesse liggen in scheiding, hij heeft het er zwaar mee.', ['scheiding']],
    ['Bij de familie Jansen is huiselijk geweld, heb ik gehoord.', ['huiselijk geweld']],
    ["Liam's parents are getting divorced, poor kid.", ['divorced']],
    // As English posts put it, the child described (w18 drafts, 2026-12-03).
    ['Kid whose dad is in jail asked me if I would visit him on family day.', ['in jail']],
    [
      'Everyone now knows the new Year 9 girl has been in 5 foster placements.',
      ['foster placements'],
    ],
    ['The boy whose parents are splitting up cried in my lesson again.', ['splitting up']],
    // A name, or hearsay, is not the family's announcement, whatever protocol is named.
    [
      'De vader van Bas uit groep 5 is overleden. In overleg met de familie volgen we ons rouwprotocol.',
      ['overleden'],
    ],
    [
      'De moeder van een leerling van mij is overleden, hoorde ik. We volgen ons rouwprotocol.',
      ['overleden'],
    ],
    ['De ouders van een leerling uit groep 6 gaan scheiden.', ['gaan scheiden']],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['Mijn vader slaat altijd meteen de krant open bij de sportpagina.'],
    ['Kunt u de ouderbijdrage niet betalen? Dan helpt Stichting Leergeld.'],
    ['Opbrengst van de sponsorloop gaat naar de voedselbank!'],
    ['Dank aan alle ouders: we hebben 40 dozen ingezameld voor de Voedselbank.'],
    ['Groep 7 leerde dat veel mensen zijn overleden in de Tweede Wereldoorlog.'],
    ['Groep 4 leerde vandaag over vluchtelingen.'],
    ['Daan haalde de lego uit elkaar.'],
    ['Vandaag een ernstig incident: een leerling is door andere kinderen mishandeld.'],
    ['De cavia van Daan is overleden, wat verdrietig.'],
    // A reply to a reporter's handle: an adult, not a pupil.
    [
      '@journalist_Anouk ik wil best vertellen hoe wij op school met armoede omgaan, in algemene zin.',
    ],
    // The school's own announcement of a loss, unnamed, as the family agreed.
    [
      'Met droefheid laten wij u weten dat de vader van een van onze leerlingen is overleden. In overleg met de familie informeren wij u hierover.',
    ],
    [
      'Helaas is de opa van een van onze kinderen overleden. Wij handelen volgens ons rouwprotocol.',
    ],
    [
      'Vandaag is aandacht besteed aan het overlijden van de moeder van een leerling. Met toestemming van het gezin hebben wij de ouders van de groep geïnformeerd.',
    ],
    ['We are collecting coats for children in foster care this winter, drop them at the office.'],
    ['Year 6 visited the court today to learn how a trial works.'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
});
