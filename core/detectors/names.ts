// Common Dutch (and Dutch-used) first names, written for this project. Lower case. Names that
// are also ordinary words (roos, mees, job, bo, storm, puck, jade, sem…) need a capital and
// context before they count: see `isNameWord` in context.ts.
const FIRST_NAMES = `
aaron abdel abdul adam adriaan ahmed aisha alex alexander ali alicia amber amina amira amy
anna anne anneke annelies anouk ans anton arjen arthur astrid ayoub ayla bart bas ben benjamin
bente bianca bob boris bram brenda britt bruno carla carlijn caroline casper cas charlotte chris
christiaan claudia coen daan daniel danny david dewi dex dirk dominique dylan eline elif elin
elise ella ellen emma emre esmee esther eva evi evy fatima fay femke finn fleur floor floris
frank freek gerard gijs hanna hannah hans harm hendrik henk hidde hugo ilse imke ingrid iris isa
isabel ivo jacob jan janneke jasmijn jasper jayden jelle jens jesse jeroen jill joep johan
jonas joost jordy joris josje julia julian juul karin kees kevin kim koen lana lara lars laura
lauren lieke lien lisa lise lisanne liam lotte lotus louise luca lucas luuk maaike maarten
manon marco marieke mark marleen martijn martin mats max maya meike mila milan milou mohamed
mohammed naomi nathan nick niels nienke noa noah noor nora olivia olaf omar oscar owen pascal
patrick paul pepijn peter petra pieter quinten rachid ralph ramon rens rick rik rob robin roel
romy rosa ruben rutger ruud sam sanne sara sarah sander sanne sebastiaan selin senna sevda
siem sil silke sofie sophie stan stijn suus sven tamara tara teun thijs thomas tim tijn tom
ties tess tessa thomas vera victor vince wessel willem wouter xander yara yasmine yusuf zoe
zara zeynep julia tygo mees job bo storm puck jade jip roos noud nova saar liv fenna feline
sem levi ravi owen olivier hamza mohamed youssef ilyas adam ibrahim aya hiba malak ines lina
emir kerem efe ayse elif defne kayra ryan joy kyra nina elena maria anna-lena hanne babette
gerrit jaap wim ton cor marja ria ineke jolanda monique mirjam yvonne wendy sandra miranda
natasja linda marloes nicole kirsten chantal debora ester judith mariska sylvia carolien annet
`;

/** Lower-case first names. */
export const firstNames: ReadonlySet<string> = new Set(FIRST_NAMES.split(/\s+/).filter(Boolean));

/** First names that are also ordinary Dutch words or well-known book characters. */
export const ambiguousNames: ReadonlySet<string> = new Set([
  'roos',
  'mees',
  'job',
  'bo',
  'storm',
  'puck',
  'jade',
  'jip',
  'sem',
  'joy',
  'floor',
  'lotus',
  'nova',
  'rosa',
  'iris',
  'kees',
  'bob',
  'tim',
  'ties',
  'cor',
  'ton',
  'saar',
  'eva',
  'max',
  'liv',
  'sil',
  'siem',
  'dex',
  'wim',
  'mark',
  'bas',
  'ben',
  'vera',
  'olaf',
  'hans',
  'ruben',
]);
