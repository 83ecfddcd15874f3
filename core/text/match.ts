import type { Span } from '../types';
import { StartRegistry, addStartKeys, mayStartWith, type StartKeys } from './lexiconIndex';
import type { TextView } from './normalize';
import { peekViewCached, setViewCached, viewCached } from './viewCache';
import { cpLength, isWordAt, isWordBefore, wordIndexOf } from './wordIndex';

/** A match in the norm view. */
export type NormMatch = { start: number; end: number; text: string };

const WORD_CHAR = String.raw`[\p{L}\p{N}]`;
/** Start and end of a whole word in the norm view. */
export const WB_START = String.raw`(?<![\p{L}\p{N}])`;
export const WB_END = String.raw`(?![\p{L}\p{N}])`;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An entry's regex body, and whether a leading or trailing `*` extends it into a compound.
 * `loose` is the body in which a doubled letter may also be one letter: the norm view squeezes
 * a typed run of 3+ ("waaaardeloos") to one letter ("wardeloos"), so only there may "aa" be
 * read as "a" — never in a word typed with one letter ("bos" is not "boos").
 */
function entryParts(entry: string): { body: string; loose: string; head: boolean; tail: boolean } {
  let src = entry.trim().toLowerCase();
  const head = src.startsWith('*');
  const tail = src.endsWith('*');
  src = src.replace(/^\*|\*$/g, '');
  // Keep the author's (a|b) groups and ? ; escape everything else.
  src = src
    .split(/(\[[^\]]+\]|[()|?])/)
    .map((part) => (/^(\[[^\]]+\]|[()|?])$/.test(part) ? part : escape(part)))
    .join('');
  src = src.replace(/ +/g, String.raw`\s+`);
  const loose = src.replace(/([a-z])\1/g, '$1{1,2}');
  return { body: src, loose, head, tail };
}

/**
 * One lexicon entry as a regex fragment for the norm view:
 * - a leading or trailing `*` lets the word be part of a compound (`kut*` → kutouders,
 *   `*dossier` → leerlingdossier);
 * - spaces match any run of whitespace;
 * - `(…)` groups, `?` and `[…]` classes written by the author are kept:
 *   `vertrouwelijk(e|heid)?`, `groep [1-8]`.
 * A doubled letter matches a doubled letter; `findAll` and `has` also let it match a letter
 * squeezed from a typed run (see `entryParts`).
 */
export function entryToRegexSource(entry: string, loose = false): string {
  const { body, loose: looseBody, head, tail } = entryParts(entry);
  return `${head ? `${WORD_CHAR}*` : ''}${loose ? looseBody : body}${tail ? `${WORD_CHAR}*` : ''}`;
}

/** A compiled lexicon: the words that can start a match, and its body tried at one spot. */
type Compiled = {
  id: number;
  keys: StartKeys;
  sticky: RegExp;
  /** The body with doubled letters that may be one squeezed letter (null: it has none). */
  loose: RegExp | null;
  /** The exact body, anchored: checks a loose match with its squeezed letters doubled. */
  whole: RegExp | null;
};
const compiled = new WeakMap<RegExp, Compiled | null>();
const registry = new StartRegistry();

// By source: a lexicon compiled again (a new policy object) reuses its id and keys.
const bySource = new Map<string, Compiled | null>();

const noKeys = (): StartKeys => ({
  exact: new Set(),
  prefixes: [],
  suffixes: [],
  contains: [],
  chars: [],
});

/** Registers `keys` (or finds the entry compiled before) for a regex source. */
function register(
  source: string,
  keys: () => StartKeys | null,
  sticky: () => RegExp,
  loose: () => { loose: RegExp; whole: RegExp } | null = () => null,
) {
  let lex = bySource.get(source);
  if (lex === undefined) {
    const k = keys();
    lex = k
      ? {
          id: registry.add(k),
          keys: { ...k, chars: [...new Set(k.chars)] },
          sticky: sticky(),
          ...(loose() ?? { loose: null, whole: null }),
        }
      : null;
    bySource.set(source, lex);
  }
  return lex;
}

