import { describe, expect, it } from 'vitest';
import { electronicFormatIBAN, isValidIBAN } from './iban';

describe('IBAN', () => {
  it.each([
    ['NL91ABNA0417164300', true],
    ['NL91 ABNA 0417 1643 00', true],
    ['nl91abna0417164300', true],
    ['NL91ABNA0417164301', false], // one digit off
    ['NL91ABNA041716430', false], // too short for NL
    ['BE68539007547034', true],
    ['DE89370400440532013000', true],
    ['GB29NWBK60161331926819', true],
    ['XX91ABNA0417164300', false], // unknown country
    ['NL91-ABNA-0417-1643-00', true],
    ['06-12345678', false],
  ])('%s → %s', (iban, valid) => {
    expect(isValidIBAN(iban)).toBe(valid);
  });

  it('writes the electronic format', () => {
    expect(electronicFormatIBAN('nl91 abna 0417 1643 00')).toBe('NL91ABNA0417164300');
  });
});
