import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, builtInLexicons } from '../analyze';
import { PolicySchema } from '../policy/schema';
import { musselhorstPolicyInput } from '../policy/musselhorst';
import { entryToRegexSource, findAll, isWordGated, lexicon } from '../text/match';
import { makeTextView } from '../text/normalize';
import { ROLES } from '../types';
import { loadCorpus } from '../../tests/corpus/evaluate';
import { LEXICON_CATALOGUE, renderLexiconList } from './catalogue';
import { LEXICON_IDS, type LexiconId } from './ids';

// The word lists as data, checked the way Dark Reader checks its site lists
// (darkreader/darkreader, tests/config: sorted, no duplicates, every pattern valid): the
// declared ids are sorted and unique, each has its line for IT, every id is asked for by a
// rule, and every built-in entry is unique in its list, compiles, and is matched in time
// linear in the draft (word-gated, no nested repetition).

// Every lexicon is compiled lazily by the rule that reads it: judge the main corpus in every
// role, as post and as reply, so every rule reaches its lists.
// Plus drafts for the lists only a rare path reads.
const PROBES = [
  { text: 'Vandaag weer met groep 7 op pad 🙄 tokkies.', platform: 'x' as const, hasMedia: false },
  // The harm beside a cheer is read only once a cheer is found.
  { text: 'Net goed, die wethouder is opgepakt.', platform: 'x' as const, hasMedia: false },
];

function compileAll(): ReadonlyMap<LexiconId, readonly string[]> {
  for (const entry of [...loadCorpus(), ...PROBES]) {
    for (const role of ROLES) {
      for (const isReply of [false, true]) {
        analyze(
          { text: entry.text, platform: entry.platform, isReply, hasMedia: entry.hasMedia },
          { role },
        );
      }
    }
  }
  return builtInLexicons();
}

describe('declared lexicon ids', () => {
  it('are sorted and unique', () => {
    expect([...LEXICON_IDS]).toEqual([...new Set(LEXICON_IDS)].sort());
  });

  it('each has one line of documentation, in id order', () => {
    expect(Object.keys(LEXICON_CATALOGUE)).toEqual([...LEXICON_IDS]);
    for (const [id, { doc }] of Object.entries(LEXICON_CATALOGUE)) {
      expect(doc, id).toMatch(/^[A-Z].{10,160}\.$/);
      expect(doc, id).not.toContain('\n');
    }
  });

  it('are each read by a rule (no id a pack could extend to no effect)', () => {
    const seen = compileAll();
    expect(LEXICON_IDS.filter((id) => !seen.has(id))).toEqual([]);
    expect([...seen.keys()].filter((id) => !LEXICON_IDS.includes(id))).toEqual([]);
  });

  it('docs/IT.md lists exactly these, with their lines', () => {
    const it = readFileSync(new URL('../../docs/IT.md', import.meta.url), 'utf8');
    const m = /<!-- lexicons:start -->\n\n([\s\S]*?)\n\n<!-- lexicons:end -->/.exec(it);
    expect(m, 'docs/IT.md has the <!-- lexicons:start/end --> markers').not.toBeNull();
    // On a change: `npx tsx scripts/gen-lexicons.ts` writes the list again.
    expect(m![1]).toBe(renderLexiconList());
  });

  it("a pack's words for a declared id take effect", () => {
    const pack = PolicySchema.parse({
      ...musselhorstPolicyInput,
      lexicons: { confidentialMarker: ['binnen de muren houden'] },
    });
    const draft = { text: 'Dit moeten we binnen de muren houden.', platform: 'x' as const };
    expect(analyze(draft).map((f) => f.ruleId)).not.toContain('confidentialMarker');
    expect(analyze(draft, { policy: pack }).map((f) => f.ruleId)).toContain('confidentialMarker');
  });
});

describe('built-in lexicon entries', () => {
  const lists = [...compileAll()].sort(([a], [b]) => a.localeCompare(b));

  it.each(lists)('%s: unique, each compiles and matches something', (id, entries) => {
    const norm = entries.map((e) => e.trim().toLowerCase());
    expect(
      norm.filter((e, i) => norm.indexOf(e) !== i),
      id,
    ).toEqual([]);
    for (const entry of entries) {
      expect(entry.trim(), `${id}: "${entry}"`).not.toBe('');
      const source = entryToRegexSource(entry);
      expect(() => new RegExp(source, 'u'), `${id}: "${entry}"`).not.toThrow();
      expect(new RegExp(`^(?:${source})$`, 'u').test(''), `${id}: "${entry}" matches ""`).toBe(
        false,
      );
    }
  });

  it.each(lists)('%s: matched in linear time', (id, entries) => {
    // Repetition is only ever `\s+` between words, a compound's `[\p{L}\p{N}]*` or a
    // squeezed letter's `{1,2}`: no group is repeated, so one try is bounded by the entry and
    // the word it starts at.
    for (const entry of entries) {
      expect(entryToRegexSource(entry, true), `${id}: "${entry}"`).not.toMatch(/\)(?:[+*]|\{)/);
    }
    expect(isWordGated(lexicon(entries)), `${id} would be tried at every position`).toBe(true);
  });

  it('a long draft of near-misses is matched with one try per word', () => {
    const re = lexicon(['waardeloos', '(heel|erg) boos', 'kut*']);
    const view = makeTextView('waardelo heel boo kuu '.repeat(2000));
    expect(findAll(view, re)).toEqual([]);
    expect(isWordGated(re)).toBe(true);
  });
});
