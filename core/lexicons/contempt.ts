// Word lists for contempt, slander, sexual remarks and violence aimed at people — at anyone,
// not only at people of the school. The protocol's "Bedenk dat…": "Respecteer degene tot wie
// je je richt. Laster, beledigingen en obsceniteit zijn niet geoorloofd", and a teacher is
// always findable as a teacher (art. 7). Real cases behind the lists (as news reports and
// rulings quote them, 2015–2025): a minister called a war criminal, a religion called
// "barbaric backwardness" (a suspension the College voor de Rechten van de Mens upheld),
// pupils called future criminals or animals, pupils' names and accommodations mocked.
//
// Data only, in the lexicon syntax of core/text/match.ts (`(a|b)`, `?`, `[…]`, `*` for
// compounds). The detectors in core/detectors/contempt.ts pair these words with a target;
// no entry fires on its own. Typed `readonly string[]` so that issue 11 can move every list
// to declared data without touching the logic.

/** Pupils of one's own school as a group: the targets of contempt for one's pupils. */
export const PUPIL_GROUP: readonly string[] = [
  "(mijn|m'n|onze|deze|die|sommige|zulke|de meeste|al die|de) (leerlingen|leerlingetjes|kinderen|kids|pupillen|kleuters|klas|groep|klasje|jongens|meiden|brugklassers|achtstegroepers)",
  "(mijn|m'n|onze|deze|die) (groep|klas) [1-8][a-d]?",
  'groep [1-8][a-d]?',
  '(de )?helft van (mijn|de|onze) (klas|groep|leerlingen)',
  "(die|deze|dat|dit|mijn|m'n) (leerling|kind|jongen|meisje|kleuter|jongetje|ventje)",
  '(my|our|these|those|the|some|most|half (of )?my) (students|pupils|kids|class|children|year [1-8]s?)',
  '(this|that|my) (student|pupil|kid|boy|girl|class)',
  '(my|our|half (of )?my) (group|class) [1-8]',
  "(mijn|m'n|onze) gr [1-8]",
  'year (1[0-3]|[1-9])( set [1-9])?',
  '(every|each) (kid|child|student|pupil)',
  '(al die|alle) (kinderen|leerlingen|kids)',
];

/** Names for pupils, also bare ("leerlingen zijn …"), for mocked names and accommodations. */
export const CHILD_WORDS: readonly string[] = [
  'leerling(en|etje|etjes)?',
  'kind(je|jes|eren)?',
  'kleuter(s)?',
  'jongen(s)?',
  'meisje(s)?',
  'student(s)?',
  'pupil(s)?',
  'kid(s)?',
  'child(ren)?',
];

/**
 * Contempt predicated of pupils: criminals, animals, a zoo, hopeless. Words that are ordinary
 * in a lesson about animals ("dieren", "apen") are in CONTEMPT_PUPIL_COMPARED and need a
 * copula or comparison.
 */
export const CONTEMPT_PUPIL: readonly string[] = [
  '(toekomstige |later )?(criminelen|crimineel|boeven|boefjes|gevangenen|bajesklanten|tuig|schorem|gespuis|ongedierte|uitschot|hangjongeren)',
  'tuigje',
  'beesten',
  'wilden',
  'barbaren',
  'idioten',
  'sukkels',
  'debielen',
  'imbecielen',
  "dombo('s|s)",
  'nietsnutten',
  'hopeloze gevallen',
  'hopeloos geval',
  'verloren generatie',
  'dierentuin',
  'apenkooi',
  'achterlijk(e)?',
  'debiel(e)?',
  'hersenloos',
  'hersenloze',
  '(gaan|wordt|worden) (later )?(toch )?(allemaal )?(niks|niets|nooit iets)( worden)?',
  '(komt|komen) (toch )?nooit (iets|wat) (van )?(terecht|van (hem|haar|ze|hen|die|dat kind)|van terecht)',
  '(belanden|eindigen|komen) (later )?(toch )?(allemaal )?(in de (bak|gevangenis|bajes|cel))',
  '(future )?(criminals|inmates|prisoners|convicts|thugs)',
  'animals',
  'savages',
  'feral',
  'idiots',
  'morons',
  'imbeciles',
  'brats',
  'little shits',
  'hopeless cases',
  'a zoo',
  'zoo animals',
  '(will|gonna|going to) end up in (jail|prison)',
  'going nowhere',
  // Written off as future criminals or benefit claimants (w10, w13, 2026-12).
  '(criminelen|boeven|tuig) (in de dop|in opleiding|van de toekomst)',
  '(toekomstige )?uitkeringstrekker(s)?',
  '(a )?gang in training',
  '(future )?(benefit claimants|dole scroungers)',
  'feral animals',
  'a future criminal',
  '(zitten|zit) (ze|die|hij) (later |straks )?(toch )?(allemaal )?in de (bak|gevangenis|bajes|cel)',
];

/** Animals and the like: contempt for pupils only as "zijn/als/like …". */
export const CONTEMPT_PUPIL_COMPARED: readonly string[] = [
  'dieren',
  'apen',
  'aapjes',
  'varkens',
  'honden',
  'monkeys',
  'pigs',
  'dogs',
  'dom(me)?',
  'stom(me)?',
  'stupid',
  'dumb',
  // "My students are monsters"; "our little monsters did so well" (no link, fond) stays quiet.
  'monsters',
  'monstertjes',
];

/** "zijn", "als", "like": links a pupil group to a compared word (CONTEMPT_PUPIL_COMPARED). */
export const COMPARED_LINK = String.raw`(?:zijn|waren|lijken|lijkt|is|was|zijn\s+net|gedragen\s+zich\s+als|gedraagt\s+zich\s+als|als|net|are|were|is|like|behave\s+like|act\s+like|stel|stelletje|bende|troep|bunch\s+of)`;

/**
 * A damning label standing on its own at the end of a sentence, or as a sentence: "… welke
 * kinderen daar vandaan komen 🙄 tokkies", "… screaming at his kid. Animals."
 */
