import { anyOverlap, withoutOverlaps } from '../text/ranges';
import * as L from '../lexicons/contempt';
import type { LexiconId } from '../lexicons/ids';
import type { RuleContext } from '../rules/types';
import { lexicon, type NormMatch, type Range } from '../text/match';
import { lessonIn } from './civility';
import { clauseBefore, negatedInClause, scan } from './clauses';
import { fictionNear } from './insults';
import { isQuoted, sentenceOf, windowOf as sentenceWindow } from './ranges';
import { nameMentions } from './context';
import { individuals } from './individuals';
import { sexEdIn } from './swearing';

// Contempt aimed at people — at anyone (lexicons in core/lexicons/contempt.ts). Each signal is
// a target and a predicate, paired structurally: "mijn leerlingen worden allemaal criminelen"
// (a pupil group, a link verb, a damning noun), "X is een oorlogsmisdadiger" (a copula before
// a crime), "de islam is barbarij" (a group and a dehumanising word in one sentence). A word
// alone never fires: lessons about animals, news about a thief, a history lesson about the
// war stay quiet. All ranges are norm ranges; every lookup is per match in one sentence.

const compiled = new Map<string, RegExp>();
/** The list compiled once (module level: the lists are data, not per-draft). */
function lex(name: string, entries: readonly string[]): RegExp {
  let re = compiled.get(name);
  if (!re) {
    re = lexicon(entries);
    compiled.set(name, re);
  }
  return re;
}

/** The contempt lists by the part of their lexicon id after `contempt`. */
type ContemptList = LexiconId extends infer Id
  ? Id extends `contempt${infer Name}`
    ? Name
    : never
  : never;

function find(ctx: RuleContext, name: ContemptList, entries: readonly string[]): NormMatch[] {
  return ctx.memo(`contempt:${name}`, () =>
    scan(ctx.view, ctx.lexicon(`contempt${name}`, entries)),
  );
}

/** The last of `targets` that ends before `pos` within `reach` characters, in one sentence. */
function targetBefore(
  targets: readonly Range[],
  pos: number,
  sentence: Range,
  reach: number,
): Range | undefined {
  let best: Range | undefined;
  for (const t of targets) {
    if (t.start >= pos) break;
    if (t.end <= pos && t.start >= sentence.start && pos - t.end <= reach) best = t;
  }
  return best;
}

function anyIn(targets: readonly Range[], r: Range): boolean {
  return anyOverlap(targets, r);
}

