import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { Role } from '../types';

const findings = (text: string, role: Role = 'medewerker') =>
  analyze({ text, platform: 'x' }, { role }).filter((f) => f.ruleId === 'schoolDecision');
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('schoolDecision', () => {
  it.each([
    [
      'Als school hebben wij besloten per 1 januari te stoppen met tablets in de klas.',
      'Als school hebben wij',
    ],
    [
      'Namens obs de Musselhorst: wij zijn tegen de nieuwe toetswet en doen niet meer mee.',
      'Namens obs de Musselhorst',
    ],
    ["Speaking for my school: we fully support Thursday's strike.", 'Speaking for my school'],
    [
      'Namens de school: we hebben besloten dat de kinderen geen mobiel meer mee mogen.',
      'Namens de school',
    ],
    ['Wij als team steunen de staking van donderdag volledig!', 'Wij als team'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({
      severity: 'warning',
      article: '8',
      action: 'contact',
    });
  });

  it.each([
    ['Namens het team: fijne vakantie allemaal! ☀️'],
    ['Namens het team: de school is morgen dicht vanwege de studiedag.'],
    ['Wij als school zijn trots op onze leerlingen 🎉'],
    ['Ik heb besloten om dit jaar de Kinderboekenweek met een voorleesontbijt te openen.'],
    ['Het kabinet heeft besloten de werkdrukgelden te verhogen.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });

  it('a leader announces decisions by their role (art. 5 covers them)', () => {
    expect(
      findings('Namens de school: we hebben besloten te stoppen met tablets.', 'leidinggevende'),
    ).toEqual([]);
  });
});

describe('schoolDecision: the school named by its staff', () => {
  it('"we at <school>" with a policy to enforce', () => {
    expect(
      marked(
        'We at De Musselhorst believe the phone ban is the right choice and we will enforce it.',
      ),
    ).toEqual(['We at De Musselhorst']);
  });
});

// The school informing parents in its own letter (c1, c2 real school texts).
describe("schoolDecision: told to the parents in the school's letter", () => {
  it('"het volgende besluit genomen over de rapportage aan u" gives nothing', () => {
    expect(
      findings(
        'Onlangs hebben we als team het volgende besluit genomen over de rapportage aan u als ouders.',
      ),
    ).toEqual([]);
  });
  it("a staff member announcing the school's decision on social media still counts", () => {
    expect(
      marked('Wij als school hebben besloten niet meer mee te doen aan de staking.'),
    ).not.toEqual([]);
  });
});