export const TRAILING_LABEL: readonly string[] = [
  'tokkie(s)?',
  'tuig',
  'schorem',
  'uitschot',
  'gespuis',
  'asocialen',
  'asociaal',
  'kansloos',
  'beesten',
  'dieren',
  'animals',
  'savages',
  'trash',
  'white trash',
  'losers',
  'scum',
];

/** Whom a trailing label is about: children and parents. */
export const PEOPLE_OF_SCHOOL: readonly string[] = [
  ...CHILD_WORDS,
  'ouder(s)?',
  'vader(s)?',
  'moeder(s)?',
  'papa(s)?',
  'mama(s)?',
  'gezin(nen)?',
  'familie(s)?',
  'dad(s)?',
  'mum(s)?',
  'mom(s)?',
  'parent(s)?',
  'famil(y|ies)',
];

/** Mocking a child's name: the name itself is not the point, the scorn is. */
export const NAME_MOCKERY: readonly string[] = [
  "hoe (verzin|bedenk) je (het|zo'n naam|zon naam|die naam|deze naam)",
  "wie (noemt|noem) (zijn|haar|hun|z'n|je|nou) (kind|zoon|dochter|baby)",
  "(wat een|wat voor een|zo'n|zon) (rare |belachelijke |vreselijke |foute |asociale |tokkie|tokkie-)?naam",
  "(arm|arme) (kind|schaap|jongen|meisje|meid|ventje) met (zo'n|zon|die|deze|een) naam",
  'tokkienaam',
  'tokkienamen',
  '(naam|namen) van (een )?(stripper|pornoster|hond|kat|paard|parfum|automerk)',
  'who (names|would name|calls) (their|a|his|her) (kid|child|son|daughter|baby)',
  '(what a|what kind of|such a) (ridiculous |stupid |trashy |awful )?name',
];

/** Health words that are mocked when put in scare quotes or "zogenaamd": accommodations. */
export const ACCOMMODATION_WORDS: readonly string[] = [
  'dyslexie(verklaring)?',
  'dyslectisch',
  'dyscalculie(verklaring)?',
  'adhd',
  'add',
  'autisme',
  'autistisch',
  'hoogbegaafd(heid)?',
  'diagnose',
  'allergie',
  'extra tijd',
  'rugzakje',
  'labeltje',
  'label',
  'stoornis',
  'dyslexia',
  'autism',
  'disability',
  'accommodation(s)?',
];

/** Scorn for accommodations and diagnoses of pupils, without scare quotes. */
export const ACCOMMODATION_SCORN: readonly string[] = [
  'zogenaamd(e)? (dyslexie|dyslectisch|dyscalculie|adhd|add|autisme|autistisch|hoogbegaafd|allergie|allergisch|diagnose|stoornis)',
  '(tegenwoordig|nowadays) (heeft|hebben) (elk|ieder|alle|half de klas|de helft)( kind| kinderen| leerling| leerlingen)?( wel)? (een )?(label|labeltje|stempel|etiket|diagnose|adhd|dyslexie|stoornis|rugzakje)',
  '(elk|ieder) kind (heeft|krijgt) (tegenwoordig )?(wel )?(een )?(label|labeltje|stempel|etiket|diagnose|adhd|stoornis|rugzakje)',
  'modediagnose(s)?',
  'modeziekte',
  // "een excuus om …", not an apology: "Excuus voor het ongemak" (w1, 2026-12).
  '(een|als|is|het) (excuus|excuusje) (om|voor|to)',
  '(so-called|so called) (dyslexia|adhd|autism|disability|allergy)',
  'everyone (has|gets) (adhd|a diagnosis|a label|dyslexia) (these days|nowadays)',
  // A pupil called by a disability as a label (w1, w13, 2026-12).
  'sped (kids|kid|class)',
  "de (stotteraar|autist|adhd'er|adhder|downie|dove|mongooltje) (uit|van|in) (mijn|m'n|onze|de) (klas|groep)",
  'the (autistic|adhd|sped|special needs) (one|kid) (in|from) (my|our|the) (class|group|year [1-9])',
];

/** Sarcasm hashtags and markers that turn a disclosure into mockery. */
export const SARCASM_TAGS: readonly string[] = [
  '#sarcasme',
  '#sarcasm',
  '#ironie',
  '#irony',
  '#not',
  '#niet',
  '#yeahright',
  '#jaja',
  '#lekkerdan',
];

/**
 * Slander: a crime or a damning label put on a person ("X is een oorlogsmisdadiger"). Only
 * with a copula or as "die X": news about a real criminal ("de dief is gepakt") stays quiet.
 */
export const SLANDER: readonly string[] = [
  'oorlogsmisdadiger(s)?',
  'misdadiger(s)?',
  'crimine(el|len)',
  'fraudeur(s)?',
  'oplichter(s)?',
  '(land|volks)?verrader(s)?',
  "nazi('s|’s|s)?",
  "nsb('ers|’ers|ers|er)",
  'fascist(en)?',
  'pedo(fiel|fielen|s)?',
  '(massa)?moordenaar(s)?',
  'kindermoordenaar(s)?',
  'terrorist(en)?',
  'verkrachter(s)?',
  'zakkenvuller(s)?',
  'psychopaat',
  'psychopaten',
  'dictator(s)?',
  'tiran(nen)?',
  'leugenaar(s)?',
  'corrupt(e)?',
  // Called of a person or a group with a copula: "die lui zijn gewoon racisten" (w1).
  'racist(en|s)?',
  'seksist(en|s)?',
  'bigot(s)?',
  'war criminal(s)?',
  'criminal(s)?',
  'crook(s)?',
  'liar(s)?',
  'traitor(s)?',
  'fascist(s)?',
  'murderer(s)?',
  'paedo(phile)?',
  'pedo(phile)?',
  'psychopath',
  'corrupt',
  'fraud',
  'dictator',
  // As real posts call a minister, a CEO or a presenter it (w14, 2026-12).
  'grifter(s)?',
  'parasite(s)?',
  '(pathetic|talentless|lazy|party) hack',
];

