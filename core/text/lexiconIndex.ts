import { isWordAt } from './wordIndex';

// Which words can start a lexicon entry. A lexicon regex tried at every position of a draft
// costs about as much as the draft is long, times the number of lexicons (the look-behind
// "not after a letter" alone defeats V8's first-character skip). Almost every entry can
// only start with a handful of words ("(ben|zijn) het zat" → ben, zijn), so a lexicon is
// tried only where such a word stands. The same reading works for hand-written phrase
// regexes that start with the whole-word look-behind. A source this reader does not
// understand falls back to a scan of the whole text: slower, never wrong.

/** The words (and non-word first characters) that can start a match of a lexicon. */
export type StartKeys = {
  /** The first word of a match is one of these. */
  exact: Set<string>;
  /** … or starts with one of these (`kut*`). */
  prefixes: string[];
  /** … or ends with one of these (`*dossier`). */
  suffixes: string[];
  /** … or contains one of these (`*pest*`). */
  contains: string[];
  /** A match starts with this non-word character (emoji, `#`, `'`). */
  chars: string[];
};

type Node =
  | { kind: 'char'; ch: string }
  | { kind: 'class'; chars: string[] | null }
  | { kind: 'group'; alts: Item[][] }
  // Zero-width (look-around, anchor): ignoring it only adds candidates.
  | { kind: 'empty' };
type Item = { node: Node; min: number; max: number };

/** Thrown for syntax this reader does not handle; the caller falls back. */
class Unsupported extends Error {}

const MAX_STATES = 2000;
const MAX_CLASS = 64;
const MAX_REPEAT = 4;

/**
 * Parses a regex source into a tree that is exact for literals, groups, `[…]` classes and
 * quantifiers; anything else (`\S`, `.`, back-references) is an unknown class, which only
 * matters while the first word is still being read.
 */
function parse(src: string): Item[] {
  let i = 0;
  const seq = (): Item[] => {
    const items: Item[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const node = atom();
      let min = 1;
      let max = 1;
      const q = /^(?:\?|\*|\+|\{(\d+)(?:(,)(\d*))?\})/.exec(src.slice(i, i + 12));
      if (q) {
        i += q[0].length;
        if (q[0] === '?') min = 0;
        else if (q[0] === '*') [min, max] = [0, Infinity];
        else if (q[0] === '+') max = Infinity;
        else {
          min = Number(q[1]);
          max = q[2] ? (q[3] ? Number(q[3]) : Infinity) : min;
        }
        // A `?` after a quantifier only makes it lazy: the language stays the same.
        if (src[i] === '?') i++;
      }
      items.push({ node, min, max });
    }
    return items;
  };
  const atom = (): Node => {
    const ch = src[i]!;
    if (ch === '(') {
      i++;
      let lookaround = false;
      if (src[i] === '?') {
        if (src[i + 1] === ':') i += 2;
        else if (src[i + 1] === '=' || src[i + 1] === '!') {
          lookaround = true;
          i += 2;
        } else if (src[i + 1] === '<' && (src[i + 2] === '=' || src[i + 2] === '!')) {
          lookaround = true;
          i += 3;
        } else if (src[i + 1] === '<') {
          const close = src.indexOf('>', i);
          if (close < 0) throw new Unsupported();
          i = close + 1;
        } else throw new Unsupported();
      }
      const alts: Item[][] = [seq()];
      while (src[i] === '|') {
        i++;
        alts.push(seq());
      }
      if (src[i] !== ')') throw new Unsupported();
      i++;
      return lookaround ? { kind: 'empty' } : { kind: 'group', alts };
    }
    if (ch === '[') {
      let close = i + 1;
      if (src[close] === '^') close++;
      if (src[close] === ']') close++;
      while (close < src.length && src[close] !== ']') close += src[close] === '\\' ? 2 : 1;
      if (close >= src.length) throw new Unsupported();
      const body = src.slice(i + 1, close);
      i = close + 1;
      return { kind: 'class', chars: classChars(body) };
    }
    if (ch === '\\') {
      const next = src[i + 1];
      if (next === undefined) throw new Unsupported();
      if (next === 'p' || next === 'P' || next === 'u' || next === 'x' || next === 'c') {
        // \p{…}, \u{…}, \xhh: an unknown class (skip its argument).
        const m = /^\\(?:[pP]\{[^}]*\}|u\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z])/.exec(
          src.slice(i, i + 40),
        );
        if (!m) throw new Unsupported();
        i += m[0].length;
        return { kind: 'class', chars: null };
      }
      i += 2;
      if (next === 's') return { kind: 'char', ch: ' ' };
      if (next === 'b' || next === 'B') return { kind: 'empty' };
      if (next === 'd') return { kind: 'class', chars: [...'0123456789'] };
      if (/[\p{L}\p{N}]/u.test(next)) return { kind: 'class', chars: null };
      return { kind: 'char', ch: next };
    }
    if (ch === '^' || ch === '$') {
      i++;
      return { kind: 'empty' };
    }
    if (ch === '.') {
      i++;
      return { kind: 'class', chars: null };
    }
    const cp = String.fromCodePoint(src.codePointAt(i)!);
    i += cp.length;
    return { kind: 'char', ch: cp };
  };
  const items = seq();
  if (i !== src.length) throw new Unsupported();
  return items;
}

