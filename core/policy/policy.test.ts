import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { defaultPolicy, musselhorstPolicyInput } from './musselhorst';
import { parsePolicy, PolicySchema } from './schema';

describe('policy pack', () => {
  it('the default pack is obs de Musselhorst, with every article text', () => {
    expect(defaultPolicy.school.name).toBe('obs de Musselhorst');
    for (const article of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'] as const) {
      expect(defaultPolicy.articles[article], article).toBeTruthy();
    }
    expect(defaultPolicy.disclaimer.short.length).toBeLessThan(
      defaultPolicy.disclaimer.long.length,
    );
  });

  it('round-trips through JSON (export, import)', () => {
    const exported = JSON.stringify(defaultPolicy);
    expect(PolicySchema.parse(JSON.parse(exported))).toEqual(defaultPolicy);
  });

  it.each([
    [{ ...musselhorstPolicyInput, schemaVersion: 2 }, 'schemaVersion'],
    [{ ...musselhorstPolicyInput, id: 'Obs Test!' }, 'id: alleen kleine letters'],
    [{ ...musselhorstPolicyInput, disclaimer: { long: 'x' } }, 'disclaimer.short'],
    [{ ...musselhorstPolicyInput, articles: { '12': 'x' } }, 'articles'],
    [
      { ...musselhorstPolicyInput, rules: { confidentialBsn: { enabled: 'ja' } } },
      'rules.confidentialBsn.enabled',
    ],
    [
      { ...musselhorstPolicyInput, publicContacts: { emails: ['geen-adres'] } },
      'publicContacts.emails.0',
    ],
    ['not an object', '(root)'],
    [
      { ...musselhorstPolicyInput, lexicons: { confidentialMarkers: ['hou het stil'] } },
      'lexicons.confidentialMarkers: onbekende lexicon-id "confidentialMarkers" (bedoelt u "confidentialMarker"?)',
    ],
    [
      { ...musselhorstPolicyInput, lexicons: { geheim: ['x'] } },
      'lexicons.geheim: onbekende lexicon-id "geheim"; zie docs/IT.md',
    ],
  ])('a broken pack names the field: %#', (input, field) => {
    const result = parsePolicy(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain(field);
  });

  it("another school's pack is data: its name, switched-off rules and extra words take effect", () => {
    const other = PolicySchema.parse({
      ...musselhorstPolicyInput,
      id: 'cbs-de-regenboog',
      school: { name: 'cbs De Regenboog', aliases: [] },
      rules: { confidentialBsn: { enabled: false }, confidentialMarker: { severity: 'stop' } },
      lexicons: { confidentialMarker: ['hou het stil'] },
    });
    const draft = { text: 'bsn 111222333, hou het stil', platform: 'x' as const };
    const findings = analyze(draft, { policy: other });
    expect(findings.map((f) => f.ruleId)).toEqual(['confidentialMarker']);
    expect(findings[0]!.severity).toBe('stop');
    expect(analyze(draft).map((f) => f.ruleId)).toContain('confidentialBsn');
  });
});