/** Who slander is aimed at besides a name: public roles and pronouns. */
export const PUBLIC_PERSON: readonly string[] = [
  '(de |die |deze |onze |jullie |that |the |this )?(minister|premier|minister-president|staatssecretaris|wethouder|burgemeester|kamerlid|politicus|president|partijleider|fractievoorzitter|koning|koningin|gedeputeerde|gouverneur|senator|prime minister|mayor|governor|politician|mp)',
  // Plurals: "die ministers zijn criminelen", "those politicians are all crooks".
  '(de |die |deze |al die |those |these |the |all )?(ministers|politici|kamerleden|wethouders|burgemeesters|bestuurders|politicians|ministers|mps|regering|kabinet|government)',
  '(die|deze|that|this) (man|vrouw|vent|gozer|kerel|gast|guy|woman|bloke)',
  '(hij|zij|he|she)',
  // A party or "die lui" as a whole: "Die lui van de PVV, stelletje nazi's".
  '(die|deze|al die|those) (lui|types|figuren|gasten)',
  '(pvv|vvd|cda|d66|bbb|pvda|groenlinks|fvd|ja21|nsc|denk|volt|tories|tory|labour|reform)(-?(ers|stemmers|kiezers|voters))?',
  // Roles a post names its target by (w14): "the PM is a spineless grifter", "our trust CEO".
  '(the |that |this |our |de |die |onze )?(pm|ceo|headteacher|head teacher|principal|inspector|inspecteur|education secretary|home secretary|presenter|presentator|talkshowhost|journalist|influencer|columnist|preacher|teamleider)',
  '(die|deze|dat|that|this) (partij|party)',
  '(het |ons |onze |de )?(schoolbestuur|directie)',
];

/** Groups of people by religion, origin, orientation, disability: targets of group contempt. */
export const PEOPLE_GROUP: readonly string[] = [
  'islam',
  'de islam',
  'het christendom',
  'het jodendom',
  '(de )?(moslims|moslim|joden|christenen|katholieken|protestanten|hindoes|boeddhisten|gelovigen|atheisten)',
  "(de |die |al die |zulke )?(buitenlanders|allochtonen|vluchtelingen|migranten|asielzoekers|statushouders|marokkanen|turken|polen|syriers|surinamers|antillianen|afghanen|eritreeers|oekrainers|roma|zigeuners|zwarten|homos|homo's|homo’s|lesbiennes|transgenders|transpersonen|gehandicapten|vrouwen|mannen|boomers|linksen|rechtsen)",
  '(muslims|islam|jews|christians|catholics|immigrants|refugees|foreigners|migrants|gays|gay people|trans people|transgender people|black people|disabled people|women)',
  "(hun|dat|die|zo'n|their|that) (geloof|religie|cultuur|religion|culture|faith)",
  // A group picked out by what it does: "ouders die hun kind niet laten vaccineren".
  '(ouders|mensen|moeders|vaders|people|parents) (die|who)',
  'antivaxers',
  'wappies',
  // A faith as a whole, and travellers (w13, 2026-12): "religion is a disease".
  '(religion|religions|religie|religies|that whole faith|evangelicals|gypsies|caravan people|woonwagenbewoners)',
  // Everyday English as posts that cost teachers their job say it (w14, 2026-12): a faith,
  // an origin, a politics or a generation as a whole ("Catholics are a paedophile cult").
  '(americans|poles|polish people|eastern europeans|travellers|conservatives|liberals|leftists|lefties|feminists|vegans|gen alpha|gen z|millennials)',
  '(brexit|labour|tory|conservative|reform|rural|trump|leave|remain) voters',
  '(polish|turkish|romanian|muslim|catholic|vegan|immigrant|foreign|african|black|asian) (parents|families|mums|moms|dads|people|kids|boys|men)',
  'families on benefits',
  "(walen|hollanders|jehova's getuigen|jehova’s getuigen|pvv-stemmers|gelukszoekers)",
  '(turkse|marokkaanse|poolse|surinaamse|antilliaanse) (ouders|jongens|mannen|vrouwen|moeders|vaders|gezinnen)',
  // Groups in the news, as writers who saw only the protocol wrote about them (w19,
  // tests/corpus/train, 2026-12-03): protesters, fans, newcomers, a people, "those people".
  '(die |de |al die |those |these |the )?(klimaatklevers|klimaatactivisten|klimaatterroristen|demonstranten|relschoppers|supporters|hooligans|fans|boeren|nieuwkomers|agenten|climate kids|climate activists|protesters|protestors|rioters|new arrivals|cops|fransen|duitsers|belgen|the french|the germans)',
  '(die|deze|zulke|dat soort|those|these|such) (mensen|lui|types|people|types)',
  '(dezelfde soort|altijd dezelfde|the same sort|that whole country|dat hele land|the lot of them)',
  "(zo['’]?n|such a|that|dat|die|hun|their) (achterlijk(e)?|backward|primitie(f|ve)|primitive|middeleeuws(e)?|medieval) (geloof|religie|religion|faith|cult|cultuur|culture)",
];