/**
 * Compiles a word list into one global, whole-word regex over the norm view. `findAll` and
 * `has` run it only where a word that can start an entry stands (see lexiconIndex.ts).
 */
export function lexicon(entries: readonly string[]): RegExp {
  const sorted = [...entries].sort((a, b) => b.length - a.length);
  const alternatives = sorted.map((e) => entryToRegexSource(e)).join('|');
  const looseAlternatives = sorted.map((e) => entryToRegexSource(e, true)).join('|');
  const re = new RegExp(`${WB_START}(?:${alternatives})${WB_END}`, 'gu');
  const lex = register(
    `lexicon:${alternatives}`,
    () => {
      const keys = noKeys();
      // The loose bodies: their first words include the squeezed spellings ("wardeloos").
      const understood = sorted.every((entry) => {
        const { loose, head, tail } = entryParts(entry);
        return addStartKeys(keys, loose, head, tail);
      });
      return understood ? keys : null;
    },
    () => new RegExp(`(?:${alternatives})${WB_END}`, 'uy'),
    () =>
      looseAlternatives === alternatives
        ? null
        : {
            loose: new RegExp(`(?:${looseAlternatives})${WB_END}`, 'uy'),
            whole: new RegExp(`^(?:${alternatives})$`, 'u'),
          },
  );
  if (lex) compiled.set(re, lex);
  return re;
}

/**
 * The compiled form of any global regex over the norm view that starts with the whole-word
 * look-behind (lexicons, and hand-written phrase lists), or null when its first words cannot
 * be read from its source.
 */
function compiledFor(re: RegExp): Compiled | null {
  const lex = compiled.get(re);
  if (lex !== undefined) return lex;
  let found: Compiled | null = null;
  const rest = re.source.slice(WB_START.length);
  if (
    re.global &&
    re.unicode &&
    !re.sticky &&
    !re.ignoreCase &&
    re.source.startsWith(WB_START) &&
    !hasTopLevelAlternation(rest)
  ) {
    found = register(
      `${re.flags}/${re.source}`,
      () => {
        const keys = noKeys();
        return addStartKeys(keys, rest, false, false) ? keys : null;
      },
      () => new RegExp(rest, `${re.flags.replace('g', '')}y`),
    );
  }
  compiled.set(re, found);
  return found;
}

/**
 * True when `findAll` and `has` try the regex only where a word that can start it stands (so
 * the work grows with the number of words, not with the text length times the lexicon).
 */
export function isWordGated(re: RegExp): boolean {
  return compiledFor(re) !== null;
}