/** The characters of a `[…]` class such as `[1-8]` or `[sz]`; null when unknown. */
function classChars(body: string): string[] | null {
  if (body.startsWith('^') || body.includes('\\')) return null;
  const cps = [...body];
  const out: string[] = [];
  for (let k = 0; k < cps.length; k++) {
    if (cps[k + 1] === '-' && k + 2 < cps.length) {
      const from = cps[k]!.codePointAt(0)!;
      const to = cps[k + 2]!.codePointAt(0)!;
      if (to - from > MAX_CLASS) return null;
      for (let c = from; c <= to; c++) out.push(String.fromCodePoint(c));
      k += 2;
    } else out.push(cps[k]!);
  }
  return out;
}

// A partial match: the first word read so far (open), or the first word followed by the
// non-word character that ended it (closed). Keys: `o<word>` and `c<word>\0<char>`.
type States = Set<string>;

function applyChar(states: States, ch: string): States {
  const out: States = new Set();
  const word = isWordAt(ch, 0);
  for (const s of states) {
    if (s[0] === 'c') out.add(s);
    else if (word) out.add(s + ch);
    else out.add(`c${s.slice(1)}\0${ch}`);
  }
  return out;
}

function applyNode(states: States, node: Node): States {
  if (node.kind === 'char') return applyChar(states, node.ch);
  if (node.kind === 'empty') return states;
  const out: States = new Set();
  if (node.kind === 'class') {
    if (!node.chars) {
      for (const s of states) if (s[0] === 'o') throw new Unsupported();
      return states;
    }
    for (const ch of node.chars) for (const s of applyChar(states, ch)) out.add(s);
  } else {
    for (const alt of node.alts) for (const s of applySeq(states, alt)) out.add(s);
  }
  if (out.size > MAX_STATES) throw new Unsupported();
  return out;
}

const anyOpen = (states: States): boolean => {
  for (const s of states) if (s[0] === 'o') return true;
  return false;
};

function applySeq(states: States, items: readonly Item[]): States {
  let current = states;
  for (const { node, min, max } of items) {
    // Every state already closed stays as it is: the rest of the pattern does not matter.
    if (!anyOpen(current)) return current;
    const next: States = new Set();
    let reps = current;
    for (let r = 0; r <= max; r++) {
      if (r >= min) for (const s of reps) next.add(s);
      if (r === max) break;
      if (r >= MAX_REPEAT) {
        // Long repeats are fine only once they can no longer extend the first word.
        if (anyOpen(reps)) throw new Unsupported();
        break;
      }
      reps = applyNode(reps, node);
    }
    if (next.size > MAX_STATES) throw new Unsupported();
    current = next;
  }
  return current;
}

