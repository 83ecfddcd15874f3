import { anyOverlap } from '../text/ranges';
import type { RuleContext } from '../rules/types';
import { lexicon, type NormMatch, type Range } from '../text/match';
import { clauseBefore, nextWord, scan } from './clauses';
import { isQuoted, sentenceOf, windowOf as sentenceWindow } from './ranges';

// bg-civility ("laster, beledigingen en obsceniteit zijn niet geoorloofd"): swearing, disease
// curses, slurs and sexual language. Hand-written, school-safe lists: the raw LDNOOBW list
// would flag muts, beurt, naaien, poep, eikels, pot, paal, gat, hol, nicht, balen, spuiten,
// zuigen, watje and schatje, which are ordinary words in a primary school.

/** A match with the severity it deserves. */
export type SwearHit = NormMatch & { mild?: boolean };

// ---------------------------------------------------------------------------------------
// Profanity

// `*` at the end: also as the first part of a compound (kutdag, klotezooi, fucking).
const PROFANITY = [
  'kut*',
  'klote*',
  'kloten',
  'klootzak*',
  'godverdomme',
  'godverdomse',
  'godver',
  'goddomme',
  'godsamme',
  'gvd',
  'ggvd',
  'fuck*',
  'fck*',
  'fuk',
  'wtf',
  'stfu',
  'motherfucker(s)?',
  'lul',
  'lullen',
  'gelul',
  'lulkoek',
  'zeiken',
  'zeikt',
  'gezeik',
  'zeikwijf',
  'zeikerd',
  'schijt',
  'schijthuis',
  'hou (je|jouw) (bek|kop|smoel|muil|waffel)',
  'houd (je|jouw) (bek|kop|smoel|muil|waffel)',
  '(bek|kop|smoel) dicht',
  'rot (toch )?op',
  'sodemieter*',
  'donder (toch )?op',
  'lazer (toch )?op',
  'flikker (toch )?op',
  'bullshit',
  'asshole(s)?',
  'hoer',
  'hoeren',
  'hoerig(e)?',
  'hoerenjong',
  'hoerenkind',
];

// Mild: a reminder, not a warning.
const PROFANITY_MILD = [
  'shit*',
  'crap',
  'damn',
  'dammit',
  'verdomme',
  'verdomd(e)?',
  'mijn reet',
  "aan (mijn|m'n|me) reet",
];

