import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const findings = (text: string) =>
  analyze({ text, platform: 'facebook' }).filter((f) => f.ruleId === 'confidentialBsn');

describe('confidentialBsn', () => {
  it.each([
    ['Het BSN van Daan is 111222333', '111222333', 'stop'],
    ['bsn: 123 456 782 graag checken', '123 456 782', 'stop'],
    ['burgerservicenummer 1234.56.782', '1234.56.782', 'stop'],
    ['Kan iemand 123456782 even controleren voor Daan?', '123456782', 'warning'],
    ['B.S.N. is 111-222-333', '111-222-333', 'stop'],
  ])('%s → marks %s as %s', (text, marked, severity) => {
    const [f, ...rest] = findings(text);
    expect(rest).toHaveLength(0);
    expect(f?.severity).toBe(severity);
    expect(text.slice(f!.span!.start, f!.span!.end)).toBe(marked);
  });

  it.each([
    ['Bel ons op 0513123456'], // a phone number, 10 digits
    ['Ons RSIN is 123456782, wij zijn een ANBI'],
    ['Schooljaar 2024-2025 begint op 1 september'],
    ['bsn 123456789 klopt niet'], // fails the elfproef
    ['Ordernummer 1234567820 is verzonden'], // ten digits
    ['Het kost €1.234.567,82'],
  ])('no BSN in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});