/**
 * Adds to `keys` what can start a match of one entry, given the source of its body and
 * whether a leading or trailing `*` makes it part of a longer word. False when the entry is
 * beyond this reader (the lexicon must then be scanned the slow way).
 */
export function addStartKeys(keys: StartKeys, body: string, head: boolean, tail: boolean): boolean {
  let states: States;
  try {
    states = applySeq(new Set(['o']), parse(body));
  } catch (e) {
    if (e instanceof Unsupported) return false;
    throw e;
  }
  for (const s of states) {
    if (s[0] === 'c') {
      const [word, ch] = s.slice(1).split('\0') as [string, string];
      if (word === '') {
        // Whitespace is many characters, and after a leading `*` any word may come first.
        if (head || /\s/u.test(ch)) return false;
        keys.chars.push(ch);
      } else if (head) keys.suffixes.push(word);
      else keys.exact.add(word);
    } else {
      const word = s.slice(1);
      if (word === '') return false;
      if (head && tail) keys.contains.push(word);
      else if (head) keys.suffixes.push(word);
      else if (tail) keys.prefixes.push(word);
      else keys.exact.add(word);
    }
  }
  return true;
}

/** True when a match of the lexicon may start with `word` (a whole word of the text). */
export function mayStartWith(keys: StartKeys, word: string): boolean {
  if (keys.exact.has(word)) return true;
  for (const p of keys.prefixes) if (word.startsWith(p)) return true;
  for (const p of keys.suffixes) if (word.endsWith(p)) return true;
  for (const p of keys.contains) if (word.includes(p)) return true;
  return false;
}

/**
 * Every compiled lexicon's start keys in one place, so one pass over a text's words finds
 * the candidates of all lexicons at once (a look-up per word instead of one per word and
 * lexicon). Lexicon ids are dense integers handed out by `add`.
 */
export class StartRegistry {
  private readonly exact = new Map<string, number[]>();
  private readonly prefixes = new Map<string, number[]>();
  private readonly suffixes = new Map<string, number[]>();
  private readonly prefixLengths = new Set<number>();
  private readonly suffixLengths = new Set<number>();
  private readonly contains: { part: string; id: number }[] = [];
  // Words repeat from draft to draft (and from keystroke to keystroke): keep their owners.
  private readonly owners = new Map<string, readonly number[]>();
  private count = 0;

  /** Number of lexicons registered so far; ids are below it. */
  get size(): number {
    return this.count;
  }

  /** Registers a lexicon's keys and returns its id. */
  add(keys: StartKeys): number {
    const id = this.count++;
    const put = (map: Map<string, number[]>, key: string): void => {
      const list = map.get(key);
      if (!list) map.set(key, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    };
    for (const word of keys.exact) put(this.exact, word);
    for (const p of keys.prefixes) {
      put(this.prefixes, p);
      this.prefixLengths.add(p.length);
    }
    for (const s of keys.suffixes) {
      put(this.suffixes, s);
      this.suffixLengths.add(s.length);
    }
    for (const part of keys.contains) this.contains.push({ part, id });
    this.owners.clear();
    return id;
  }

  /** Ids of the lexicons a match of which may start with `word`, ascending. */
  ownersOf(word: string): readonly number[] {
    let ids = this.owners.get(word);
    if (ids) return ids;
    const found = new Set<number>(this.exact.get(word));
    for (const n of this.prefixLengths) {
      if (n <= word.length)
        for (const id of this.prefixes.get(word.slice(0, n)) ?? []) found.add(id);
    }
    for (const n of this.suffixLengths) {
      if (n <= word.length) for (const id of this.suffixes.get(word.slice(-n)) ?? []) found.add(id);
    }
    for (const { part, id } of this.contains) if (word.includes(part)) found.add(id);
    ids = [...found].sort((a, b) => a - b);
    if (this.owners.size > 50_000) this.owners.clear();
    this.owners.set(word, ids);
    return ids;
  }
}