/** Every match of a global regex in the norm view (at most `limit`). */
export function findAll(view: TextView, re: RegExp, limit = Infinity): NormMatch[] {
  const lex = compiledFor(re);
  if (lex) return findLexicon(view, lex, limit);
  const lead = leadFree(re);
  if (lead) return findLeadFree(view.norm, lead, limit);
  const out: NormMatch[] = [];
  re.lastIndex = 0;
  for (const m of view.norm.matchAll(re)) {
    if (m[0].length === 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (out.length >= limit) break;
  }
  return out;
}

/** True when the regex matches somewhere in the norm view (or in `[from, to)` of it). */
export function has(view: TextView, re: RegExp, from = 0, to = view.norm.length): boolean {
  const whole = from === 0 && to === view.norm.length;
  const lex = compiledFor(re);
  if (lex) {
    return whole
      ? findLexicon(view, lex, 1).length > 0
      : hasLexiconIn(view.norm.slice(from, to), lex, view.stretched, from);
  }
  const text = whole ? view.norm : view.norm.slice(from, to);
  // Global regexes keep state in lastIndex: reset it before and after.
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

/** Per view: where each lexicon (by id) may start, from one pass over the view's words. */
type ViewStarts = { size: number; starts: (number[] | undefined)[] };
function startsOf(view: TextView, id: number): readonly number[] {
  let vs = peekViewCached<ViewStarts>(view, 'starts');
  // A lexicon compiled after the pass (the first analysis compiles them lazily): pass again.
  if (!vs || id >= vs.size) {
    vs = { size: registry.size, starts: [] };
    const { starts, words } = wordIndexOf(view);
    for (let i = 0; i < words.length; i++) {
      for (const owner of registry.ownersOf(words[i]!)) (vs.starts[owner] ??= []).push(starts[i]!);
    }
    setViewCached(view, 'starts', vs);
  }
  return vs.starts[id] ?? [];
}

/** Where a match of the lexicon may start in the view, ascending. */
function candidates(view: TextView, lex: Compiled): readonly number[] {
  const words = startsOf(view, lex.id);
  if (lex.keys.chars.length === 0) return words;
  const out = [...words];
  const norm = view.norm;
  for (const ch of lex.keys.chars) {
    for (let p = norm.indexOf(ch); p >= 0; p = norm.indexOf(ch, p + 1)) {
      if (!isWordBefore(norm, p)) out.push(p);
    }
  }
  return out.sort((a, b) => a - b);
}

/** The lexicon's matches: its body tried only where an entry can start. */
function findLexicon(view: TextView, lex: Compiled, limit: number): NormMatch[] {
  return execLexicon(view, lex, limit).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
}

/** True when one of the ascending `stretched` indices lies in `[from, to)`. */
function stretchedIn(stretched: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = stretched.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stretched[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < stretched.length && stretched[lo]! < to;
}

/** At most this many squeezed letters in one match are each read as one or two letters. */
const MAX_STRETCHED = 4;

/**
 * True when the exact body matches `text` with some of its squeezed letters (indices into
 * `text`) written twice: "leker" from "lekkkker" is "lekker", from "lekerrr" it is not.
 */
function matchesUnsqueezed(whole: RegExp, text: string, squeezed: number[]): boolean {
  if (squeezed.length > MAX_STRETCHED) return true;
  for (let mask = 1; mask < 1 << squeezed.length; mask++) {
    let out = '';
    let from = 0;
    squeezed.forEach((i, bit) => {
      if (mask & (1 << bit)) {
        out += text.slice(from, i + 1) + text[i]!;
        from = i + 1;
      }
    });
    if (whole.test(out + text.slice(from))) return true;
  }
  return false;
}

/**
 * The lexicon's non-empty match at `p` of `text`, or null: the exact spelling first, then —
 * only when a squeezed letter (`stretched`, shifted by `offset` when `text` is a slice of the
 * norm) stands where the entry has a doubled one — that doubled letter read as the one.
 */
function matchAt(
  text: string,
  lex: Compiled,
  p: number,
  stretched: readonly number[] | undefined,
  offset: number,
): RegExpExecArray | null {
  lex.sticky.lastIndex = p;
  const m = lex.sticky.exec(text);
  if (m && m[0].length > 0) return m;
  if (!lex.loose || !stretched || stretched.length === 0) return null;
  lex.loose.lastIndex = p;
  const l = lex.loose.exec(text);
  if (!l || l[0].length === 0) return null;
  const from = p + offset;
  const to = from + l[0].length;
  if (!stretchedIn(stretched, from, to)) return null;
  const squeezed = stretched.filter((i) => i >= from && i < to).map((i) => i - from);
  return matchesUnsqueezed(lex.whole!, l[0], squeezed) ? l : null;
}

/** The lexicon's non-empty matches, as `matchAll` would give them (at most `limit`). */
function execLexicon(view: TextView, lex: Compiled, limit: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const norm = view.norm;
  let reached = 0;
  let last = -1;
  for (const p of candidates(view, lex)) {
    if (p < reached || p === last) continue;
    last = p;
    const m = matchAt(norm, lex, p, view.stretched, 0);
    if (!m) continue;
    reached = p + m[0].length;
    out.push(m);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * The non-empty matches of a global regex in the norm view with their groups, like
 * `view.norm.matchAll(re)`, but word-gated when the regex allows it (see `findAll`).
 */
export function execAll(view: TextView, re: RegExp): RegExpExecArray[] {
  const lex = compiledFor(re);
  if (lex) return execLexicon(view, lex, Infinity);
  return [...view.norm.matchAll(re)].filter((m) => m[0].length > 0);
}

/** True when the lexicon matches in `text` (a slice: its ends count as word boundaries). */
function hasLexiconIn(
  text: string,
  lex: Compiled,
  stretched: readonly number[] | undefined,
  offset: number,
): boolean {
  const { keys } = lex;
  let p = 0;
  while (p < text.length) {
    if (!isWordAt(text, p)) {
      p += cpLength(text, p);
      continue;
    }
    let end = p;
    while (end < text.length && isWordAt(text, end)) end += cpLength(text, end);
    if (mayStartWith(keys, text.slice(p, end)) && matchAt(text, lex, p, stretched, offset)) {
      return true;
    }
    p = end;
  }
  for (const ch of keys.chars) {
    for (let q = text.indexOf(ch); q >= 0; q = text.indexOf(ch, q + 1)) {
      if (isWordBefore(text, q)) continue;
      if (matchAt(text, lex, q, stretched, offset)) return true;
    }
  }
  return false;
}

const leadFreeCache = new WeakMap<RegExp, RegExp | null>();

/**
 * For a global regex that starts with the whole-word look-behind and has no top-level `|`:
 * the same regex without the look-behind (which we then test by hand). V8 evaluates a
 * leading look-behind at every position, which costs more than the rest of most patterns.
 */
function leadFree(re: RegExp): RegExp | null {
  let fast = leadFreeCache.get(re);
  if (fast === undefined) {
    fast = null;
    const rest = re.source.slice(WB_START.length);
    const flagsOk = re.global && re.unicode && !re.sticky;
    if (flagsOk && re.source.startsWith(WB_START) && !hasTopLevelAlternation(rest)) {
      fast = new RegExp(rest, re.flags);
    }
    leadFreeCache.set(re, fast);
  }
  return fast;
}

/** True when `src` has a `|` outside every group and class. */
function hasTopLevelAlternation(src: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/** Like `matchAll` with the look-behind, but the engine only tries the rest of the pattern. */
function findLeadFree(norm: string, fast: RegExp, limit: number): NormMatch[] {
  const out: NormMatch[] = [];
  fast.lastIndex = 0;
  for (let m = fast.exec(norm); m !== null; m = fast.exec(norm)) {
    const p = m.index;
    if (isWordBefore(norm, p)) {
      // Inside a word: the next possible start is just after the next non-word character.
      let q = p;
      while (q < norm.length && isWordAt(norm, q)) q += cpLength(norm, q);
      fast.lastIndex = q < norm.length ? q + cpLength(norm, q) : norm.length + 1;
      if (fast.lastIndex > norm.length) break;
      continue;
    }
    if (m[0].length === 0) {
      fast.lastIndex = p + (p < norm.length ? cpLength(norm, p) : 1);
      if (p >= norm.length) break;
      continue;
    }
    out.push({ start: p, end: p + m[0].length, text: m[0] });
    if (out.length >= limit) break;
  }
  fast.lastIndex = 0;
  return out;
}

/** Maps a norm match back to a span in the user's text. */
export function rawSpan(view: TextView, m: { start: number; end: number }): Span {
  return view.toRaw(m.start, m.end);
}

/** A word in the norm view. */
export type Token = { text: string; start: number; end: number };

/** Words (letters and digits, with inner apostrophes or hyphens) of the norm view. */
export function tokenize(norm: string): Token[] {
  // By hand rather than /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu: same words, a few times faster.
  const out: Token[] = [];
  const n = norm.length;
  let i = 0;
  while (i < n) {
    if (!isWordAt(norm, i)) {
      i += cpLength(norm, i);
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isWordAt(norm, i)) i += cpLength(norm, i);
      const ch = norm[i];
      if ((ch === "'" || ch === '’' || ch === '-') && i + 1 < n && isWordAt(norm, i + 1)) i++;
      else break;
    }
    out.push({ text: norm.slice(start, i), start, end: i });
  }
  return out;
}

/** `tokenize(view.norm)`, computed once per view (several detectors need every word). */
export function tokensOf(view: TextView): readonly Token[] {
  return viewCached(view, 'tokens', () => tokenize(view.norm));
}

/** A sentence (or line) of the norm view, half-open range. */
export type Range = { start: number; end: number };

// Words that take a dot without ending the sentence ("geb. 12 mei", "dhr. Jansen", "o.a.").
// Initials ("J. de Vries") are any single letter. Abbreviations of three or more single
// letters ("z.s.m.", "i.v.m.") reach this splitter without dots (the norm view joins them).
// Not "enz." or "etc.": those end sentences as often as not.
const ABBREVIATIONS = new Set([
  'geb',
  'bv',
  'bijv',
  'ivm',
  'mbt',
  'oa',
  'tel',
  'nr',
  'dhr',
  'mevr',
  'mw',
  'st',
  'ca',
  'evt',
  'vs',
  'zgn',
  'dwz',
  'resp',
  'incl',
  'excl',
  'dr',
  'drs',
  'ir',
  'ing',
  'prof',
  'mr',
  'jl',
  'tav',
  'tnv',
  'zsm',
]);

/** True when the dot at `dot` closes an initial or an abbreviation, not a sentence. */
function abbreviationDot(norm: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && isWordAt(norm, start - 1)) start--;
  if (start === dot || start < dot - 4) return false;
  // "J.", "o.a.": a single letter, but not a digit ("groep 8.").
  if (dot - start === 1) return !/\d/.test(norm[start]!);
  return ABBREVIATIONS.has(norm.slice(start, dot));
}

/**
 * Sentences of the norm view: split at . ! ? and line breaks, but not inside numbers
 * ("7.5", "8.30") and not after an initial or abbreviation ("J. de Vries", "geb. 12 mei").
 */
export function sentences(norm: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  const re = /(?<!\d)[.!?]+(?!\d)|\n+/g;
  for (const m of norm.matchAll(re)) {
    if (m[0] === '.' && abbreviationDot(norm, m.index)) continue;
    const end = m.index + m[0].length;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < norm.length) out.push({ start, end: norm.length });
  return out;
}

/** Index of the sentence that holds norm position `pos` (binary search: sentences are sorted). */
export function sentenceIndex(list: readonly Range[], pos: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.min(Math.max(lo, 0), list.length - 1);
}

/** The sentence that holds norm position `pos`. */
export function sentenceAt(sentenceList: readonly Range[], pos: number): Range {
  return sentenceList[sentenceIndex(sentenceList, pos)] ?? { start: 0, end: 0 };
}

/** Words that negate what stands near them (Dutch and English). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'niet',
  'geen',
  'nooit',
  'niets',
  'niks',
  'niemand',
  'nergens',
  'allerminst',
  'not',
  'never',
  'no',
  "isn't",
  "wasn't",
  "aren't",
  "don't",
  "doesn't",
  "didn't",
]);

/**
 * True when a negator stands within 4 words before, or 3 words after (Dutch puts it at the
 * end: "slecht is het niet"), the range — inside the same sentence.
 */
export function isNegated(view: TextView, range: Range, sentenceList?: readonly Range[]): boolean {
  const sentence = sentenceAt(sentenceList ?? sentences(view.norm), range.start);
  const words = tokenize(view.norm.slice(sentence.start, sentence.end)).map((t) => ({
    ...t,
    start: t.start + sentence.start,
    end: t.end + sentence.start,
  }));
  const first = words.findIndex((w) => w.end > range.start);
  if (first < 0) return false;
  let last = first;
  while (last + 1 < words.length && words[last + 1]!.start < range.end) last++;
  const before = words.slice(Math.max(0, first - 4), first);
  const after = words.slice(last + 1, last + 4);
  return [...before, ...after].some((w) => NEGATORS.has(w.text));
}