/** Contempt predicated of a group of people (dehumanising, damning, "moeten weg"). */
export const GROUP_CONTEMPT: readonly string[] = [
  'achterlijk(e|heid)?',
  'achterlijke barbarij',
  'barbaars(e)?',
  'barbarij',
  'barbaren',
  'primitief',
  'primitieve',
  'middeleeuws(e)?',
  'minderwaardig(e)?',
  'tuig',
  'uitschot',
  'schorem',
  'gespuis',
  'ongedierte',
  'kakkerlakken',
  'parasieten',
  'profiteurs',
  'beesten',
  'egoisten',
  'een sekte',
  'a cult',
  '(een )?volk zonder (verantwoordelijkheid|fatsoen|beschaving|manieren|normen)',
  'een ziekte',
  'een kanker',
  'een gezwel',
  'een plaag',
  '(horen|hoort) hier niet( thuis)?',
  '(moeten|moet) (het land uit|eruit|opgesloten worden)',
  '(het land uit|eruit) (gezet|gegooid) (worden|moeten)',
  '(terugsturen|deporteren)',
  'egoistisch(e)?',
  'asociaal',
  'asociale',
  'dom(me)?',
  'gestoord(e)?',
  'backward(ness)?',
  'selfish',
  'barbaric',
  'barbarians',
  'savages',
  'subhuman',
  'inferior',
  'vermin',
  'parasites',
  'a disease',
  'a cancer',
  'a plague',
  "(don't|do not|dont) belong here",
  'should be (deported|sent back|locked up)',
  // Said of a whole group in everyday English (w14, 2026-12), with the group in the sentence.
  '(a )?(paedophile|pedophile|pedo) cult',
  'thick as (mince|two short planks|pigshit)',
  'scroungers',
  'inbred',
  'hicks',
  'feral',
  'hypocrites',
  '(are|is) (so |just |really |all |simply |pure |bloody |fucking )?(evil|dumb|stupid|thick|the worst)',
  '(the )?(stupidest|dumbest|laziest|thickest) (people|generation|lot|bunch)',
  'economically illiterate',
  '(made-up |made up )?fairy tales',
  'sky daddy',
  "(don't|dont|do not) value education",
  'incompatible with (our )?(western |british |dutch )?values',
  "you know what they're like",
  'hypocrieten',
  'domste',
  'zit in de genen',
  'zieke geesten',
  '(altijd|steeds) (dronken|hetzelfde gedonder|een grote mond)',
  'pedo-?priesters',
  // Dehumanising words as the w19 writer's drafts used them of a group (2026-12-03).
  '(zijn|are|net|like|als) (gewoon |echt |allemaal |just |all |basically )?(beesten|dieren|ratten|animals|rats|cockroaches|pigs|varkens)',
  '(ratten|rats|cockroaches|kakkerlakken|🪳) (zijn het|are what they are|the lot of them)',
  'ratten zijn het',
  '(crawled|kropen|gekropen) (off|uit|van) (a|the|een|de) (boat|boot)',
  'arrogant(e)? (frogs|kikkers)',
  'tuig in uniform',
  'stelletje huilebalken',
  '(hun|their) (middeleeuwse|medieval) (sprookjes|fairy tales|onzin|nonsense)',
  '(cage|kooi) (them|ze)',
  '(opsluiten|wegsturen|uitzetten) dat (gespuis|tuig|volk)',
];

/** A lesson, a debate or care about prejudice: the same words, not contempt. */
export const ABOUT_PREJUDICE: readonly string[] = [
  'discriminatie',
  'discrimineren',
  'vooroordeel',
  'vooroordelen',
  'racisme',
  'racistisch(e)?',
  'stereotype(n|s)?',
  'vreemdelingenhaat',
  'antisemitisme',
  'islamofobie',
  'haatzaaien',
  'nooit meer',
  'tweede wereldoorlog',
  'holocaust',
  'kamp westerbork',
  'anne frank',
  'geschiedenis(les)?',
  'les over',
  'discrimination',
  'prejudice',
  'racism',
  'stereotypes',
];

/** Sexual appraisal or desire: a remark about someone's body or attractiveness. */
export const SEXUAL_REMARK: readonly string[] = [
  '(een )?lekker(e)? (ding|wijf|stuk|kontje|kont|lijf|mokkel|meid|moeder|moedertje|mama)',
  '(een )?lekker ding(etje)?',
  'wat een (stuk|lekker ding|kont|lijf|borsten|tieten)',
  'sexy',
  'geil(e)?',
  'hitsig(e)?',
  '(ik zou|zou ik) (haar|hem|die|dat) (wel )?(willen|doen|pakken|nemen)',
  '(mooie|lekkere|strakke|grote) (borsten|tieten|kont|billen|benen)',
  '(strak|mooi|lekker) (kontje|lijfje|lichaam)',
  'borsten',
  'kontje',
  'sexy (uit|eruit)',
  'flirt(en|t|te|ten|erig|erige)?',
  'geflirt',
  "verliefd op (een|die|mijn|m'n|deze) (leerling|leerlinge|scholier|moeder|vader)",
  'date(n)? met (een|die|mijn) (leerling|leerlinge|moeder)',
  '(fit|fitte) (meid|moeder|mama)',
  'milf',
  'hot (mom|mum|girl|teacher|dad|dads|father|papa|vader|moeder|mama|juf)',
  '(without|zonder) (his|her|zijn|haar) (shirt|t-shirt|kleren|clothes)',
  "(would|i'd) (date|do|tap|smash)",
  'crush on',
  'flirt(ing|ed|y|s)?',
  'check(ing)? (her|him) out',
  'nice (ass|body|legs|boobs|rack)',
  // Appraising a parent or colleague as attractive (tests/corpus/train w10, 2026-12).
  // Not "knappe": "wat een knappe man" is also a clever one.
  '(lekkere|aantrekkelijke|hete|gespierde|handsome|gorgeous) (vent|kerel|gozer|man|vrouw|moeder|vader|papa|mama|gymleraar|gymjuf|invaller|invalster|agent|brandweerman|guy|dad|mom|mum|husband|wife)',
  '(de )?lekkerste (billen|kont|lijf|vent|moeder|vader)',
  '(gorgeous|hot|sexy|lekkere|knappe) (single |alleenstaande |gescheiden )(mum|mom|moeder|dad|vader|mama|papa)',
  '(my )?dms are open',
  '(ziet|zag|zie|zagen|zien) (je |jij |ze |hij |u )?(er )?(echt |zo |best |wel |ook )?(heet|hot|lekker|sexy) uit',
  // The person right before it, so the weather stays out ("de klas is zo heet vandaag"):
  // "the new PE teacher is so hot", "die invaller is echt lekker" (w10, w12, w13, 2026-12-03).
  '(teacher|dad|mum|mom|juf|meester|leraar|gymleraar|gymjuf|invaller|invalster|coach|volunteer|secretary|minister|vader|moeder|papa|mama|stagiair|stagiaire|collega) (is|was|looks|ziet er) (so |really |super |very |zo |echt |best |erg |wel )?(hot|sexy|heet|lekker|fit)',
  "(i['’]?d give|i would give|ik zou|ik geef) (her|him|haar|hem) (wel )?(een |a )?(private|privé|prive) ?(lesson|les|lesje|tutoring)",
];