const WORDS = /[\p{L}\p{N}'’-]+/gu;
const wordCount = (s: string): number => (s.match(WORDS) ?? []).length;

// Between a pupil group and a damning word: a link verb or a comparison.
const LINK =
  /(?<![\p{L}])(zijn|is|waren|was|worden|wordt|word|blijven|blijft|lijken|lijkt|noem|noemt|gedragen|gedraagt|als|net|eindigen|belanden|gaan|are|were|is|was|like|become|becoming|be|behave|behaving|act|acting|end)(?![\p{L}])/u;
const COMPARED_LINK = new RegExp(`(?<![\\p{L}])${L.COMPARED_LINK}(?![\\p{L}])`, 'u');

/** Pupil groups and singled-out pupils: whom contempt for one's pupils is aimed at. */
function pupilTargets(ctx: RuleContext): Range[] {
  return ctx.memo('contempt:pupilTargets', () =>
    [
      ...find(ctx, 'PupilGroup', L.PUPIL_GROUP),
      ...individuals(ctx).filter((p) => p.kind === 'pupil'),
    ].sort((a, b) => a.start - b.start),
  );
}

/** A damning word linked to the pupil group before it ("… worden allemaal criminelen"). */
function linkedToPupils(ctx: RuleContext, m: NormMatch, link: RegExp): boolean {
  const sentence = sentenceOf(ctx, m.start);
  const target = targetBefore(pupilTargets(ctx), m.start, sentence, 70);
  if (!target) return false;
  const gap = ctx.view.norm.slice(target.end, m.start);
  if (wordCount(gap) > 6 || /[.!?;]/u.test(gap)) return false;
  // "… gaan later toch niks worden": the damning phrase brings its own verb.
  // "Mijn klas van dit jaar: toekomstige criminelen" — a colon or dash says it as well.
  if (link === LINK && /[:=]|\s[-–—]\s/u.test(gap)) return true;
  return link.test(gap) || LINK.test(m.text.split(/\s/u)[0] ?? '');
}

const HERE_ZOO =
  /(?<![\p{L}])(?:dierentuin|apenkooi)\s+hier(?![\p{L}])|(?<![\p{L}])(?:het is hier|hier is het|hier)\s+(?:\p{L}+\s+)?(?:een\s+)?(?:dierentuin|apenkooi)(?![\p{L}])/gu;
const FOND =
  /❤|💛|🥰|😍|💕|(?<![\p{L}])(trots|proud|love|lief|liefjes|schatjes|schatten|little monsters|kleine monster(s|tjes)|school play|toneelstuk|musical|halloween|verkleed|costumes?)(?![\p{L}])/u;
const SCORN_CUE =
  /🙄|😒|🙃|🤦|#sarcas|#not(?![\p{L}])|#ironi|(?<![\p{L}])(lekker makkelijk|makkelijk zo|ja hoor|jaja|tuurlijk|zal wel|yeah right|sure jan|excuus|excuusje|whatever)(?![\p{L}])/u;

const plain = (ctx: RuleContext, m: NormMatch): boolean =>
  !isQuoted(ctx, m) && !negatedInClause(ctx, m) && !fictionNear(ctx, m.start);

/**
 * Contempt for one's own pupils (art. 4): compared with criminals or animals ("mijn klas is
 * een dierentuin", "my students are animals"), written off ("worden toch niks"), mocked for
 * their name ("wie noemt zijn kind zo"), or for a diagnosis or accommodation ("zogenaamde
 * ADHD", "weer een 'dyslexieverklaring' 🙄").
 */
export function pupilContemptHits(ctx: RuleContext): NormMatch[] {
  return ctx.memo('contempt:pupils', () => {
    const { view } = ctx;
    const out: NormMatch[] = [];
    for (const m of find(ctx, 'Pupil', L.CONTEMPT_PUPIL)) {
      if (plain(ctx, m) && linkedToPupils(ctx, m, LINK)) out.push(m);
    }
    for (const m of find(ctx, 'PupilCompared', L.CONTEMPT_PUPIL_COMPARED)) {
      // Said fondly: "trots op onze kleine monstertjes ❤️", "our little monsters, so proud".
      const sentence = sentenceOf(ctx, m.start);
      const around = sentenceWindow(ctx, m.start, 1);
      if (FOND.test(view.norm.slice(around.start, around.end))) continue;
      if (plain(ctx, m) && !lessonIn(ctx, sentence))
        if (linkedToPupils(ctx, m, COMPARED_LINK)) out.push(m);
    }
    for (const m of scan(view, HERE_ZOO)) {
      if (plain(ctx, m) && childIn(ctx, sentenceWindow(ctx, m.start, 1))) out.push(m);
    }
    // A label on its own at the end of a sentence: "… 🙄 tokkies", "… at his kid. Animals."
    for (const m of find(ctx, 'TrailingLabel', L.TRAILING_LABEL)) {
      if (isQuoted(ctx, m) || negatedInClause(ctx, m)) continue;
      const sentence = sentenceOf(ctx, m.start);
      if (/[\p{L}\p{N}]/u.test(view.norm.slice(m.end, sentence.end))) continue;
      const lead = view.norm.slice(sentence.start, m.start);
      // The label alone as a sentence, or after a pause (emoji, dash, colon): not "de dieren".
      if (/[\p{L}]\s*$/u.test(lead)) continue;
      const people = find(ctx, 'PeopleOfSchool', L.PEOPLE_OF_SCHOOL);
      const before = lead.trim() === '' ? sentenceWindow(ctx, m.start, 1) : sentence;
      if (anyIn(people, { start: before.start, end: m.start })) out.push(m);
    }
    // "I'm not a teacher, I'm a warden": the writer's class is the target.
    for (const m of find(ctx, 'PupilKeeper', L.PUPIL_KEEPER)) {
      if (plain(ctx, m)) out.push(m);
    }
    for (const m of find(ctx, 'NameMockery', L.NAME_MOCKERY)) {
      if (!isQuoted(ctx, m) && !negatedInClause(ctx, m)) out.push(m);
    }
    for (const m of find(ctx, 'AccommodationScorn', L.ACCOMMODATION_SCORN)) {
      if (!isQuoted(ctx, m) && !negatedInClause(ctx, m)) out.push(m);
    }
    // 'dyslexieverklaring' in scare quotes, with a sneer around it.
    for (const m of find(ctx, 'Accommodation', L.ACCOMMODATION_WORDS)) {
      if (!scareQuoted(ctx, m)) continue;
      const win = sentenceWindow(ctx, m.start, 1);
      if (SCORN_CUE.test(view.norm.slice(win.start, win.end))) out.push(m);
    }
    return withoutOverlaps(out);
  });
}

/** Quotes of at most three words around the match: 'dyslexie', "extra tijd". */
function scareQuoted(ctx: RuleContext, m: Range): boolean {
  const norm = ctx.view.norm;
  const before = norm.slice(Math.max(0, m.start - 2), m.start);
  const after = norm.slice(m.end, m.end + 2);
  return /["'‘“]\s?$/u.test(before) && /^\s?["'’”]/u.test(after);
}

function childIn(ctx: RuleContext, r: Range): boolean {
  return anyIn(find(ctx, 'ChildWords', L.CHILD_WORDS), r) || anyIn(pupilTargets(ctx), r);
}

// Before a crime or damning label: who is called it ("X is gewoon een …", "noem hem een …").
const COPULA_BEFORE =
  /(?<![\p{L}])(?:is|zijn|was|waren|blijft|blijven|noem|noemt|noemen|are|were|is|was|'s|he's|she's|hes|shes)\s+(?:(?:gewoon|echt|toch|ook|wel|nogal|allemaal|alleen maar|stuk voor stuk|all|een|a|an|zo['’]?n|zon|de|the|grootste|biggest|ordinary|plain|simply|just|really|nothing but|niets meer dan|niks meer dan|hem|haar|ze|him|her|them|corrupte|vuile|smerige|ordinaire|gore|echte|regelrechte|vieze|dirty|lying|corrupt|ne|nen|gewone|stelletje|bende|walgelijke|dikke|literal|literally|absolute|complete|total|pathetic|spineless|vile|disgusting|brain-dead|brain dead)[,]?\s+){0,4}$/u;
