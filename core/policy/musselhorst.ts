import { PolicySchema, type Policy, type PolicyInput } from './schema';

/** The default pack: the social media protocol of obs de Musselhorst (maart 2017). */
export const musselhorstPolicyInput = {
  schemaVersion: 1,
  id: 'obs-de-musselhorst',
  school: {
    name: 'obs de Musselhorst',
    aliases: ['de Musselhorst', 'Musselhorst', 'obs Musselhorst'],
  },
  articles: {
    '1': 'Medewerkers van obs de Musselhorst delen kennis en andere waardevolle informatie.',
    '2': 'Bij onderwijs onderwerpen maken medewerkers duidelijk of zij op persoonlijke titel of namens obs de Musselhorst publiceren.',
    '3': 'Medewerkers van obs de Musselhorst publiceren geen vertrouwelijke informatie op social media.',
    '4': 'Medewerkers, ouders en leerlingen gaan niet in discussie op social media. Indien een van de partijen zich via social media negatief uitlaat over personen of gebeurtenissen met betrekking tot obs de Musselhorst zullen zij door de directeur of medewerkers hierop kunnen worden aangesproken en zal afgesproken worden het bericht te verwijderen en om een correctie op het eerdere bericht te plaatsen. Indien via social media er sprake is van belediging, laster of stalking in de zin van het Wetboek van Strafrecht, dan zal overwogen worden hiertegen aangifte te doen.',
    '5': 'Schoolbestuurders, schoolleiders en leidinggevenden zijn altijd vertegenwoordiger van obs de Musselhorst – ook als zij een privé-mening verkondigen. Bij twijfel publiceert men niet.',
    '6': 'Medewerkers van obs de Musselhorst zijn persoonlijk verantwoordelijk voor wat zij publiceren.',
    '7': 'Medewerkers van obs de Musselhorst weten dat publicaties op social media altijd vindbaar zijn.',
    '8': 'Bij twijfel over een publicatie of over de raakvlakken met obs de Musselhorst zoeken medewerkers contact met hun leidinggevende.',
    '9': 'obs de Musselhorst zorgt ook digitaal voor een veilig klimaat en communiceert met medewerkers, leerlingen en ouders hoe zij dit doet.',
    '10': "Voor het gebruik van foto's van leerlingen en personeel op social media wordt door obs de Musselhorst schriftelijk toestemming gevraagd aan ouders. Dit zal eenmalig gebeuren aan huidige ouders van leerlingen en vervolgens bij inschrijving van een leerling.",
    '11': "Naast medewerkers mogen alleen ouders van leerlingen van obs de Musselhorst bij speciale gelegenheden foto's of ander beeldmateriaal maken. Zij zijn zelf verantwoordelijk voor het al dan niet plaatsen van dit beeldmateriaal op social media. Bij twijfel vragen zij aan andere ouders toestemming voor het plaatsen van beeldmateriaal indien naast eigen kinderen ook andermans kinderen zichtbaar zijn.",
    'bg-copyright':
      "Je dient rekening te houden met het wettelijk vastgelegde auteurs-, beeld- en citaatrecht. Het is verboden om zonder toestemming van de maker andermans werk te publiceren. Schending van deze wet levert je een boete op van honderden euro's.",
    'bg-civility':
      'Sociale omgangsvormen gelden online net zo goed als offline. Respecteer degene tot wie je je richt. Laster, beledigingen en obsceniteit zijn niet geoorloofd.',
    'bg-privacy':
      'De privacy van anderen wordt gerespecteerd. Dit geldt voor zowel schoolbesturen, directies, onderwijspersoneel als voor leerlingen.',
    'bg-substance':
      'Reageer zoveel mogelijk inhoudelijk op stukken van anderen. Alleen je mening geven, zonder onderbouwing daarvan, vervuilt de discussie en zegt meer over de schrijver van de reactie dan over het stuk.',
    'bg-disclaimer':
      'Wanneer je op een persoonlijke blog over je werk schrijft, kun je een disclaimer opnemen waarin staat dat dit blog jouw persoonlijke standpunt weergeeft en dat dit niet overeen hoeft te komen met het standpunt van obs de Musselhorst.',
    'bg-correction':
      'Probeer de eerste te zijn om je eigen fouten te corrigeren, zonder eerdere berichten per definitie te wijzigen of te verwijderen. Vermeld daarbij dat jij degene bent die het bericht wijzigt. Geef bij verwijdering een goede reden.',
  },
  disclaimer: {
    long: 'Dit bericht geeft mijn persoonlijke standpunt weer en hoeft niet overeen te komen met het standpunt van obs de Musselhorst.',
    short: 'Persoonlijke mening, niet namens obs de Musselhorst.',
  },
  publicContacts: {
    emails: [],
    emailDomains: ['musselhorst.nl'],
    phones: [],
    ibans: [],
    addresses: [],
  },
  staffNames: [],
  lexicons: {},
  rules: {},
} satisfies PolicyInput;

/** The default pack, parsed (so its defaults are applied exactly as for an imported pack). */
export const defaultPolicy: Policy = PolicySchema.parse(musselhorstPolicyInput);