/** Whom a sexual remark is about, if it concerns the school: pupils, parents, colleagues. */
export const SEXUAL_TARGET: readonly string[] = [
  'leerling(e|en|es|etje|etjes)?',
  'kind(je|jes|eren)?',
  'meisje(s)?',
  'meid(en)?',
  'jongen(s)?',
  'groep [1-8][a-d]?',
  'klas',
  'scholier(e|en|es)?',
  'moeder(s|tje)?',
  'vader(s)?',
  "mama(s|'s)?",
  "papa(s|'s)?",
  'ouder(s)?',
  "collega(s|'s)?",
  'juf',
  'stagiaire',
  'student(e|es|en|s)?',
  'pupil(s)?',
  'girl(s)?',
  'boy(s)?',
  'mom(s)?',
  'mum(s)?',
  'dad(s)?',
  'parent(s)?',
  'colleague(s)?',
  'vent',
  'kerel',
  'gozer',
  'man',
  'vrouw',
  'gymleraar',
  'invaller',
  'invalster',
  'agent',
  'brandweerman',
  'guy',
  'husband',
  'wife',
  'teacher',
  'leraar',
  'meester',
  'volunteer',
  'secretary',
  'minister',
  'coach',
];

/** Targets that are minors: a sexual remark about them is a stop. */
export const MINOR_TARGET: readonly string[] = [
  'leerling(e|en|es|etje|etjes)?',
  'kind(je|jes|eren)?',
  'meisje(s)?',
  'meid(en)?',
  'jongen(s)?',
  'groep [1-8][a-d]?',
  'klas',
  'scholier(e|en|es)?',
  'pupil(s)?',
  'student(s)?',
  'girl(s)?',
  'boy(s)?',
];

