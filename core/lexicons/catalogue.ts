import type { ArticleId } from '../types';
import type { LexiconId } from './ids';

// What each word list a pack may extend is for, one line each, in English for a school's IT
// (docs/IT.md lists them; core/lexicons/lexicons.test.ts keeps that list in step). The record
// type makes a missing or stray id a type error. Not imported by the extension itself: the
// prose stays out of the bundles.

export type LexiconDoc = {
  /** The protocol point whose reminders use the list (null: used by several). */
  article: ArticleId | null;
  doc: string;
};

export const LEXICON_CATALOGUE: Record<LexiconId, LexiconDoc> = {
  bareOpinion: {
    article: '4',
    doc: 'Dismissive words in a bare opinion about a person or the school ("belachelijk", "onzin").',
  },
  bareOpinionReason: {
    article: '4',
    doc: 'Words that give a reason, which keep a bare opinion quiet ("omdat", "want").',
  },
  bareOpinionSneer: {
    article: '4',
    doc: 'Sneering phrases that make a bare opinion negative ("nou lekker dan").',
  },
  calloutPhrases: {
    article: '4',
    doc: 'Calling someone out in public ("schaam je", "jij weet wel wie je bent").',
  },
  chainMessageCopy: {
    article: '6',
    doc: 'Asking readers to copy a message on ("kopieer en plak").',
  },
  chainMessageGeneric: {
    article: '6',
    doc: 'Generic alarm words of chain messages ("waarschuwing", "let op").',
  },
  chainMessageOfficial: {
    article: '6',
    doc: 'Official sources that keep a shared warning quiet (police, RIVM, the municipality).',
  },
  chainMessageShare: { article: '6', doc: 'Asking readers to share ("delen!!!", "deel dit").' },
  chainMessageSpecific: {
    article: '6',
    doc: 'Typical chain-message claims ("facebook wordt betaald", "hackers").',
  },
  civilityDiscrimination: {
    article: 'bg-civility',
    doc: 'Discriminating words about a group of people.',
  },
  civilityDiseaseCurse: {
    article: 'bg-civility',
    doc: 'Curses with diseases ("kanker", "tyfus").',
  },
  civilityProfanity: { article: 'bg-civility', doc: 'Profanity and obscene words.' },
  civilityProfanityMild: {
    article: 'bg-civility',
    doc: 'Mild swear words, a reminder only in a hostile sentence ("shit", "verdomme").',
  },
  civilitySchoolTargets: {
    article: '4',
    doc: 'Extra words for people of the school that negative words may target ("de juffen").',
  },
  civilitySexual: { article: 'bg-civility', doc: 'Sexual words and innuendo.' },
  civilitySlur: { article: 'bg-civility', doc: 'Slurs for people.' },
  civilitySlurAsInsult: {
    article: 'bg-civility',
    doc: 'Words that are a slur only when aimed at a person ("mongool").',
  },
  confidentialAddress: {
    article: '3',
    doc: 'Cues that an address is a private home ("woont op", "thuisadres").',
  },
  confidentialAddressPerson: {
    article: '3',
    doc: 'Private use of a home address ("thuis", a card sent to a home).',
  },
  confidentialAddressVenue: {
    article: '3',
    doc: 'Public venues whose address is fine to share (sports hall, library).',
  },
  confidentialBirthDate: {
    article: '3',
    doc: 'Words that introduce a date of birth ("geboren op", "geb.").',
  },
  confidentialBsn: { article: '3', doc: 'Words that name a BSN ("bsn", "burgerservicenummer").' },
  confidentialBsnOrganisation: {
    article: '3',
    doc: 'Organisation numbers that look like a BSN but are public (KvK, RSIN, BRIN).',
  },
  confidentialCredentials: {
    article: '3',
    doc: 'Passwords and log-in codes ("wachtwoord", "inlogcode").',
  },
  confidentialDataList: {
    article: '3',
    doc: 'Lists of personal data ("klassenlijst", "adressenlijst").',
  },
  confidentialFamily: {
    article: '3',
    doc: "A family's private situation (divorce, custody, debts).",
  },
  confidentialForward: {
    article: '3',
    doc: 'Pasted internal mail ("-----doorgestuurd bericht-----", "van: … aan: …").',
  },
  confidentialHealth: {
    article: '3',
    doc: 'Diagnoses and health words about a person ("adhd", "dyslexie", "depressie").',
  },
  confidentialIbanLesson: {
    article: '3',
    doc: 'A lesson about bank numbers, which keeps an IBAN example quiet.',
  },
  confidentialInternalMeeting: {
    article: '3',
    doc: 'Internal meetings whose content is not public (team meeting, MR closed session).',
  },
  confidentialMarker: {
    article: '3',
    doc: 'Labels that mark text as confidential ("vertrouwelijk", "niet doorsturen", "onder ons").',
  },
  confidentialPersonnel: {
    article: '3',
    doc: 'Personnel matters of colleagues (sick leave, dismissal, reintegration).',
  },
  confidentialPersonnelLeaving: {
    article: '3',
    doc: 'A colleague leaving, while it is not yet public.',
  },
  confidentialPersonnelNotYetPublic: {
    article: '3',
    doc: 'Words that say a personnel matter is not public yet ("nog niet bekend").',
  },
  confidentialPersonnelReturning: {
    article: '3',
    doc: 'A colleague returning after leave, which is ordinary news.',
  },
  confidentialPupilCare: {
    article: '3',
    doc: 'Pupil care about an identifiable child (IB, zorgplan, OPP).',
  },
  confidentialPupilSituation: {
    article: '3',
    doc: "A pupil's private situation (foster care, a move to a shelter).",
  },
  confidentialResults: {
    article: '3',
    doc: 'Results of a named child (Cito score, schooladvies, report mark).',
  },
  confidentialUnpublished: {
    article: '3',
    doc: 'Documents or decisions that are not published yet ("concept", "nog niet naar buiten").',
  },
  confidentialUnpublishedPeek: {
    article: '3',
    doc: 'Offering a sneak preview of unpublished material ("alvast een tipje van de sluier").',
  },
  contactOrganisation: {
    article: '3',
    doc: 'Roles and organisations whose contact details are public ("administratie", "de school").',
  },
  contemptAboutPrejudice: {
    article: 'bg-civility',
    doc: 'Text about prejudice (a lesson, a campaign), which keeps group words quiet.',
  },
  contemptAccommodation: {
    article: 'bg-civility',
    doc: "A pupil's accommodation or support (extra time, a wheelchair, a hearing aid).",
  },
  contemptAccommodationScorn: {
    article: 'bg-civility',
    doc: 'Scorn for such an accommodation ("zogenaamd", "aanstellerij").',
  },
  contemptChildWords: {
    article: 'bg-civility',
    doc: 'Words for children that contempt can target ("kinderen", "kids").',
  },
  contemptGroupContempt: {
    article: 'bg-civility',
    doc: 'Dehumanising words about a group or religion ("barbaars", "achterlijk").',
  },
  contemptHarmCelebrated: {
    article: 'bg-civility',
    doc: 'Cheering or shrugging at harm that happened to someone ("net goed", "good riddance").',
  },
  contemptHarmEvent: {
    article: 'bg-civility',
    doc: 'Harm that happened (a death, an attack, an arrest), beside a cheer of contemptHarmCelebrated.',
  },
  contemptHarmHope: {
    article: 'bg-civility',
    doc: 'Words that open a wish ("ik hoop dat", "hopelijk"), for harm wished on someone.',
  },
  contemptHarmWished: {
    article: 'bg-civility',
    doc: 'Harm wished on a person after a hope ("overreden wordt", "kanker krijgt").',
  },
  contemptJeer: { article: 'bg-civility', doc: 'Jeering at a person ("uitjouwen", "boe").' },
  contemptMinorTarget: {
    article: 'bg-civility',
    doc: 'Minors, for remarks that no adult may make about them.',
  },
  contemptNameMockery: { article: 'bg-civility', doc: "Mocking a pupil's name." },
  contemptPeopleGroup: {
    article: 'bg-civility',
    doc: 'Groups of people (religions, nationalities, orientations).',
  },
  contemptPeopleOfSchool: {
    article: 'bg-civility',
    doc: 'People of the school (pupils, parents, colleagues) as targets of contempt.',
  },
  contemptPoliticalTarget: {
    article: 'bg-civility',
    doc: 'Politicians and public offices ("de minister", "het kabinet").',
  },
  contemptPublicPerson: {
    article: 'bg-civility',
    doc: 'Public persons (a named politician, a minister) as targets of an insult.',
  },
  contemptPupil: {
    article: 'bg-civility',
    doc: 'Contemptuous words about pupils ("tuig", "criminelen van de toekomst").',
  },
  contemptPupilCompared: {
    article: 'bg-civility',
    doc: 'Comparing pupils with animals or criminals ("als beesten").',
  },
  contemptPupilGroup: {
    article: 'bg-civility',
    doc: 'A group of one\'s own pupils ("mijn klas", "groep 8").',
  },
  contemptPupilKeeper: {
    article: 'bg-civility',
    doc: 'A teacher calling themselves the keeper of criminals or animals ("I\'m not a teacher, I\'m a warden").',
  },
  contemptSexualRemark: { article: 'bg-civility', doc: 'Sexual remarks about a person.' },
  contemptSexualTarget: {
    article: 'bg-civility',
    doc: 'Persons a sexual remark may target (a pupil, a colleague, a parent).',
  },
  contemptSlander: {
    article: 'bg-civility',
    doc: 'Slander: calling a person a criminal ("oorlogsmisdadiger", "fraudeur").',
  },
  contemptTrailingLabel: {
    article: 'bg-civility',
    doc: 'Labels after a person that make a remark an insult ("… die sukkel").',
  },
  contemptTrait: {
    article: 'bg-civility',
    doc: 'Damning traits said of people after a copula ("zijn gewoon lui", "are stupid").',
  },
  contemptTraitAttributive: {
    article: 'bg-civility',
    doc: 'A damning adjective before a word for a person ("luie conciërge", "stupid parents").',
  },
  contemptViolenceWish: {
    article: 'bg-civility',
    doc: 'Wishing or joking about violence against a person ("opknopen", "een kogel").',
  },
  copyrightExternalImage: {
    article: 'bg-copyright',
    doc: 'Images taken from elsewhere ("clipart van internet", "plaatje van google").',
  },
  copyrightExternalImageOpen: {
    article: 'bg-copyright',
    doc: 'Own or openly licensed images, which keep it quiet ("eigen foto", "pixabay").',
  },
  copyrightMaterial: {
    article: 'bg-copyright',
    doc: 'Teaching methods and published material (scans of a method).',
  },
  copyrightMaterialOpen: {
    article: 'bg-copyright',
    doc: 'Own or openly licensed material, which keeps it quiet.',
  },
  copyrightText: {
    article: 'bg-copyright',
    doc: 'Text copied from elsewhere ("integraal overgenomen").',
  },
  copyrightTextFree: {
    article: 'bg-copyright',
    doc: 'Own or free text, which keeps it quiet ("eigen tekst", "met toestemming").',
  },
  correctionEdited: {
    article: 'bg-correction',
    doc: 'Saying a post was edited ("aangepast", "bewerkt").',
  },
  correctionPost: {
    article: 'bg-correction',
    doc: 'Words for the earlier post being corrected ("vorige bericht").',
  },
  correctionReason: {
    article: 'bg-correction',
    doc: 'A reason given for a correction ("omdat", "er stond een fout in").',
  },
  correctionSilent: {
    article: 'bg-correction',
    doc: 'Removing or changing a post silently ("stilletjes verwijderd").',
  },
  defamationPredicates: {
    article: '4',
    doc: 'Accusing predicates about a person ("is een dief", "fraudeert").',
  },
  defamationVerbs: { article: '4', doc: 'Accusing verbs ("beschuldigen", "heeft gestolen").' },
  discussionDeEscalation: {
    article: '4',
    doc: 'De-escalating words in a reply, which keep it quiet ("laten we even bellen").',
  },
  discussionDisagreement: {
    article: '4',
    doc: 'Disagreeing with someone in a reply ("daar ben ik het niet mee eens").',
  },
  discussionEscalation: {
    article: '4',
    doc: 'Escalating a discussion in a reply ("u heeft het mis", "onzin").',
  },
  ephemeralIllusion: {
    article: '7',
    doc: 'The belief that a post disappears or is not read ("na 24 uur is het weg").',
  },
  ephemeralIllusionStory: { article: '7', doc: 'Stories and other short-lived formats.' },
  ephemeralIllusionStoryClaim: { article: '7', doc: 'Claims that a story is gone after a while.' },
  heatCharged: {
    article: '7',
    doc: 'Charged words that show a post is written in the heat of the moment ("haat", "hekel aan").',
  },
  heatDrink: { article: '7', doc: 'Drink mentioned while posting ("na een paar wijntjes").' },
  heatNight: { article: '7', doc: 'Posting late at night ("om 3 uur \'s nachts").' },
  heatRage: { article: '7', doc: 'Rage ("ik ontplof", "ik ben zo kwaad").' },
  heatWork: { article: '7', doc: 'Work words that tie a heated post to the school.' },
  hiddenIdentity: {
    article: '7',
    doc: 'Believing one is anonymous ("anoniem account", "niemand weet dat ik het ben").',
  },
  incidentNotAnEvent: {
    article: '3',
    doc: 'Words that show an incident word is not an event (a lesson, a drill).',
  },
  incidentPupil: {
    article: '3',
    doc: 'Places and groups that tie an incident to pupils ("schoolplein", "mijn klas").',
  },
  incidentStrong: {
    article: '3',
    doc: 'Strong incident words ("vechtpartij", "politie", "gewond").',
  },
  incidentWeak: {
    article: '3',
    doc: 'Weak incident words, only with a pupil ("ruzie", "gevallen").',
  },
  incidentWhen: { article: '3', doc: 'Time words that make it an event ("vandaag", "gisteren").' },
  insultWords: { article: 'bg-civility', doc: 'Insults for a person ("idioot", "sukkel").' },
  insultWordsAnimal: {
    article: 'bg-civility',
    doc: 'Animal words that insult a person ("varken", "aap").',
  },
  insultWordsPersonish: {
    article: 'bg-civility',
    doc: 'Words that insult only when aimed at a person ("amateur", "eikel").',
  },
  mediaMentionNotPublic: {
    article: 'bg-substance',
    doc: 'Photo and media words that are not a media appearance (the school photographer, an order).',
  },
  mediaMentionPublish: { article: 'bg-substance', doc: 'Publishing in the media ("in de krant").' },
  mediaMentionPupils: { article: 'bg-substance', doc: 'Our pupils in the media.' },
  mediaNouns: { article: '10', doc: 'Words for photos and video ("foto", "filmpje").' },
  negativeWords: { article: '4', doc: 'Strongly negative words about people of the school.' },
  negativeWordsWeak: { article: '4', doc: 'Weakly negative words, only with a clear target.' },
  opinionControversial: {
    article: '5',
    doc: 'Controversial topics (a strike, politics, a merger).',
  },
  opinionDisclosure: {
    article: '2',
    doc: 'Saying an opinion is personal ("op persoonlijke titel", "mijn mening").',
  },
  opinionFrame: { article: '2', doc: 'Framings of an opinion ("ik vind", "naar mijn mening").' },
  opinionOnBehalf: {
    article: '2',
    doc: 'Speaking on behalf of the school ("namens de school", "wij als team").',
  },
  opinionOnBehalfSchool: {
    article: '2',
    doc: "Speaking on behalf of the school by its name (built from the school's names).",
  },
  opinionSectorTopic: {
    article: '2',
    doc: 'Education topics an opinion may be about ("werkdruk", "passend onderwijs").',
  },
  opinionStrong: { article: '2', doc: 'Strong opinion words ("schandalig", "eindelijk").' },
  opinionWeak: { article: '2', doc: 'Weak opinion words, only with a topic.' },
  parentPhotos: { article: '10', doc: 'Photos parents took of other children.' },
  parentPhotosRuleRestated: {
    article: '10',
    doc: 'Restating the photo rule, which keeps it quiet.',
  },
  parentPhotosWaiver: {
    article: '10',
    doc: 'Waiving the rule ("geen probleem als er andere kinderen op staan").',
  },
  personalWorkBlogMedium: { article: 'bg-disclaimer', doc: 'A personal blog or vlog.' },
  personalWorkBlogOfficial: {
    article: 'bg-disclaimer',
    doc: "The school's official channels, which keep it quiet.",
  },
  personalWorkBlogOwnWork: {
    article: 'bg-disclaimer',
    doc: "Writing about one's own work at school.",
  },
  personalWorkBlogWork: { article: 'bg-disclaimer', doc: 'Work words in a personal blog.' },
  photoAsleepCues: { article: '10', doc: 'Pupils photographed asleep.' },
  photoConsentMarkers: {
    article: '10',
    doc: 'Saying consent was checked ("met toestemming", "toestemming gecheckt").',
  },
  photoCovertCues: { article: '10', doc: 'Photographing pupils covertly.' },
  photoNamedChild: {
    article: 'bg-privacy',
    doc: 'Markers of a list of names under a photo ("vlnr", "op de foto staan").',
  },
  photoNonPhotoCues: {
    article: '10',
    doc: 'Words that show "foto" is not a photo of people (a photo competition, a product).',
  },
  photoPersonCues: { article: '10', doc: 'Persons on a photo ("de kinderen", "de klas").' },
  privacyPrivateChat: {
    article: 'bg-privacy',
    doc: 'Sharing a private chat ("screenshot van de app").',
  },
  privacyTag: { article: 'bg-privacy', doc: 'Tagging people with details.' },
  privateContactChannel: {
    article: '11',
    doc: 'Private channels for contact with pupils ("mijn 06", "snapchat").',
  },
  privateContactPupils: { article: '11', doc: 'Pupils addressed in such a contact.' },
  rumour: { article: '6', doc: 'Hearsay ("ik hoorde dat", "schijnbaar").' },
  rumourDisowned: {
    article: '6',
    doc: 'Disowning a rumour, which keeps it quiet ("dit is een gerucht, klopt niet").',
  },
  rumourPassedOn: { article: '6', doc: 'Passing a rumour on.' },
  rumourSubject: { article: '6', doc: 'Subjects of a rumour (a colleague, the school).' },
  sarcasmPraise: { article: '4', doc: 'Praise that turns sarcastic ("goed bezig hoor").' },
  schoolDecision: {
    article: '5',
    doc: 'Words for a decision of the school ("hebben besloten", "beslissing").',
  },
  schoolName: {
    article: null,
    doc: "Other ways of writing the school's name (added to school.name and school.aliases).",
  },
  selfDoubt: { article: '8', doc: 'Doubt in the draft itself ("mag dit wel?").' },
  threatExposure: {
    article: '4',
    doc: 'Threatening to expose things ("ik ga iedereen vertellen wat er …").',
  },
  threatPhrases: {
    article: '4',
    doc: 'Threats to a person ("ik weet waar je woont", "dit ga je bezuren").',
  },
  threatPhrasesIfHostile: {
    article: '4',
    doc: 'Phrases that are a threat only in a hostile draft ("wacht maar af", "pas maar op").',
  },
  toneAnger: {
    article: '4',
    doc: 'Words of anger and being fed up ("het zat", "spuugzat", "klaar mee").',
  },
  toneNegative: {
    article: '4',
    doc: 'Negative tone words for the shared tone signal ("waarom", "alweer", "niet te geloven").',
  },
  tonePositive: {
    article: '4',
    doc: 'Positive tone words that soften a draft ("hoera", "gefeliciteerd").',
  },
};

/** The list of docs/IT.md between its lexicon markers: one line per id, sorted by id. */
export function renderLexiconList(): string {
  return (Object.entries(LEXICON_CATALOGUE) as [LexiconId, LexiconDoc][])
    .map(
      ([id, { article, doc }]) =>
        `- \`${id}\` (${article ? `art. ${article}` : 'several'}): ${doc}`,
    )
    .join('\n');
}
