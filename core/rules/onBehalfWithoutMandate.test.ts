import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { Role } from '../types';

const findings = (text: string, role: Role = 'medewerker') =>
  analyze({ text, platform: 'facebook' }, { role }).filter(
    (f) => f.ruleId === 'onBehalfWithoutMandate',
  );
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('onBehalfWithoutMandate', () => {
  it.each([
    ['Namens het team: wij steunen de staking van 6 november volledig!', 'Namens het team'],
    ['Wij als school vinden dat het lerarentekort echt een schande is.', 'Wij als school'],
    [
      'Namens obs de Musselhorst: wij zijn fel tegen de bezuinigingen.',
      'Namens obs de Musselhorst',
    ],
    ['Namens Musselhorst: het wordt tijd dat de minister luistert.', 'Namens Musselhorst'],
    ['Wij staan als school achter de leraren die staken.', 'Wij staan als school'],
    ['Namens de school: stem woensdag niet op de PVV.', 'Namens de school'],
    ['On behalf of our school: the cuts are unacceptable.', 'On behalf of our school'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]?.severity).toBe('warning');
  });

  it.each([
    ['Namens het team: fijne kerstvakantie en een gezond 2025!'],
    // Not on behalf: a disclaimer (w1, w2, w5, 2026-12).
    [
      'Mijn persoonlijke mening, dus niet namens de school: de eindtoets zou minder zwaar moeten wegen.',
    ],
    [
      'Personal opinion, not speaking for my school: I think we should bring back handwriting lessons.',
    ],
    ['Namens de school willen we alle vrijwilligers hartelijk bedanken.'],
    ['Namens obs de Musselhorst heel hartelijk dank aan de sportvereniging!'],
    ['Namens het team wensen wij juf Ans veel beterschap.'],
    ['Namens het team: op 6 november zijn we dicht vanwege de landelijke staking.'],
    ['Namens het team: wij moeten helaas de sportdag verplaatsen naar vrijdag.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });

  it('leaves leaders to article 5: they speak for the school by their role', () => {
    expect(
      findings('Namens het team: wij steunen de staking van 6 november!', 'leidinggevende'),
    ).toEqual([]);
  });
});

describe('onBehalfWithoutMandate: more ways to speak for the school', () => {
  it.each([
    [
      'Als school hebben wij besloten te stoppen met tablets. Ze zijn funest voor de concentratie.',
      'Als school hebben wij',
    ],
    ["Speaking for my school: we fully support Thursday's strike.", 'Speaking for my school'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
  });
});

// The school's own values as its guide states them (c1, c2 real school texts).
describe("onBehalfWithoutMandate: the school's mission", () => {
  it.each([
    ['Als school vinden wij het belangrijk dat onze kinderen sociaal vaardig zijn.'],
    ['We willen als school werken aan duurzaamheidsdoelen: minder afval in de pauze.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
  it("a position on a contested matter in the school's name still counts", () => {
    expect(
      marked('Als school vinden wij het belangrijk dat iedereen meedoet aan de staking.'),
    ).not.toEqual([]);
  });
});