/** Violence wished on someone, as a joke or not ("iemand zou hem eens een kogel …"). */
export const VIOLENCE_WISH: readonly string[] = [
  "(een )?kogel door (zijn|haar|z'n|d'r|hun|de|die) (kop|hoofd|harses)",
  '(verdient|verdienen|verdiende) (een )?(kogel|pak slaag|klap|dreun|lesje met de vuist)',
  '(hem|haar|hen|ze|die|dat) (zou|moet|moeten|zouden) (je|ze|we|iemand|men)? ?(eens |gewoon |maar )?(neerschieten|neerknallen|doodschieten|afschieten|ophangen|opknopen|afmaken|koud maken|omleggen|in elkaar slaan|tegen de muur zetten)',
  '(schiet|knal|hang|knoop|maak|sla|leg) (hem|haar|hen|ze|die man|die vrouw|die vent) (toch |gewoon |maar )?(neer|dood|op|af|om|in elkaar)',
  'aan de hoogste boom',
  "(naar|bij|voor) (je|jouw|haar|zijn|hun|jullie|d'r|z'n) (huis|deur|werk) met (een|mijn|m'n) (honkbalknuppel|knuppel|bijl|mes|pistool|geweer|boksbeugel|hamer)",
  "met (een|mijn|m'n) (honkbalknuppel|knuppel|bijl|boksbeugel) (langs|naar|achter (je|haar|hem))",
  '(with|bring) (a|my) (baseball bat|bat|knife|gun|axe) (to|round)',
  'onder de guillotine',
  'voor het vuurpeloton',
  '(should|ought to) be (shot|hanged|hung|executed|lynched)',
  '(put|puts|putting) a bullet (in|through)',
  'deserves? a bullet',
  '(shoot|hang|lynch) (him|her|them)',
  // As outside writers joke it (tests/corpus/train w10, w13, 2026-12).
  '(die|hij|zij|ze) (moet|mag|kan) (wat mij betreft |van mij )?(gewoon |lekker )?(doodgaan|creperen|branden in de hel|in de hel branden|naar de maan geschoten worden)',
  'kan (wat mij betreft |van mij )?branden in de hel',
  '(verdient|verdienen|verdiende) (een |wel een |eens een )?(flinke |harde |paar )?(schop|trap|klappen|oplawaai|mep)',
  '(krijgt|krijg) (hij|ie|ze|zij) een (schop|trap|klap|dreun|mep)',
  "een (flinke |harde )?(schop|trap) (onder|tussen|tegen) (zijn|haar|z'n|d'r) (kont|reet|benen|ballen)",
  '(gooi|smijt) ik (hem|haar|ze) (zelf |persoonlijk )?(uit het raam|het raam uit|van de trap)',
  '(zin|neiging) (om )?(haar|hem|ze) een (klap|dreun|mep|schop) te geven',
  // Not "bring a cricket bat in for PE": the writer threatening to.
  "(i'm|im|i am) (bringing|gonna bring|going to bring) (the|a|my) (cricket bat|baseball bat|bat) in",
  // As real posts joke it in English (w14, 2026-12): a slap deserved, a head through the
  // laminator, a brick through the window. Each carries its own target.
  '(deserve|deserves|need|needs) a (good |proper |hard )?(slap|smack|beating)',
  '(put|putting|shove|shoving) (her|his|their) head (through|in|into) (the|a)',
  "(i'm|im|i am|i'll|ill|gonna) (drowning|drown|strangle|strangling|throttle|throttling) (him|her|them)",
  '(throw|throwing|chuck|chucking|lob) (my|a|the) (laptop|chair|stapler|brick|mug|shoe) at (him|her|them)',
  'gets? a brick through (the|their|his|her) window',
  '(lock|locking) (them|him|her) in the (boiler room|cupboard|basement|stock cupboard)',
  'a shovel and (some )?quicklime',
  '(got|get|gets) run over,? (honestly,? |tbh,? )?good',
  '(dropped|drops|drop) dead (tomorrow )?(the world|we) would be (a )?better',
  '(moeten|moet) ze (die |hem |haar )?(gewoon |maar |allemaal |eens )?(gewoon |maar |allemaal |eens )?(opknopen|afschieten|neerschieten|doodschieten)',
  // Calls to violence as real posts put them (c6: posts that rulings and news quote,
  // 2026-12-03): buildings with people in them, a reward for a hit, "uit de weg ruimen".
  '(deserve|deserves|deserved) to be (beheaded|shot|hanged|hung|killed|executed|lynched|burned|burnt)',
  '(burn|torch|set fire to|blow up|smoke) (any |all |the |those |these )?(hotels?|mosques?|synagogues?|churches?|asylum (hotels?|centres?|centers?)|refugee (hotels?|centres?|centers?)|azc|azcs|moskee|moskeeen)',
  'blow (the|that|this) (mosque|synagogue|church|hotel|azc|moskee) up',
  '(ze|die|zij|hij|mensen|types|lui) (moeten|moet|mogen) (allemaal |gewoon )?(uit de weg (geruimd|geruimt)|afgeschoten|afgemaakt|vergast|opgeknoopt)',
  '(afschieten|afknallen|afknalle|neerknallen|opknopen|vergassen) (dat|die|da|deze|dit)',
  'trek een zak over je (kop|hoofd)',
  'molotov(cocktails?|s)?',
  '(kom|komen|gaan|ga) (morgen |vanavond |zaterdag )?(rel schoppen|rellen)',
  '(een )?(beloning|prijs|premie) (van|voor) (iedere|elke|ieder) (agent|politieagent|smeris)',
  'voor (iedere|elke|ieder) (agent|politieagent|smeris) die (geraakt|neergeslagen|geraakt wordt|neergeschoten)',
  'headshot (krijgt|krijgtie|krijgt ie|voor)',
  // Violence against people in the news, as the w19 writer joked it (2026-12-03).
  '(should|ought to|needs? to) be (strung up|hosed off|run over|beaten)',
  '(moeten|moet) (ze|je|we|men) (die|ze|hem|haar|hen)? ?(met lijm en al |gewoon |maar )?(in de gracht|in het water|van de brug) (gooien|smijten)',
  '(liggen|laten liggen) tot ze platgereden (zijn|worden)',
  "(should|ought to|gonna|going to|i['’]?d|i would)( just| simply)? (drive|plough|plow) (straight |right )?through (that|the|those|these) (protest|protesters|road-blocking|crowd)",
  '(een )?(flink |stevig |goed )?pak slaag (geven|verdienen|verdient)',
  // Asking someone to finish an attack: "somebody needs to finish the job".
  '(somebody|someone|iemand) (needs to|should|has to|moet|zou) (really |eens |het )?(finish the job|(het )?karwei afmaken|hem afmaken|haar afmaken)',
  // Calls to violence as real posts by employees of other sectors put them (c8: posts that
  // rulings and news quote, tests/corpus/train, 2026-12-03): a group shot out of the country,
  // a bomb on it, protesters run over, "go die in a ditch".
  '(knuppel|schiet|schop|trap|sla|gooi) (ze|hem|haar|die lui|dat tuig|dat volk) (het land uit|kapot|dood|in elkaar)',
  '(kapotschieten|kapotknallen|kapot schieten|kapot knallen)',
  '(een )?bom (erop|er op|op die|op dat)',
  '(gooi|gooien|smijt) (er )?(maar )?een bom op',
  '(mow|mowing|mowed) (them|him|her|those people|these people|those protesters|protesters) down',
  '(go|just) die in a (ditch|shallow grave|fire|hole)',
  '(ass|asses) (will |is gonna |are gonna |gonna )?(get|be) run over',
  '(some )?run over (dumb|stupid) (asses|idiots|protesters)',
  '(become|becomes|will become) a greasy spot',
  '(he|she|they) (will|might|gonna|should) get (assassinated|lynched|shot)',
  '(hope|hopefully|maybe) (he|she|they) (gets|get|will get) (assassinated|lynched|shot|killed)',
  'purge them',
  "(let['’]?s|lets|laten we) (start|begin|beginnen) (a|een) (riot|rel)",
  'slap the black off',
  'picking (her|his|their) teeth (up )?off',
];

/** Jeering at someone in public: used with pupils and a political target. */
export const JEER: readonly string[] = [
  'uitjouwen',
  'uitgejouwd',
  'jouwen',
  'joelen',
  'uitfluiten',
  'uitgefloten',
  'boe(-| )?roepen',
  'boegeroep',
  'uitschelden',
  'uitgescholden',
  'spreekkoren',
  'spreekkoor',
  'protestborden',
  'spandoeken',
  'protestliedje(s)?',
  'spotliedje(s)?',
  '(jeer|boo|heckle|heckling|booing|jeering)',
  'chant(ing|s)? (at|against)',
];

/** Political targets and acts, for pupils used in a political act. */
export const POLITICAL_TARGET: readonly string[] = [
  '(de |die |deze )?(minister|premier|minister-president|staatssecretaris|wethouder|burgemeester|kamerlid|kamerleden|politicus|politici|president|partijleider|koning|prime minister|mayor|politician(s)?|mp(s)?)',
  '(de )?(pvv|vvd|cda|d66|bbb|gl-pvda|groenlinks|pvda|sp|fvd|ja21|nsc|denk|volt|partij|regering|kabinet)',
  '(het |de )?(gemeentehuis|stadhuis|tweede kamer|binnenhof|provinciehuis)',
  '(demonstratie|demonstreren|protest|protesteren|staking)',
];

/**
 * A damning trait said of people after a copula: "die ouders zijn gewoon lui", "is ze gewoon
 * lui", "politicians are stupid". Only with a person or group as subject (never "ik ben lui",
 * "het is dom toeval"); a lesson, a quote or a negation stays quiet.
 */