// Words the compound stars would catch but that are fine.
const NOT_PROFANE = /^(zeiknat|kutje|kutjes)$/u;
// Masked swearing: f***, f*ck, k*t, kl*te, sh*t, s**t; and as real posts mask slurs and
// worse (c6: posts that rulings and news quote, 2026-12-03): c***, b*******, r******, k*nker,
// any word of a letter and four or more stars.
const MASKED =
  /(?<![\p{L}\p{N}*#])(?:f[*#]{2,4}(?:ing)?|f[*#]ck\p{L}*|f[*#]{1,2}k\p{L}*|k[*#]{1,2}t\p{L}*|kl[*#]{1,2}te\p{L}*|sh[*#!]t\p{L}*|s[*#]{2}t|c[*#]{3,4}s?|k[*#]nker\p{L}*|n[*#]{2,5}(?:a|as|er|ers|s)?|\p{L}[*#]{4,8}\p{L}{0,3})(?![\p{L}\p{N}*#])/gu;

// "rot op" is swearing when said to someone, not in "het fruit werd rot op de vensterbank".
const GO_AWAY = /^(rot|donder|lazer|flikker)\s/u;
function goAwayUsed(ctx: RuleContext, m: NormMatch): boolean {
  const lead = clauseBefore(ctx, m.start);
  const after = ctx.view.norm.slice(m.end, m.end + 12);
  return (
    /(^|[,:;!]|ga|toch|nou|jij|jullie|en)\s*$/u.test(lead) &&
    /^\s*([!.,?]|$|(met|jij|joh|man|nou|jullie|allemaal)(?![\p{L}]))/u.test(after)
  );
}

/** Swear words (mild ones flagged), masked ones included; none inside slur matches. */
export function profanityHits(ctx: RuleContext): SwearHit[] {
  return ctx.memo('swearing:profanity', () => {
    const slurs = slurHits(ctx);
    const out: SwearHit[] = [];
    const strong = scan(ctx.view, ctx.lexicon('civilityProfanity', PROFANITY));
    const mild = scan(ctx.view, ctx.lexicon('civilityProfanityMild', PROFANITY_MILD));
    const masked = scan(ctx.view, MASKED);
    for (const m of [...strong, ...masked]) {
      if (NOT_PROFANE.test(m.text) || (GO_AWAY.test(m.text) && !goAwayUsed(ctx, m))) continue;
      out.push(m);
    }
    for (const m of mild) {
      // "s**t" is both masked and mild: keep the first.
      if (!anyOverlap(out, m)) out.push({ ...m, mild: true });
    }
    return out
      .filter((m) => !anyOverlap(slurs, m) && !anyOverlap(diseaseCurseHits(ctx), m))
      .sort((a, b) => a.start - b.start);
  });
}

// ---------------------------------------------------------------------------------------
// Disease curses

const DISEASES = [
  'kanker*',
  'kenker*',
  'kankah',
  'k[k]r',
  'tyfus*',
  'tiefus*',
  'tyfes*',
  'tering*',
  'klere*',
  'kolere*',
  'pleuris*',
  'pok[k]e*',
  'pok[k]en*',
  'cholera',
  'pest',
  'k[k]',
  'opkankeren',
  'opgekankerd',
  'optyfen',
  'optiefen',
  'opgetyft',
  'opgetiefd',
];

// Compounds about the illness itself: charity, research, care, vaccines.
const MEDICAL_COMPOUND =
  /^(kanker(bestrijding|onderzoek\p{L}*|pati[eë]nt\p{L}*|cel\p{L}*|fonds|centr\p{L}*|zorg|verwekk\p{L}*|registratie|instituut|soort\p{L}*|behandel\p{L}*|preventie|gezwel\p{L}*|diagnose|risico|vrij|screening|genees\p{L}*|afdeling|ziekenhuis|specialist\p{L}*|type\p{L}*|stichting|medic\p{L}*|therap\p{L}*|chirurg\p{L}*|arts\p{L}*|kliniek\p{L}*|tumor\p{L}*|gen|genen|ontwikkeling|overlev\p{L}*|ziekte|kinderen|vereniging|week|collecte|wandeling|loop|actie|bestrijder\p{L}*|vorm\p{L}*|verpleeg\p{L}*)|tyfus(bacterie\p{L}*|vaccin\p{L}*|epidemie\p{L}*|pati[eë]nt\p{L}*)|pokken(vaccin\p{L}*|epidemie\p{L}*|virus|prik|inenting\p{L}*)|kleren\p{L}*|klerenkast\p{L}*)$/u;
// Bare disease names are only a curse in curse position (else "juf heeft kanker" is health).
const BARE =
  /^(kanker|kenker|tyfus|tiefus|tyfes|tering|klere|kolere|pleuris|pokke|pokken|cholera|pest|kk)$/u;
// "Krijg de tering", "krijg toch allemaal de pest", "de tering in hebben", "kanker op".
const CURSE_BEFORE =
  /(?<![\p{L}])(krijg|krijgen|krijgt)\s+(?:(?:toch|maar|allemaal|nou|lekker|de|het|een)\s+){0,3}$/u;
const CURSE_IN = /^\s+in\s+(hebben|heb|had|hebt|krijgen|krijg)(?![\p{L}])/u;
// "ik heb de tering in": the verb came first.
const HAVE_BEFORE =
  /(?<![\p{L}])(heb|hebt|heeft|had|hadden|hebben|krijg|kreeg)\s+(echt\s+|zo\s+|even\s+|toch\s+)?de\s+$/u;
const IN_AFTER = /^\s+in(?![\p{L}])/u;
const CURSE_OP = /^\s+op(?![\p{L}])/u;
// A curse word used as an intensifier or an adjective: "kanker irritant", "tering druk".
const INTENSIFIED =
  /^(leuk|irritant|druk|saai|moe|lang|veel|slecht|goed|mooi|vet|ziek|dom|lelijk|stom|duur|heet|koud|warm|traag|snel|raar|vaag|gaaf|hard|chagrijnig|boos|kwaad|zwaar|lastig|eng|vies|vervelend|lui|gestoord|hoog|laag|vol|zat|gek|ouders?|wijf|hoer|juf|meester|school|zooi|weer|dag|herrie|kop|vent|gozer|leraar|mongool|jood|collega['’]?s?|kinderen|kids|joch|hond|werk|baan|\p{L}+(ig|lijk|isch|baar))$/u;
// Health talk: "kanker is een rotziekte", "aan kanker overleden", "tegen kanker lopen".
const HEALTH = lexicon([
  'heeft',
  'had',
  'hebben',
  'kreeg',
  'krijgt',
  'ziek(te)?',
  'rotziekte',
  'diagnose',
  'patient(en)?',
  'behandeling',
  'chemo',
  'ziekenhuis',
  'overleden',
  'genezen',
  'tumor',
  'kwf',
  'onderzoek',
  'bestrijding',
  'strijd',
  'vechten',
  'tegen',
  'aan',
  'met',
  'vaccin(atie)?',
  'epidemie',
  'geschiedenis',
  'middeleeuwen',
]);
// "de tering naar de nering zetten" is an old saying about spending.
const SAYING = /tering\s+naar\s+de\s+nering/u;

/** Disease curses: compounds ("kankerweer"), "krijg de …", interjections, intensifiers. */
export function diseaseCurseHits(ctx: RuleContext): NormMatch[] {
  return ctx.memo('swearing:disease', () => {
    const { view } = ctx;
    const norm = view.norm;
    const out: NormMatch[] = [];
    for (const found of scan(view, ctx.lexicon('civilityDiseaseCurse', DISEASES))) {
      // "kanker-ouders": take the hyphenated part too.
      const tail = /^-\p{L}+/u.exec(norm.slice(found.end, found.end + 30))?.[0] ?? '';
      const m = { start: found.start, end: found.end + tail.length, text: found.text + tail };
      const word = m.text.replace('-', '');
      if (isQuoted(ctx, m) || MEDICAL_COMPOUND.test(word)) continue;
      if (SAYING.test(norm.slice(m.start, m.start + 30))) continue;
      if (!BARE.test(m.text)) {
        out.push(m); // a compound, "kkr", "opkankeren": always a curse
        continue;
      }
      if (isCursePosition(ctx, m)) out.push(m);
    }
    return out;
  });
}

function isCursePosition(ctx: RuleContext, m: NormMatch): boolean {
  const norm = ctx.view.norm;
  const after = norm.slice(m.end, m.end + 16);
  if (CURSE_BEFORE.test(clauseBefore(ctx, m.start))) return true;
  if (m.text === 'pest' || m.text === 'cholera') return false; // only "krijg de pest"
  if (CURSE_IN.test(after) || CURSE_OP.test(after)) return true;
  if (HAVE_BEFORE.test(clauseBefore(ctx, m.start)) && IN_AFTER.test(after)) return true;
  const next = nextWord(norm, m.end);
  const sentence = sentenceOf(ctx, m.start);
  const health = scan(ctx.view, HEALTH).some(
    (h) => h.start >= sentence.start && h.end <= sentence.end,
  );
  if (m.text === 'kk') return INTENSIFIED.test(next);
  // "Kanker, wat een dag!", "Tering zeg", "… , tyfus!": an interjection.
  const lead = norm.slice(sentence.start, m.start).trim();
  const interjection =
    (lead === '' || lead.endsWith(',')) &&
    (/^\s*([!,?.]|$)/u.test(after) || /^(zeg|man|joh|he|hee|wat|wtf)$/u.test(next));
  if (interjection && !health) return true;
  // "kanker irritant", "tering druk", "tyfus weer": an intensifier with no space to spare.
  return /^\s/u.test(after) && INTENSIFIED.test(next) && !health;
}

// ---------------------------------------------------------------------------------------
// Slurs

// Hurtful in any position.
const SLURS = [
  'spast(en|je|jes)?',
  'spasticus',
  'spacko',
  'kutmarokka(an|anse|nen|antje)',
  'kankermarokka(an|nen)',
  'kut ?turk(en)?',
  'kankerturk(en)?',
  'kankerjo(od|den)',
  'kankermongo(ol|olen)',
  'neger(s|tje|tjes|in|innen)?',
  'negerzoen(en)?',
  'nikker(s)?',
  'bosneger(s)?',
  'nig[g]er(s)?',
  'nigga(s)?',
  'spleetog(en)?',
  'spleetoog',
  'geitenneuker(s)?',
  'poepchinees',
  'jodenstreek',
  'mongo[o]l(tje|tjes)?',
  'downie(s)?',
  'retard(s|ed)?',
  'fag[g]ot(s)?',
  'tranny',
  'flikker(s|tje|tjes)?',
  // Racist tropes as real posts use them (c6: posts that rulings and news quote, 2026-12-03).
  'boomaap',
  'boomapen',
  'bananen(eter|eters|vreter|vreters)',
  'kokosno(o|t)enboom',
  'klapperboom',
  '(terug )?naar (het|je|jullie) oerwoud',
  'apenland',
  // As real posts quoted by rulings put them (c8, 2026-12-03): people called apes, a faith
  // as a mob, "back to the hot sandbox".
  'zwarte apen',
  'zwarten uit de jungle',
  '(islam|moslim|allochtonen|buitenlanders|asiel|azc)tuig',
  'hete zandbak',
];
// Words that are an identity, a diagnosis or a people: a slur only when used as an insult.
const SLURS_AS_INSULT = [
  "homo('s|s)?",
  'autist(en|je)?',
  'autistisch(e)?',
  'gehandicapt(e)?',
  'spastisch(e)?',
  'spasme',
  'mongolen',
];
const INSULT_FRAME_BEFORE =
  /(?<![\p{L}])(doe\s+(niet\s+)?(zo\s+)?|wat\s+een\s+|wat\s+ben\s+je\s+(toch\s+)?(een\s+)?|jij\s+|jullie\s+|vuile\s+|vieze\s+|stomme\s+|domme\s+|kanker\s+|kut\s+|zo['’]?n\s+|zon\s+|echt\s+zo['’]?n\s+|stelletje\s+|you\s+|ben\s+je\s+(soms\s+)?|bent\s+(u|je)\s+(soms\s+)?)$/u;
// "Groep 7 leert over de Mongolen", "Dzjengis Khan en de Mongolen".
const MONGOL_HISTORY =
  /mongoli|khan|rijk|leger|steppe|geschiedenis|eeuw|volk|nomaden|ruiters|china|azie/u;

/** Slurs: always for hateful words, in insult position for identity words. */
export function slurHits(ctx: RuleContext): NormMatch[] {
  return ctx.memo('swearing:slurs', () => {
    const { view } = ctx;
    const norm = view.norm;
    const out: NormMatch[] = [];
    for (const m of scan(view, ctx.lexicon('civilitySlur', SLURS))) {
      if (
        /^flikker/u.test(m.text) &&
        /^\s+(toch\s+)?op(?![\p{L}])/u.test(norm.slice(m.end, m.end + 10))
      )
        continue; // "flikker op" is swearing, not a slur
      if (!isQuoted(ctx, m)) out.push(m);
    }
    for (const m of scan(view, ctx.lexicon('civilitySlurAsInsult', SLURS_AS_INSULT))) {
      if (isQuoted(ctx, m)) continue;
      const before = clauseBefore(ctx, m.start);
      const after = norm.slice(m.end, m.end + 6);
      const vocative = /^\s*[!]/u.test(after) && /(^|[,!?.]\s*|jij\s+)$/u.test(before);
      if (m.text === 'mongolen') {
        const win = sentenceWindow(ctx, m.start, 1);
        const raw = view.raw.slice(view.toRaw(m.start, m.end).start);
        if (/^M/u.test(raw) || MONGOL_HISTORY.test(norm.slice(win.start, win.end))) continue;
      }
      if (INSULT_FRAME_BEFORE.test(before) || vocative) out.push(m);
    }
    return out.sort((a, b) => a.start - b.start);
  });
}

// ---------------------------------------------------------------------------------------
// Sexual language

const SEXUAL = [
  'neuk*',
  'geneukt',
  'geil*',
  'porno*',
  'porn',
  'pornhub',
  'seksfilm(s)?',
  'sexfilm(s)?',
  'tieten',
  'tietjes',
  'tits',
  'titties',
  'boobs',
  'slet(je|ten|jes)?',
  'sletterig(e)?',
  'slettenbak',
  'blowjob(s)?',
  'handjob(s)?',
  'pijpbeurt(en)?',
  'beffen',
  'rampetampen',
  'kutje(s)?',
  "dildo('s|s)?",
  'klaarkomen',
  'horny',
  'nudes',
  'dickpic(s)?',
  'dick pic(s)?',
  'milf(s)?',
];
// Sex education and online safety lessons name these things on purpose.
const SEX_ED = lexicon([
  'lentekriebels',
  'seksuele (vorming|voorlichting|ontwikkeling|opvoeding)',
  'relaties en seksualiteit',
  'seksualiteit',
  'voorlichting',
  'mediawijsheid',
  'mediawijs',
  'sexting',
  'weerbaarheid',
  'grooming',
  'online veiligheid',
  'veilig online',
  '(les|lessen|thema|ouderavond|gastles) over',
  'sex education',
]);

/** True when `range` speaks of sex education or online safety. */
export function sexEdIn(ctx: RuleContext, range: Range): boolean {
  return anyOverlap(
    ctx.memo('swearing:sexEd', () => scan(ctx.view, SEX_ED)),
    range,
  );
}

/** Sexual obscenity, unless the sentence is about sex education or online safety. */
export function sexualHits(ctx: RuleContext): NormMatch[] {
  return ctx.memo('swearing:sexual', () => {
    const sexEd = ctx.memo('swearing:sexEd', () => scan(ctx.view, SEX_ED));
    return scan(ctx.view, ctx.lexicon('civilitySexual', SEXUAL)).filter((m) => {
      if (isQuoted(ctx, m) && sexEd.length > 0) return false;
      const win: Range = sentenceWindow(ctx, m.start, 1);
      return !anyOverlap(sexEd, win);
    });
  });
}

// ---------------------------------------------------------------------------------------
// Discrimination: a group by origin, language or religion told to adapt or go away

const ORIGIN =
  '(buitenlanders|allochtonen|vluchtelingen|migranten|asielzoekers|statushouders|marokkanen|turken|polen|syriers|moslims)';
const ADAPT =
  '(integreren|inburgeren|nederlands leren|zich aanpassen|aanpassen|oprotten|opdonderen)';
const DISCRIMINATION = [
  // "moeten maar eens integreren", "moeten eerst maar eens Nederlands leren".
  `(moet|moeten) (eerst |toch |ook )?(maar|nou|gewoon) (eens |eerst )?(eens )?${ADAPT}`,
  '(terug|teruggaan|gaan) naar (hun|je|jullie) (eigen )?land',
  'terug naar (eigen )?land',
  `(die|deze|zulke|al die|dat soort) ${ORIGIN} (zijn|doen|willen|kunnen|leren) (ook )?(altijd|nooit|allemaal)`,
  `(al die|zulke|dat soort) ${ORIGIN}`,
  'gelukzoekers',
  'typisch (marokkaans|turks|pools|surinaams|antilliaans|allochtoon|buitenlands|islamitisch)(e)?',
  '(should|need to|must) (just )?(integrate|learn (dutch|english|the language)|adapt)',
  'go back (to )?(where they came from|to their (own )?country|home)',
  '(those|these) (immigrants|foreigners|refugees|muslims) (are|always|never|should)',
  // Said to someone, and of any group (w18 drafts, tests/corpus/train, 2026-12-03).
  'go back (to )?(where you came from|to your (own )?country)',
  '(ga|gaan|ga maar|rot (maar )?op) terug naar (je|jouw|uw|jullie) (eigen )?land',
  '(those|these|you) (people|lot) (never|always|should|can never|will never)',
  '(those|these) (jews|hindus|sikhs|migrants|poles|romanians|africans|arabs|gypsies) (are|always|never|should)',
];
// Lessons and care: "nieuwkomers leren Nederlands in de taalklas", a plea for inclusion.
const INCLUSIVE = lexicon([
  'welkom',
  'taalklas',
  'nt2',
  'helpen',
  'ondersteunen',
  'steun',
  'kans(en)?',
  'welcome',
  'support',
]);

/** Remarks that single out a group by origin, language or religion and tell it to adapt. */
export function discriminationHits(ctx: RuleContext): NormMatch[] {
  return ctx.memo('swearing:discrimination', () => {
    const inclusive = scan(ctx.view, INCLUSIVE);
    return scan(ctx.view, ctx.lexicon('civilityDiscrimination', DISCRIMINATION)).filter(
      (m) => !isQuoted(ctx, m) && !anyOverlap(inclusive, sentenceOf(ctx, m.start)),
    );
  });
}
