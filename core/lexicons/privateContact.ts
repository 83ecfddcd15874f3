// A teacher inviting pupils to a private channel (Snapchat, a personal Instagram, DMs):
// outside the school's view and its safe climate (art. 9). Data in the lexicon syntax of
// core/text/match.ts, read by core/rules/privateContactWithPupils.ts.

/** Pupils addressed or meant. */
export const PUPILS_ADDRESSED: readonly string[] = [
  'jongens en meiden',
  'meiden en jongens',
  '(lieve )?(kids|kinderen|leerlingen) (van|uit) groep [1-8]',
  'groep [1-8][a-d]?',
  'mijn (leerlingen|klas|groep|kids)',
  'group [1-8]',
  'year [1-8]',
  'my (students|pupils|class|kids)',
  '(hey|hoi|hallo|hi) (kids|kinderen|leerlingen|students)',
];

/** An invitation to a private, one-to-one channel. */
export const PRIVATE_CHANNEL: readonly string[] = [
  'voeg me toe',
  'voeg mij toe',
  'add me',
  '(op|via) (snap|snapchat|mijn insta|mijn instagram|tiktok|whatsapp)',
  'dm me',
  'dm mij',
  'stuur (me|mij) (een )?(dm|pb|berichtje|appje|bericht)',
  'app (me|mij)( gerust)?',
  "(mijn|m'n) (prive|persoonlijke|eigen) (insta|instagram|account|nummer|snap|snapchat|tiktok|telefoon)",
  'my (personal|private|own) (insta|instagram|account|number|snap|snapchat|phone)',
  "(mijn|m'n) 06",
  'my (cell|mobile) number',
  '(message|text) me (anytime|privately|directly)',
];

/** The school's own channels: an invitation there is the school's, not private. */
export const SCHOOL_CHANNEL: readonly string[] = [
  'parro',
  'social schools',
  'socialschools',
  'teams',
  'classroom',
  'schoolapp',
  'ouderapp',
  'de mentor',
  'vertrouwenspersoon',
];