export const CONTEMPT_TRAIT: readonly string[] = [
  'lui',
  'dom',
  'oliedom',
  'achterlijk',
  'debiel',
  'hersenloos',
  'hersendood',
  'gestoord',
  'hypocriet',
  'zielig en dom',
  'lui en verwend',
  'verwend en lui',
  'dommer dan (het achtereind van )?(een )?(varken|koe|ezel|paard|mijn hond|het achtereind)',
  'lazy',
  'stupid',
  'dumb',
  'thick',
  'brain-?dead',
  'brainless',
  'retarded',
  'worthless',
  'lazy and (entitled|spoiled|stupid)',
  // Damning nouns said of people: "the parents at my school are absolute trash".
  '(absolute |complete |total |echt )?(trash|scum|tuig|uitschot|gespuis|schorem)',
  // As real posts say it of parents or voters (w14, 2026-12): "basically feral".
  'feral',
  'inbred',
  'evil',
  'spineless',
];

/**
 * A damning adjective right before a word for a person: "die luie conciërge", "luie
 * vetzakken", "stupid parents". Words for pupils need a determiner (see the detector): "hoe
 * motiveer je luie leerlingen?" is a teacher's question, "die luie leerlingen" is contempt.
 */
export const CONTEMPT_TRAIT_ATTRIBUTIVE: readonly string[] = [
  // A teacher's reply that runs down a parent's child or upbringing (w14): "your son is a
  // bully and you raised him", "misschien moet u thuis eens nee leren zeggen".
  '(your|uw) (son|daughter|kid|child|boy|girl|zoon|dochter) (is|was) (a bully (and|who)|a (spoilt |spoiled )?brat|het probleem|ambetant|zelf ook geen lieverdje|geen lieverdje)',
  "(your|uw) (son|daughter|kid|child) (isn't|is not) special",
  'the definition of an? (entitled|lazy|useless|bad|helicopter) (parent|mum|mom|dad)',
  '(moet|moest) u (eerst |thuis |zelf )?(eens )?(uw eigen opvoeding|nee leren zeggen)',
  'als u thuis eens (wat )?strenger was',
  // A superlative of a person or a class (w14): "de luiste persoon die ik ken", "de domste generatie ooit".
  '(de )?(luiste|domste|stomste|achterlijkste|laziest|stupidest|dumbest|thickest) (persoon|mens|mensen|collega|vrouw|man|vent|klas|generatie|person|people|generation|class|parents)',
  "(luie|domme|achterlijke|debiele|hersenloze|gestoorde|oliedomme|lazy|stupid|dumb|brainless|retarded|useless|worthless) (ouder|ouders|moeder|moeders|vader|vaders|collega|collegas|collega's|collega’s|juf|juffen|juffrouw|meester|meesters|leraar|leraren|lerares|leerkracht|leerkrachten|docent|docenten|concierge|directeur|directrice|bestuurder|bestuurders|ambtenaar|ambtenaren|politicus|politici|minister|wethouder|burgemeester|mensen|volk|wijf|wijven|vent|venten|kerel|gast|gasten|profiteur|profiteurs|vetzak|vetzakken|vetklep|zak|zakken|kinderen|kids|leerlingen|pubers|jongeren|parents|people|teachers|colleagues|kids|students|pupils|politicians|cow|cows|pig|pigs|slob|slobs|sod|sods|hypocrite|hypocrites|whiners|bureaucrats|cops|voters|kiezers|stemmers)",
];

/**
 * Harm or a death cheered or shrugged at once it has happened: "net goed", "good riddance",
 * "he had it coming", "jammer dat ze gemist hebben". Staff were dismissed for posts like these
 * after a public figure was attacked or killed (news reports of 2025 on US and Dutch cases,
 * summarised in the issue "Judge like a careful colleague"). Most of these are ordinary words
 * for a lost game or a broken printer, so the detector wants harm or a person beside them.
 */
export const HARM_CELEBRATED: readonly string[] = [
  'net goed',
  'verdiende loon',
  'eigen schuld',
  'eigen schuld,? dikke bult',
  'karma',
  'opgeruimd staat netjes',
  '(eentje|één|een) minder',
  '(heeft|had) (het|dat) (ook )?(gewoon |echt |wel )?(verdiend|aan zichzelf te danken)',
  '(krijgt|kreeg) (hij|ze|zij|ie) (eindelijk )?wat (hij|ze|zij|ie) verdient',
  '(geen|nul) (greintje )?medelijden',
  '(ik )?(ga|zal) (er )?(geen|niet) (traan|traantje|om) (laten|huilen|rouwen)',
  '(geen|nul) (traan|traantje|traantjes) (om|over) (laten|gelaten|huilen)',
  '(ga|zal) ik (echt |heus |zeker )?niet (om )?(huilen|rouwen|treuren)',
  '(ik )?(ga|zal) (er )?niet om (huilen|rouwen|treuren)',
  '(de wereld|nederland|het land) is (een stuk )?beter (af )?zonder (hem|haar|die|ze)',
  '(jammer|zonde) dat (ze|hij|zij|ie|de schutter|de dader) (hem |haar )?(gemist|het overleefd|niet (beter )?(gemikt|geraakt))',
  '(volgende keer )?beter mikken',
  '(had it coming|got what (he|she|they) deserved|gets what (he|she|they) deserves?)',
  '(deserved|deserves) (it|every bit of it|what (he|she|they) got)',
  'good riddance',
  "karma[’']?s? (is )?(a bitch|real|got (him|her|them))",
  'karma (got|caught (up with)?|found) (him|her|them)',
  "(couldn['’]?t|could not) (have )?happen(ed)? to a nicer (guy|man|woman|person|bloke)",
  'one less (racist|bigot|fascist|nazi|grifter|clown|idiot|moron|traitor|commie|liberal|conservative|maga|pig|cop|rat|scumbag)( (in|on) (the|this) (world|planet|earth))?',
  '(no|zero) (thoughts|sympathy|tears|prayers)',
  'thoughts and prayers 🙄',
  "(won[’']?t|will not) be missed",
  '(the world|america|the country) is (a )?better (place )?without (him|her|them)',
  '(play|played) stupid games,? win stupid prizes',
  '(finish|finishes|finished) the job',
  // As real posts quoted by rulings cheer a death toll (c8, 2026-12-03).
  '(hadden|hadde) er (wel |nog |veel )?(veel )?meer (mogen zijn|mogen sterven|mogen omkomen|dood mogen)',
  "(i['’]?d|i would) root for (daily )?(death|deaths)",
  '(shame|too bad|pity) (they|he|she|the shooter) missed',
  '(better|aim) (luck|better) next time',
  "(not|won['’]?t be|i[’']?m not) (gonna |going to )?(cry|crying|shed a tear)",
  'dance on (his|her|their) grave',
  '(popping|pop) (the |some )?champagne',
];