const THING_BEFORE =
  /(?<![\p{L}])(?:dit|dat|het|er|hier|this|that|it|there)\s+(?:is|zijn|was|waren|'s)\s+(?:\p{L}+\s+){0,3}$/u;
const SELF_BEFORE =
  /(?<![\p{L}])(?:ik\s+(?:ben|was)|i\s+am|i'm|im|i\s+was|wij\s+zijn|we\s+zijn|we\s+are)\s+(?:\p{L}+\s+){0,3}$/u;
// "die corrupte wethouder", "that war criminal Netanyahu": a label before a person.
const LABEL_AFTER = /^\s+(?:\p{Lu}|minister|premier|wethouder|burgemeester|president|kamerlid)/u;

/**
 * Slander and insult of anyone (art. 4: "belediging, laster … in de zin van het Wetboek van
 * Strafrecht"): a crime or damning label called of a person with a copula — "minister X is
 * een oorlogsmisdadiger", "die wethouder is gewoon corrupt", "noem hem maar een fascist".
 * "Het boek gaat over een dief", "hij is geen crimineel" and a history lesson stay quiet.
 */
export function slanderHits(ctx: RuleContext): NormMatch[] {
  return ctx.memo('contempt:slander', () => {
    const { view } = ctx;
    const out: NormMatch[] = [];
    for (const m of find(ctx, 'Slander', L.SLANDER)) {
      if (!plain(ctx, m)) continue;
      const sentence = sentenceOf(ctx, m.start);
      if (lessonIn(ctx, sentence) || aboutPrejudiceNear(ctx, m.start)) continue;
      const before = view.norm.slice(Math.max(sentence.start, m.start - 80), m.start);
      const raw = view.toRaw(m.end, Math.min(view.norm.length, m.end + 20));
      const rawAfter = view.raw.slice(raw.start, raw.end);
      const labelled =
        /(?<![\p{L}])(?:die|deze|that|this|de|the)\s+$/u.test(before) && LABEL_AFTER.test(rawAfter);
      const called =
        COPULA_BEFORE.test(before) && !THING_BEFORE.test(before) && !SELF_BEFORE.test(before);
      // "Stelletje nazi's", "What a fraud 😂", "Typical crook": an exclamation about someone
      // in this sentence or the one before.
      const exclaimed =
        EXCLAIMED_BEFORE.test(before) && personIn(ctx, sentenceWindow(ctx, m.start, 1));
      if (!called && !labelled && !exclaimed) continue;
      // A court or a news report: "de rechter vond hem schuldig: hij is een crimineel".
      if (COURT.test(view.norm.slice(sentence.start, sentence.end))) continue;
      // Someone is called it: a person word, a name or a pronoun in the sentence.
      if (exclaimed || personIn(ctx, sentence) || subjectNamed(ctx, sentence, m)) out.push(m);
    }
    return out;
  });
}

const EXCLAIMED_BEFORE =
  /(?:^|[^\p{L}\s]\s*|(?<![\p{L}])(?:stelletje|stel|bende|wat een|wat voor een|zo['’]?n|what an?|such an?|typical|typisch|typisch zo['’]?n|bunch of|a bunch of|pack of|nest)\s+(?:\p{L}+\s+)?)$/u;
const COURT =
  /(?<![\p{L}])(?:rechter|rechtbank|vonnis|veroordeeld|veroordeling|schuldig bevonden|court|judge|jury|convicted|found guilty|verdict|sentenced)(?![\p{L}])/u;
// A capitalised word that opens the sentence right before the copula: "Rutte is een …".
const NAMED_SUBJECT =
  /^\s*(?!(?:Dit|Dat|Het|Er|Hier|Wat|Dat|Zo|This|That|It|There|What|Here|So|The|De|Een|A|An)\s)\p{Lu}[\p{L}'’.-]{2,}(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:is|was|blijft|['’]s)\s/u;

/** "Rutte is een oorlogsmisdadiger": the sentence opens with a name before the copula. */
function subjectNamed(ctx: RuleContext, sentence: Range, m: Range): boolean {
  const raw = ctx.view.toRaw(sentence.start, m.start);
  return NAMED_SUBJECT.test(ctx.view.raw.slice(raw.start, raw.end));
}

const PRONOUN_PERSON =
  /(?<![\p{L}])(?:hij|zij|ze|hem|haar|he|she|him|her|they|them|jij|je|u|you)(?![\p{L}])/u;
const CAPITALISED_MID = /(?<=[\p{L},]\s+)\p{Lu}\p{Ll}{2,}/u;

function personIn(ctx: RuleContext, r: Range): boolean {
  const { view } = ctx;
  if (anyIn(find(ctx, 'PublicPerson', L.PUBLIC_PERSON), r)) return true;
  if (anyIn(individuals(ctx), r)) return true;
  if (nameMentions(ctx).some((n) => n.start < r.end && n.end > r.start)) return true;
  if (PRONOUN_PERSON.test(view.norm.slice(r.start, r.end))) return true;
  const raw = view.toRaw(r.start, r.end);
  return CAPITALISED_MID.test(view.raw.slice(raw.start, raw.end));
}

function aboutPrejudiceNear(ctx: RuleContext, pos: number): boolean {
  return anyIn(find(ctx, 'AboutPrejudice', L.ABOUT_PREJUDICE), sentenceWindow(ctx, pos, 1));
}

/**
 * Contempt for a group of people (bg-civility): a religion, an origin, an orientation or a
 * disability with a dehumanising or damning word in the same sentence — "de islam is
 * achterlijke barbarij", "die asielzoekers zijn tuig", "muslims are savages". A lesson about
 * prejudice, the war or racism, and a negated statement, stay quiet.
 */
export function groupContemptHits(ctx: RuleContext): NormMatch[] {
  return ctx.memo('contempt:groups', () => {
    const groups = find(ctx, 'PeopleGroup', L.PEOPLE_GROUP);
    if (groups.length === 0) return [];
    const out: NormMatch[] = [];
    for (const m of find(ctx, 'GroupContempt', L.GROUP_CONTEMPT)) {
      // "horen hier niet thuis" carries its own "niet".
      const ownNegator = /(?<![\p{L}])(niet|geen|not|don't|dont)(?![\p{L}])/u.test(m.text);
      if (isQuoted(ctx, m) || fictionNear(ctx, m.start) || aboutPrejudiceNear(ctx, m.start))
        continue;
      if (!ownNegator && negatedInClause(ctx, m)) continue;
      const sentence = sentenceOf(ctx, m.start);
      const near = {
        start: Math.max(sentence.start, m.start - 90),
        end: Math.min(sentence.end, m.end + 60),
      };
      if (anyIn(groups, near) && !lessonIn(ctx, sentence)) out.push(m);
    }
    return out;
  });
}

/** A sexual remark and whom it is about; `minor` when that is a pupil or a child. */
export type SexualRemark = NormMatch & { minor: boolean };

/**
 * Sexual remarks and flirting about people of the school (bg-civility; a stop when it is
 * about a pupil): "die moeder van Sem is een lekker ding", "de meiden van groep 8 zien er
 * sexy uit", "flirten met een leerling". Sex education stays quiet.
 */
export function sexualRemarkHits(ctx: RuleContext): SexualRemark[] {
  return ctx.memo('contempt:sexual', () => {
    const out: SexualRemark[] = [];
    const targets = find(ctx, 'SexualTarget', L.SEXUAL_TARGET);
    if (targets.length === 0) return out;
    const minors = find(ctx, 'MinorTarget', L.MINOR_TARGET);
    for (const m of find(ctx, 'SexualRemark', L.SEXUAL_REMARK)) {
      if (isQuoted(ctx, m) || negatedInClause(ctx, m)) continue;
      const win = sentenceWindow(ctx, m.start, 1);
      if (sexEdIn(ctx, win) || lessonIn(ctx, win)) continue;
      const sentence = sentenceOf(ctx, m.start);
      const near = sentenceWindow(ctx, m.start, 0);
      const around = {
        start: Math.max(near.start, m.start - 100),
        end: Math.min(near.end, m.end + 60),
      };
      if (!anyIn(targets, around) && !anyIn(individuals(ctx), sentence)) continue;
      // "de moeder van Sem" is about the mother: an adult word wins over the child's name.
      const adult = ADULT.test(ctx.view.norm.slice(around.start, around.end));
      const minor =
        !adult &&
        (anyIn(minors, around) ||
          individuals(ctx).some(
            (p) => p.kind === 'pupil' && p.start < around.end && p.end > around.start,
          ));
      out.push({ ...m, minor });
    }
    return out;
  });
}

const ADULT =
  /(?<![\p{L}])(moeder|moeders|vader|vaders|mama|papa|ouder|ouders|collega|collega's|juf|meester|stagiaire|mom|mum|dad|parent|parents|colleague)(?![\p{L}])/u;

/** Violence wished on someone (art. 4), also as a joke: "iemand moet hem eens neerschieten". */
export function violenceWishHits(ctx: RuleContext): NormMatch[] {
  return ctx.memo('contempt:violence', () =>
    find(ctx, 'ViolenceWish', L.VIOLENCE_WISH).filter(
      (m) =>
        !isQuoted(ctx, m) &&
        !negatedInClause(ctx, m) &&
        !fictionNear(ctx, m.start) &&
        !lessonIn(ctx, sentenceWindow(ctx, m.start, 1)),
    ),
  );
}

const SARCASM_TAG = lex(
  'sarcasmTags',
  L.SARCASM_TAGS.map((t) => t.slice(1)),
);
const CHEER =
  /🎉|😊|💛|❤|🥰|😍|👍|🙌|🥳|(?<![\p{L}])(top|leuk|gezellig|genieten|trots)(?![\p{L}])/u;
const SARCASM_OPENER =
  /(?:^|[.!?]\s+|\n)(?:geweldig|fijn|top|super|heerlijk|leuk|lekker|mooi|great|lovely|awesome|perfect|perfecto)\s*[,!]+\s+(?:weer|alweer|nog|again|another)\s/gu;

/**
 * Sarcasm about a pupil (art. 4): "#sarcasme", "Geweldig, weer een …" with a pupil singled
 * out or a class in the same or the next sentence. Disclosing the pupil's situation this way
 * is also article 3 (the confidentiality rules read the same words).
 */
export function sarcasmAboutPupilHits(ctx: RuleContext): NormMatch[] {
  return ctx.memo('contempt:sarcasm', () => {
    const { view } = ctx;
    const out: NormMatch[] = [];
    // A tag used as a tag: nothing but other tags, emoji or punctuation after it in its
    // sentence ("… #sarcasme"), not "#sarcasme is een lastig woord".
    const tags = scan(view, SARCASM_TAG).filter((m) => {
      if (view.norm[m.start - 1] !== '#') return false;
      const s = sentenceOf(ctx, m.start);
      const rest = view.norm.slice(m.end, s.end).replace(/#[\p{L}\p{N}_]+/gu, '');
      return !/[\p{L}\p{N}]/u.test(rest);
    });
    // "Geweldig, weer een leerling die …": the opener with a relative clause, no cheer.
    const openers = scan(view, SARCASM_OPENER).filter((m) => {
      const s = sentenceOf(ctx, m.start);
      const text = view.norm.slice(m.end, s.end);
      return (
        /(?<![\p{L}])(die|dat|met|zonder|who|with)(?![\p{L}])/u.test(text) && !CHEER.test(text)
      );
    });
    for (const m of [...tags, ...openers]) {
      const win = sentenceWindow(ctx, m.start, 1);
      if (childIn(ctx, win)) out.push(m);
    }
    return withoutOverlaps(out);
  });
}

/**
 * Pupils used in a political act (bg-civility): a class taught to jeer at, boo or protest
 * against a politician or party. A visit to the town hall or a lesson about democracy does
 * not jeer.
 */
export function politicalActHits(ctx: RuleContext): NormMatch[] {
  return ctx.memo('contempt:political', () => {
    const out: NormMatch[] = [];
    for (const m of find(ctx, 'Jeer', L.JEER)) {
      if (isQuoted(ctx, m) || negatedInClause(ctx, m)) continue;
      const win = sentenceWindow(ctx, m.start, 1);
      if (!childIn(ctx, win)) continue;
      if (anyIn(find(ctx, 'PoliticalTarget', L.POLITICAL_TARGET), win)) out.push(m);
    }
    return out;
  });
}

// Before a trait: a copula with at most three adverbs, the subject maybe inverted after it
// ("volgens mij is ze gewoon lui").
const TRAIT_COPULA =
  /(?<![\p{L}'’])(?:is|zijn|was|waren|blijft|blijven|lijkt|lijken|are|were|'s|’s|'re|’re)\s+(?:(?:hij|zij|ze|ie|die|they|he|she)\s+)?(?:(?:gewoon|echt|toch|ook|wel|zo|zó|heel|erg|te|ontzettend|nogal|best|allemaal|altijd|stuk voor stuk|compleet|totaal|hartstikke|vreselijk|verschrikkelijk|extreem|simply|just|so|really|all|too|bloody|fucking|very|totally|completely|such|incredibly|basically|literally|absolutely|utterly|genuinely|actually)\s+){0,3}$/u;
// What may follow a trait said of someone: the end of the clause, "en …", "om te …".
const TRAIT_END =
  /^\s*(?:$|[^\p{L}\p{N}\s]|(?:en|of|hoor|zeg|joh|om|ofzo|eigenlijk|geworden|and|or|to|as|als|af)(?![\p{L}]))/u;
// The writer or a thing as the subject: "ik ben zo lui", "het is dom toeval", "dat was dom".
const TRAIT_SELF_OR_THING =
  /(?<![\p{L}])(?:ik|wij|we|i|i'm|im|dit|dat|het|er|this|that|it|wat|what)\s+(?:\p{L}+\s+){0,1}(?:is|ben|zijn|was|waren|am|are|'s|’s|'m|’m|'re|’re)(?![\p{L}])/u;
const TRAIT_SUBJECT_WORDS =
  /(?<![\p{L}])(?:hij|zij|ze|ie|die|jij|je|jullie|u|hem|haar|hun|he|she|they|you|mensen|lui|volk|ouders?|moeders?|vaders?|collega['’]?s?|juf(?:fen)?|meesters?|leraren|leraar|lerares|leerkrachten?|docenten?|directeur|directie|bestuur(?:ders?)?|ambtenaren|politici|politicus|kiezers|stemmers|kinderen|kind|kids|leerlingen|leerling|jongen|meisje|pubers|jongeren|jeugd|people|parents?|teachers?|colleagues?|students?|pupils?|politicians|voters|caretaker|head|principal|staff|mum|mom|dad)(?![\p{L}])/u;
const CHILD_NOUN = /(?:kinderen|kids|leerlingen|pubers|jongeren|students|pupils)$/u;
const CHILD_DETERMINER =
  /(?<![\p{L}])(?:die|deze|mijn|m'n|onze|zulke|zo'n|wat een|stelletje|stel|those|these|my|our|such|bunch of|what)\s+$/u;

function traitPlain(ctx: RuleContext, m: NormMatch): boolean {
  if (!plain(ctx, m)) return false;
  const sentence = sentenceOf(ctx, m.start);
  return !lessonIn(ctx, sentence) && !aboutPrejudiceNear(ctx, m.start);
}

/**
 * A damning trait said of people (bg-civility: "respecteer degene tot wie je je richt"):
 * "die ouders zijn gewoon lui", "politicians are stupid", "die luie conciërge", "stupid
 * parents". Self-mockery ("ik ben zo lui"), a thing ("dom toeval"), a tip about "luie
 * leerlingen", a negation or a lesson stay quiet.
 */
export function traitContemptHits(ctx: RuleContext): NormMatch[] {
  return ctx.memo('contempt:trait', () => {
    const norm = ctx.view.norm;
    const out: NormMatch[] = [];
    for (const m of find(ctx, 'Trait', L.CONTEMPT_TRAIT)) {
      if (!traitPlain(ctx, m)) continue;
      const before = clauseBefore(ctx, m.start);
      if (!TRAIT_COPULA.test(before) || !TRAIT_END.test(norm.slice(m.end, m.end + 12))) continue;
      if (TRAIT_SELF_OR_THING.test(before)) continue;
      const sentence = sentenceOf(ctx, m.start);
      const lead = norm.slice(Math.max(sentence.start, m.start - 120), m.start);
      if (TRAIT_SUBJECT_WORDS.test(lead) || personIn(ctx, { start: sentence.start, end: m.start }))
        out.push(m);
    }
    for (const m of find(ctx, 'TraitAttributive', L.CONTEMPT_TRAIT_ATTRIBUTIVE)) {
      if (!traitPlain(ctx, m)) continue;
      const before = clauseBefore(ctx, m.start);
      if (SELF_BEFORE.test(before)) continue;
      if (CHILD_NOUN.test(m.text) && !CHILD_DETERMINER.test(before)) continue;
      out.push(m);
    }
    return withoutOverlaps(out.sort((a, b) => a.start - b.start));
  });
}

const GAME_OR_STORY =
  /(?<![\p{L}])(level|game|spel|spelletje|minecraft|fortnite|roblox|personage|boss|draak|zombie|zombies|monster|held|schurk|boef|boek|film|serie|verhaal)(?![\p{L}])/u;

/**
 * Harm wished on someone, as a joke too (bg-civility): "ik hoop dat hij overreden wordt",
 * "hopelijk krijgt ze kanker", "I hope he gets hit by a bus" — a hope cue and the harm in one
 * sentence, with a person in it. A wish about a game, a story, the printer ("hopelijk gaat
 * hij niet dood") or a negated wish stays quiet.
 */
export function harmWishHits(ctx: RuleContext): NormMatch[] {
  return ctx.memo('contempt:harm', () => {
    // Not "dat verklaart een hoop" (a lot).
    const hopes = find(ctx, 'HarmHope', L.HARM_HOPE).filter(
      (h) =>
        !/(?<![\p{L}])(een|de|die|hele)\s+$/u.test(
          ctx.view.norm.slice(Math.max(0, h.start - 6), h.start),
        ),
    );
    if (hopes.length === 0) return [];
    const norm = ctx.view.norm;
    const out: NormMatch[] = [];
    for (const m of find(ctx, 'HarmWished', L.HARM_WISHED)) {
      if (!plain(ctx, m)) continue;
      const sentence = sentenceOf(ctx, m.start);
      const hope = targetBefore(hopes, m.start, sentence, 110);
      if (!hope) continue;
      const span = { start: hope.start, end: m.end };
      const text = norm.slice(sentence.start, sentence.end);
      if (GAME_OR_STORY.test(text) || lessonIn(ctx, sentence)) continue;
      if (!TRAIT_SUBJECT_WORDS.test(norm.slice(hope.end, m.start)) && !personIn(ctx, span))
        continue;
      out.push({ ...m, start: hope.start, text: norm.slice(hope.start, m.end) });
    }
    return withoutOverlaps(out);
  });
}

const PARTY = /[🥳🍾🥂]/u;
const PARTY_ALL = /[🥳🍾🥂]+/gu;
// Cheers that are ordinary about a lost match or a broken printer: only beside harm that
// happened ("net goed, hij is opgepakt"), never beside a person alone.
const WEAK_CHEER =
  /^(?:net goed|verdiende loon|eigen schuld|karma$|eentje minder|één minder|een minder|geen|nul|no |zero|thoughts|won|will not|finish|better|aim|not|i[’']?m not|popping|pop |ik |ga |zal |volgende|beter|(?:jammer|zonde) dat (?:ze|hij|zij|ie) (?:hem |haar )?gemist|(?:shame|too bad|pity) (?:they|he|she) missed)/u;

/**
 * Harm cheered or shrugged at once it has happened (bg-civility): "net goed", "good riddance",
 * "he had it coming", "jammer dat ze gemist hebben" — beside the harm (a death, an attack, an
 * arrest) in the same or a neighbouring sentence, or, for the cheers that cannot mean anything
 * else, beside a person. A quote, a negation ("niet dat hij het verdiend heeft"), a game or a
 * story, a lesson stay quiet.
 */
export function harmCelebratedHits(ctx: RuleContext): NormMatch[] {
  return ctx.memo('contempt:celebrated', () => {
    const cheers = find(ctx, 'HarmCelebrated', L.HARM_CELEBRATED);
    const norm = ctx.view.norm;
    const party = PARTY.test(norm);
    if (cheers.length === 0 && !party) return [];
    const events = find(ctx, 'HarmEvent', L.HARM_EVENT);
    const out: NormMatch[] = [];
    // Party emoji right after a death or an arrest: "Press baron dead at 91. 🥳🍾" — not a
    // birthday beside old news.
    for (const p of party ? norm.matchAll(PARTY_ALL) : []) {
      const e = events.find((e) => e.end <= p.index && p.index - e.end <= 40);
      if (e && !isQuoted(ctx, e) && !negatedInClause(ctx, e))
        out.push({
          start: e.start,
          end: p.index + p[0].length,
          text: norm.slice(e.start, p.index + p[0].length),
        });
    }
    for (const m of cheers) {
      if (!plain(ctx, m)) continue;
      const around = sentenceWindow(ctx, m.start, 1);
      if (GAME_OR_STORY.test(norm.slice(around.start, around.end)) || lessonIn(ctx, around))
        continue;
      // "one less racist in the world": about a person whatever stands beside it.
      if (/(?:world|planet|earth)$/u.test(m.text)) {
        out.push(m);
        continue;
      }
      const harm = anyIn(events, around);
      // A reply under the news needs no person of its own: "couldn't happen to a nicer guy".
      const someone = personIn(ctx, around) || ctx.draft.isReply === true;
      if (harm || (!WEAK_CHEER.test(m.text) && someone)) out.push(m);
    }
    return withoutOverlaps(out);
  });
}
