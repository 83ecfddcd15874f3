import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { Role } from '../types';

const findings = (text: string, role: Role = 'leidinggevende') =>
  analyze({ text, platform: 'x' }, { role }).filter((f) => f.ruleId === 'leaderPersonalDisclaimer');
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('leaderPersonalDisclaimer', () => {
  it.each([
    [
      'Op persoonlijke titel: de nieuwe cao is een schandalig slecht akkoord.',
      'Op persoonlijke titel',
    ],
    [
      'Op persoonlijke titel hoor, maar dit kabinet snapt echt niks van onderwijs.',
      'Op persoonlijke titel',
    ],
    ['Privé-mening hoor: die nieuwe cao is een slecht akkoord.', 'Privé-mening'],
    ['Persoonlijke mening: ik vind dat Zwarte Piet terug moet.', 'Persoonlijke mening'],
    ['Views are my own: I think the phone ban is ridiculous.', 'Views are my own'],
    [
      'Ik vind het onderwijsbeleid rampzalig. Persoonlijke mening, niet namens obs de Musselhorst.',
      'Persoonlijke mening, niet namens obs de Musselhorst',
    ],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({
      severity: 'warning',
      article: '5',
      action: 'contact',
    });
  });

  it('is the only article 5 rule of its kind on such a post', () => {
    const ids = analyze(
      { text: 'Op persoonlijke titel: ik vind de staking belachelijk.', platform: 'x' },
      { role: 'leidinggevende' },
    ).map((f) => f.ruleId);
    expect(ids).toContain('leaderPersonalDisclaimer');
    expect(ids).not.toContain('leaderControversial');
    expect(ids).not.toContain('leaderOpinion');
    expect(ids).not.toContain('personalOrOnBehalf');
  });

  it.each([
    // A disclaimer on a post without an opinion.
    ['Op persoonlijke titel: mijn favoriete recept voor appeltaart 🍎'],
    ['Privé: wat een mooie wandeling vandaag.'],
    // A leader declining to give a personal view (w2, w9, 2026-12).
    [
      "As a school leader I'm asked what I think of the inclusion law. I'll keep my personal views offline.",
    ],
    [
      'Als schoolleider krijg ik vragen over de staking. Ik ga hier bewust niet mijn eigen mening geven.',
    ],
    // An opinion without a disclaimer is another rule.
    ['Ik vind de cao een slecht akkoord.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });

  it('does not apply to staff: for them the disclaimer is the point', () => {
    expect(findings('Op persoonlijke titel: de cao is slecht.', 'medewerker')).toEqual([]);
  });
});

describe('leaderPersonalDisclaimer: a labelled opinion on any topic', () => {
  it.each([
    ['Persoonlijke mening: de nieuwe toetswet is een ramp voor onze kinderen.'],
    ['Mijn eigen mening, los van school: die nieuwe wet deugt niet.'],
    ['Views my own: this policy will not survive the year.'],
  ])('%s → art. 5', (text) => {
    expect(findings(text)[0]).toMatchObject({ article: '5', severity: 'warning' });
  });
  it('a bare "privé" labels nothing', () => {
    expect(findings('Ik ben volgende week privé op vakantie, mail gerust de adjunct.')).toEqual([]);
  });
});
