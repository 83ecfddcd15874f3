import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { defaultPolicy } from '../policy/musselhorst';
import { PolicySchema } from '../policy/schema';

const found = (text: string, policy = defaultPolicy) =>
  analyze({ text, platform: 'facebook' }, { policy })
    .filter((f) => f.ruleId === 'confidentialIban')
    .map((f) => [text.slice(f.span!.start, f.span!.end), f.severity]);

describe('confidentialIban', () => {
  it.each([
    [
      'Maak het over naar NL44 RABO 0123 4567 89 t.n.v. J. de Vries',
      'NL44 RABO 0123 4567 89',
      'warning',
    ],
    ['Rekening penningmeester: NL91ABNA0417164300', 'NL91ABNA0417164300', 'warning'],
    ['graag op nl44rabo0123456789 overmaken', 'nl44rabo0123456789', 'warning'],
    ['IBAN van oma: DE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 00', 'warning'],
    ['De moeder van Lotte wil geld terug: NL20INGB0001234567', 'NL20INGB0001234567', 'stop'],
    ['Daan kan het overmaken naar NL44RABO0123456789', 'NL44RABO0123456789', 'stop'],
    ['Mijn rekening is NL44 RABO 0123 4567 88', 'NL44 RABO 0123 4567 88', 'info'], // bad checksum
  ])('%s → %s (%s)', (text, iban, severity) => {
    expect(found(text)).toEqual([[iban, severity]]);
  });

  it.each([
    ['Maak €15 over op NL91 ABNA 0417 1643 00 t.n.v. Ouderraad obs de Musselhorst'],
    ['Betalen kan op NL12 RABO 0123 4567 89 t.n.v. Stichting Ouderraad'],
    ['Rekenles: een IBAN ziet eruit als NL91ABNA0417164300, bijvoorbeeld.'],
    ['Wij gaan in 2024 naar Walibi, NL jaar 2025 ook'],
    ['Lokaal B12 en AB34 zijn open'],
  ])('nothing in %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it("the school's own accounts in the pack give nothing", () => {
    const policy = PolicySchema.parse({
      ...defaultPolicy,
      publicContacts: { ...defaultPolicy.publicContacts, ibans: ['NL44 RABO 0123 4567 89'] },
    });
    expect(found('Ouderbijdrage naar NL44RABO0123456789', policy)).toEqual([]);
  });
});