/** Harm that has happened to someone, beside a word of HARM_CELEBRATED. */
export const HARM_EVENT: readonly string[] = [
  '(dood|overleden|gestorven|omgekomen|vermoord|doodgeschoten|neergeschoten|neergestoken|aangevallen|mishandeld|in elkaar geslagen|aangereden|opgepakt|ontslagen|veroordeeld|in de cel)',
  '(aanslag|moord|schietpartij|steekpartij|ongeluk|begrafenis|overlijden|schutter|dader|sluipschutter)',
  '(dead|died|dies|killed|murdered|shot|stabbed|assassinated|attacked|beaten|arrested|fired|jailed|convicted|sentenced|passed away|run over)',
  '(assassination|shooting|stabbing|murder|funeral|death|attack|overdose|shooter|gunman|sniper|attacker)',
  '(doden|dodental|deaths|death toll)',
];

/**
 * A teacher calling themselves the keeper of their pupils as of criminals or animals: "I'm not
 * a teacher, I'm a warden", "oppas voor toekomstige criminelen", "the future unemployed of
 * America". It names its own target (the writer's class), so no pupil word is needed.
 */
export const PUPIL_KEEPER: readonly string[] = [
  '(warden|wardens|babysitter|babysitters|zookeeper|zookeepers|jailer|jailers|prison guard|prison guards|bewaker|bewaakster|cipier|cipiers|oppas|dierenoppas|dierenverzorger|oppasser|oppasmoeder) (for|of|voor|van) (a bunch of |a pack of |een stel |een bende )?(future |toekomstige )?(criminals|inmates|convicts|prisoners|thugs|animals|savages|monkeys|criminelen|gevangenen|boeven|tuig|beesten|apen|wilden)',
  "(i['’]?m|i am|ik ben) (not|geen) (a )?(teacher|juf|meester|leraar|leerkracht|docent)[,;.]? (i['’]?m|i am|ik ben|maar) (a |an |een )?(warden|babysitter|zookeeper|jailer|prison guard|bewaker|cipier|oppas|dierenverzorger|dompteur|animal trainer|lion tamer|parole officer|reclasseringsambtenaar)",
  '(the |de )?(future|toekomstige) (criminals|inmates|convicts|unemployed|benefit claimants|dropouts|criminelen|gevangenen|werklozen|uitkeringstrekkers|bajesklanten) (of|van) (america|britain|england|australia|canada|this country|tomorrow|nederland|belgie|belgië|vlaanderen|morgen|de toekomst)',
];

/** Opens a wish: "ik hoop dat …", "hopelijk", "I hope …". */
export const HARM_HOPE: readonly string[] = [
  'hoop',
  'hopelijk',
  'hope',
  'hopefully',
  'i wish',
  'ik wens (hem|haar|ze|hen|jullie|die|dat)',
];

/** Harm a wish asks for: with a hope cue and a person in the sentence (see the detector). */
export const HARM_WISHED: readonly string[] = [
  'overreden (wordt|worden|werd)',
  '(wordt|worden) overreden',
  'dood(gaat|gaan|valt|vallen)',
  'dood (gaat|gaan|neervalt|neervallen)',
  'creperen',
  'crepeert',
  'stikt',
  'stikken',
  'verzuipt',
  'verdrinkt',
  'verdrinken',
  'verongelukt',
  'verongelukken',
  'vergaat',
  'vergaan',
  'omkomt',
  'omkomen',
  'sterft',
  'sterven',
  '(keel|long|darm|hersen)?kanker (krijgt|krijgen)',
  '(een )?(vieze |enge |nare |dodelijke )?ziekte (krijgt|krijgen|oploopt)',
  "(zijn|haar|z'n|d'r|hun) (nek|benen|poten) (breekt|breken)",
  "(op|voor) (zijn|haar|z'n|d'r) (bek|smoel|muil|kop) (slaat|slaan|timmert|krijgt)",
  'in elkaar (wordt|worden|werd) geslagen',
  '(wordt|worden) (in elkaar )?geslagen',
  '(flink|hard|een keer) (slaan|slaat)',
  'tegen een (boom|muur|vrachtwagen|bus) (knalt|knallen|rijdt|rijden|aanrijdt)',
  'in een ravijn',
  'een (bus|trein|vrachtwagen|auto) tegenaan',
  'onder een (bus|trein|tram|auto|vrachtwagen)',
  '(doof|blind|invalide) (wordt|worden)',
  '(neergeschoten|doodgeschoten|opgehangen|opgeknoopt) (wordt|worden)',
  'in de hel (brandt|branden|belandt)',
  'dies',
  'drops dead',
  'gets? (hit by a (bus|car|truck|train)|run over|cancer|shot|beaten up)',
  'chokes',
  'drowns',
  'breaks (his|her|their) neck',
  'throws a (brick|stone|rock) (through|at)',
  'rots? in hell',
  '(trips?|falls?) (down|on) the stairs',
  'drops dead tomorrow',
  'burns? in hell',
];
