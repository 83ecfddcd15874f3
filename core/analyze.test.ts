import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';

const ids = (text: string, role: 'medewerker' | 'leidinggevende' = 'medewerker') =>
  analyze({ text, platform: 'facebook' }, { role }).map((f) => f.ruleId);

describe('analyze: precedence between rules', () => {
  it('folds "a child made identifiable" into the article-3 finding of the same post', () => {
    const text = 'Tip: Noah uit mijn klas heeft dyscalculie en werkt nu met een rekenmachine.';
    expect(ids(text)).toContain('confidentialHealth');
    expect(ids(text)).not.toContain('privacyChildIdentifiable');
  });

  it('keeps it when nothing confidential is there', () => {
    expect(ids('Gefeliciteerd Noah uit groep 5, vandaag 8 jaar!')).toContain(
      'privacyChildIdentifiable',
    );
  });

  it("a leader's warning brings article 5 and raises the rest one level", () => {
    const text = 'Even onder ons: de fusie gaat door.';
    const staff = analyze({ text, platform: 'x' });
    const leader = analyze({ text, platform: 'x' }, { role: 'leidinggevende' });
    expect(leader.some((f) => f.ruleId === 'leaderRepresents' && f.action === 'contact')).toBe(
      true,
    );
    const marker = (fs: typeof staff) =>
      fs.find((f) => f.ruleId === 'confidentialMarker')!.severity;
    expect([marker(staff), marker(leader)]).toEqual(['warning', 'stop']);
  });

  it("a leader's plain announcement gets nothing", () => {
    expect(
      ids('Morgen is de school om 12.00 uur uit vanwege de studiedag.', 'leidinggevende'),
    ).toEqual([]);
  });

  it('every warning offers to contact the leidinggevende (article 8)', () => {
    const findings = analyze({ text: 'Het BSN van Daan is 111222333', platform: 'x' });
    const warnings = findings.filter((f) => f.severity !== 'info');
    // An empty result would pass the loop below vacuously: the draft must warn first.
    expect(warnings.length).toBeGreaterThan(0);
    for (const f of warnings) expect(f.action).toBe('contact');
  });
});
