import { describe, expect, it } from 'vitest';
import { findAll, has, lexicon, sentences, tokenize } from './match';
import { makeTextView } from './normalize';

/** The sentences of a draft as norm strings, trimmed (a lone line break is left out). */
const split = (text: string): string[] => {
  const norm = makeTextView(text).norm;
  return sentences(norm)
    .map((r) => norm.slice(r.start, r.end).trim())
    .filter((s) => s !== '');
};

describe('sentences', () => {
  it.each([
    ['J. de Vries uit groep 7 is ziek.', ['j. de vries uit groep 7 is ziek.']],
    ['Sanne (geb. 12 mei) is jarig. Feest!', ['sanne (geb. 12 mei) is jarig.', 'feest!']],
    ['We doen o.a. rekenen. Daarna gym.', ['we doen o.a. rekenen.', 'daarna gym.']],
    ['Neem bijv. een boek mee. Tot morgen.', ['neem bijv. een boek mee.', 'tot morgen.']],
    ['Graag z.s.m. terugmelden. Dank!', ['graag zsm terugmelden.', 'dank!']],
    ['Groep 5 t/m 8 is vrij. Fijn weekend.', ['groep 5 t/m 8 is vrij.', 'fijn weekend.']],
    [
      'Dhr. Jansen en mevr. Bakker komen. Welkom!',
      ['dhr. jansen en mevr. bakker komen.', 'welkom!'],
    ],
    ['Het duurt ca. een uur. Tot dan.', ['het duurt ca. een uur.', 'tot dan.']],
    ['Zie nr. 4 van de lijst. Klaar.', ['zie nr. 4 van de lijst.', 'klaar.']],
    ['Om 8.30 uur beginnen we. Ja!', ['om 8.30 uur beginnen we.', 'ja!']],
    ['Wat leuk! Echt waar? Ja.\nGroetjes', ['wat leuk!', 'echt waar?', 'ja.', 'groetjes']],
    ['Dit was het... Of niet?', ['dit was het...', 'of niet?']],
    ['Boeken, schriften enz. Daarna naar huis.', ['boeken, schriften enz.', 'daarna naar huis.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe('lexicon matching', () => {
  const matches = (entries: string[], text: string): string[] =>
    findAll(makeTextView(text), lexicon(entries)).map((m) => m.text);

  it.each([
    [['ziek'], 'Hij is ziek, echt ziek.', ['ziek', 'ziek']],
    [['ziek'], 'Een ziekte, niet ziekelijk.', []],
    [['*dossier'], 'Het leerlingdossier en het dossier.', ['leerlingdossier', 'dossier']],
    [['kut*'], 'Kutouders! Kut.', ['kutouders', 'kut']],
    [['*pest*'], 'Antipestprotocol', ['antipestprotocol']],
    [['waardeloos'], 'Wat waaaardeloos en waardeloos', ['wardeloos', 'waardeloos']],
    [
      ['(ben|zijn) het zat'],
      'Ik ben het   zat, zij zijn het zat',
      ['ben het   zat', 'zijn het zat'],
    ],
    [['groep [1-8]'], 'groep 9 en groep 3', ['groep 3']],
    [['🙄', '#metoo'], 'Nou🙄 ja 🙄 #metoo x#metoo', ['🙄', '#metoo']],
    [["m'n kind"], "Dat is m'n kind", ["m'n kind"]],
    [['de school', 'school'], 'naar de school, school', ['de school', 'school']],
  ])('%j in %s', (entries, text, expected) => {
    expect(matches(entries, text)).toEqual(expected);
  });

  // A doubled letter in an entry matches one letter only where the writer stretched it
  // ("boooos" is squeezed to "bos" in the norm view); a word typed with one letter is
  // another word ("bos" is a forest, "kanen" is not "kannen").
  it.each([
    [['boos'], 'Ik ben boos', ['boos']],
    [['boos'], 'Ik ben boooos', ['bos']],
    [['boos'], 'Een wandeling door het bos', []],
    [['waardeloos'], 'wardeloos', []],
    [['waardeloos'], 'waardelooooos', ['waardelos']],
    [['lekker'], 'lekerrr en leker', []],
    [['lekker'], 'lekkkker eten', ['leker']],
    [['stom'], 'stoooom', ['stom']],
    [['stom'], 'stoom', []],
    [['*dossier'], 'het leerlingdosier', []],
    [['*dossier'], 'het leerlingdossssier', ['leerlingdosier']],
    [['kut*'], 'kuttttt', ['kut']],
    [['(heel|erg) boos'], 'hel boos en heeeel boos', ['hel boos']],
  ])('doubled letters: %j in %s', (entries, text, expected) => {
    expect(matches(entries, text)).toEqual(expected);
  });

  it('reads a squeezed letter in a range the same way', () => {
    const view = makeTextView('nee, bos. ja, boooos');
    const re = lexicon(['boos']);
    expect(has(view, re, 0, 8)).toBe(false);
    expect(has(view, re, 10, view.norm.length)).toBe(true);
  });

  it('tests a range as if it were the whole text', () => {
    const view = makeTextView('kutouders');
    const re = lexicon(['ouders']);
    expect(has(view, re)).toBe(false);
    expect(has(view, re, 3, 9)).toBe(true);
  });
});

describe('tokenize', () => {
  it.each([
    ["m'n zus-in-law's boek", ["m'n", "zus-in-law's", 'boek']],
    ['a--b  c- d', ['a', 'b', 'c', 'd']],
    ['𝒜bc 12,5', ['𝒜bc', '12', '5']],
  ])('%s', (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });
});
