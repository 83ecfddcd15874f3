import { describe, expect, it } from 'vitest';
import { costRatio } from '../testkit/linearity';
import { analyze } from '../analyze';
import { emailAddresses, ibanCandidates, isPersonalDutchNumber, phoneNumbers } from './contacts';

describe('isPersonalDutchNumber (numbering plan)', () => {
  it.each([
    ['0612345678', true], // mobile
    ['0687654321', true],
    ['0201234567', true], // Amsterdam, 2-digit area code
    ['0513123456', true], // Heerenveen, 3-digit area code
    ['0851234567', true], // VoIP, can be a person's
    ['0671234567', false], // 067: not a mobile range
    ['0800123456', false], // free service number
    ['0900123456', false], // paid service number
    ['0881234567', false], // company number
    ['0123456789', false], // no such area code
    ['0200123456', false], // subscriber numbers do not start with 0
    ['061234567', false], // too short
  ])('%s → %s', (national, expected) => {
    expect(isPersonalDutchNumber(national)).toBe(expected);
  });

  it('reads +31 and 0031 as Dutch numbers', () => {
    expect(phoneNumbers('+31 6 12345678 / 0031 (0)20 123 4567').map((p) => p.national)).toEqual([
      '0612345678',
      '0201234567',
    ]);
  });
});

describe('emailAddresses', () => {
  it.each([
    ['mail a.b@c.nl.', ['a.b@c.nl']],
    ['@juf_x en @meester.tom', []],
    ['x@y', []],
    ['twee: p@q.com,r@s.org', ['p@q.com', 'r@s.org']],
  ])('%j → %j', (text, expected) => {
    expect(emailAddresses(text).map((e) => e.text)).toEqual(expected);
  });
});

describe('article-3 detectors stay linear on inputs aimed at them', () => {
  it.each([
    ['at signs', (n: number) => 'a@'.repeat(n / 2)],
    ['a long local part', (n: number) => `${'a'.repeat(n - 8)}@b.nl`],
    ['IBAN-like groups', (n: number) => 'NL91 ABNA '.repeat(n / 10)],
    ['street numbers', (n: number) => 'Kerkstraat 1 '.repeat(n / 13)],
    ['dates', (n: number) => 'geb. 1-1-2016 '.repeat(n / 14)],
    ['health words in sentences', (n: number) => 'Daan heeft ADHD. '.repeat(n / 17)],
    ['health words, no full stops', (n: number) => 'Daan heeft ADHD en '.repeat(n / 19)],
    ['initials with health words', (n: number) => 'J. heeft ADHD '.repeat(n / 14)],
    ['meetings without news', (n: number) => 'vergadering '.repeat(n / 12)],
    ['list words', (n: number) => 'klassenlijst '.repeat(n / 13)],
    ['password words', (n: number) => 'wachtwoord '.repeat(n / 11)],
    ['numbers next to names', (n: number) => 'Daan 06-12345678 '.repeat(n / 17)],
    ['addresses next to homes', (n: number) => 'Daan woont Kerkstraat 1 '.repeat(n / 24)],
    ['staff news', (n: number) => 'juf Anna is zwanger '.repeat(n / 20)],
  ])(
    '%s',
    (_name, make) => {
      const ratio = costRatio(make, (text) =>
        analyze({ text, platform: 'facebook' }, { role: 'leidinggevende' }),
      );
      expect(ratio).toBeLessThan(4);
    },
    120_000,
  );

  it('finds IBANs in a long run of groups without blowing up', () => {
    expect(ibanCandidates('NL91ABNA0417164300 '.repeat(500))).toHaveLength(500);
  });
});
