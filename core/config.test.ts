import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { applySettings, choosePolicy, isLocked, readManaged, resolveConfig } from './config';
import { ruleChoices } from './ruleChoices';
import { defaultPolicy, musselhorstPolicyInput } from './policy/musselhorst';
import { describeIssues, PolicySchema } from './policy/schema';
import { SettingsSchema } from './settings';

const leader = { name: 'Marieke Jansen', email: 'directie@musselhorst.nl' };
const schoolPack = {
  ...musselhorstPolicyInput,
  id: 'cbs-de-regenboog',
  school: { name: 'cbs De Regenboog', aliases: [] },
};

describe('managed over user over defaults', () => {
  it('with nothing pushed, the user settings are in force and nothing is locked', () => {
    const config = resolveConfig({ role: 'leidinggevende', name: 'Anouk' }, undefined);
    expect(config.settings.role).toBe('leidinggevende');
    expect(config.locked).toEqual([]);
    expect(config.notices).toEqual([]);
  });

  it("the school's values win over the user's, and are locked", () => {
    const config = resolveConfig(
      {
        role: 'leidinggevende',
        leidinggevende: { name: 'Iemand anders', email: 'x@example.nl' },
        disclaimer: { long: 'Mijn eigen lange tekst.', short: 'Mijn korte.' },
        platforms: { x: true, tiktok: true },
      },
      {
        role: 'medewerker',
        leidinggevende: leader,
        disclaimer: { short: 'Privé, niet namens de school.' },
        platforms: { tiktok: false },
      },
    );
    expect(config.settings.role).toBe('medewerker');
    expect(config.settings.leidinggevende).toEqual(leader);
    // Per part: the school set the short text only, so the user's long text stays.
    expect(config.settings.disclaimer).toEqual({
      long: 'Mijn eigen lange tekst.',
      short: 'Privé, niet namens de school.',
    });
    expect(config.settings.platforms).toEqual({ x: true, tiktok: false });
    // The user's own values are kept, for when the school stops pushing.
    expect(config.user.role).toBe('leidinggevende');
    expect(config.locked.sort()).toEqual(
      ['disclaimer.short', 'leidinggevende', 'platforms.tiktok', 'role'].sort(),
    );
    expect(isLocked(config, 'leidinggevende')).toBe(true);
    expect(isLocked(config, 'disclaimer.long')).toBe(false);
    expect(isLocked(config, 'platforms.x')).toBe(false);
  });

  it('a damaged pushed field is ignored with a notice naming it; the others still apply', () => {
    const config = resolveConfig(
      { role: 'leidinggevende' },
      { role: 'baas', leidinggevende: leader, unknownKey: 1 },
    );
    expect(config.settings.role).toBe('leidinggevende');
    expect(config.settings.leidinggevende).toEqual(leader);
    expect(config.notices).toEqual([
      { kind: 'managedDamaged', fields: [expect.stringMatching(/^role/)] },
    ]);
  });

  it('a damaged stored user field gives a notice, and the default for that field only', () => {
    const config = resolveConfig({ name: 'Anouk', locale: 'klingon' }, {});
    expect(config.settings.name).toBe('Anouk');
    expect(config.settings.locale).toBe('auto');
    expect(config.notices).toEqual([{ kind: 'settingsDamaged', fields: ['locale'] }]);
  });

  it('managed storage that is no object is reported, not used', () => {
    expect(readManaged('role=medewerker').notices).toHaveLength(1);
    expect(readManaged(undefined)).toEqual({ managed: {}, notices: [] });
  });
});

describe('which pack is in force', () => {
  it('school pack > user pack > default pack', () => {
    const user = { ...musselhorstPolicyInput, id: 'eigen-pakket' };
    expect(choosePolicy(schoolPack, user).source).toBe('school');
    expect(choosePolicy(schoolPack, user).policy.school.name).toBe('cbs De Regenboog');
    expect(choosePolicy(undefined, user).source).toBe('user');
    expect(choosePolicy(undefined, undefined)).toMatchObject({
      source: 'default',
      policy: defaultPolicy,
      notices: [],
    });
  });

  it('keeps the pack as written for export, not the parsed one with defaults', () => {
    const written = { ...schoolPack, rules: { bareOpinion: { enabled: false } } };
    delete (written as { lexicons?: unknown }).lexicons;
    expect(choosePolicy(undefined, written).input).toBe(written);
  });

  it('an invalid school pack is skipped with its problems; the next one is used', () => {
    const choice = choosePolicy({ ...schoolPack, disclaimer: { long: 'x' } }, undefined);
    expect(choice.source).toBe('default');
    expect(choice.notices).toEqual([
      { kind: 'managedPackInvalid', errors: [expect.stringContaining('disclaimer.short')] },
    ]);
  });

  it('a damaged stored pack falls back to the default with a notice', () => {
    const choice = choosePolicy(undefined, { schemaVersion: 1, id: 'half' });
    expect(choice.policy).toBe(defaultPolicy);
    expect(choice.notices[0]?.kind).toBe('packDamaged');
  });
});

describe("the user's own rule switches and disclaimer", () => {
  const bsn = { text: 'Het BSN van Daan is 111222333', platform: 'x' as const };

  it('a rule the user switched off gives no reminder; the pack itself is not changed', () => {
    const judged = applySettings(defaultPolicy, { disabledRules: ['confidentialBsn'] });
    expect(analyze(bsn, { policy: judged }).map((f) => f.ruleId)).not.toContain('confidentialBsn');
    expect(analyze(bsn, { policy: defaultPolicy }).map((f) => f.ruleId)).toContain(
      'confidentialBsn',
    );
  });

  it('a rule the pack does not let staff switch off stays on', () => {
    const strict = PolicySchema.parse({
      ...musselhorstPolicyInput,
      rules: { confidentialBsn: { userCanDisable: false } },
    });
    const judged = applySettings(strict, { disabledRules: ['confidentialBsn'] });
    expect(judged).toBe(strict);
    expect(analyze(bsn, { policy: judged }).map((f) => f.ruleId)).toContain('confidentialBsn');
    const choice = ruleChoices(strict, ['confidentialBsn']).find((r) => r.id === 'confidentialBsn');
    expect(choice).toEqual({ id: 'confidentialBsn', article: '3', on: true, locked: true });
  });

  it('own disclaimer texts replace the pack’s', () => {
    const judged = applySettings(defaultPolicy, {
      disabledRules: [],
      disclaimer: { short: 'Privé.' },
    });
    expect(judged.disclaimer).toEqual({ long: defaultPolicy.disclaimer.long, short: 'Privé.' });
  });

  it('no own settings: the very same pack object (analyze caches per pack)', () => {
    expect(applySettings(defaultPolicy, { disabledRules: [] })).toBe(defaultPolicy);
  });

  it('lists the rules the pack has on, not those it switched off', () => {
    const pack = PolicySchema.parse({
      ...musselhorstPolicyInput,
      rules: { bareOpinion: { enabled: false } },
    });
    const ids = ruleChoices(pack, ['sarcasm']).map((r) => r.id);
    expect(ids).not.toContain('bareOpinion');
    expect(ruleChoices(pack, ['sarcasm']).find((r) => r.id === 'sarcasm')?.on).toBe(false);
    expect(ids).toContain('confidentialBsn');
  });
});

describe("the school's own phone numbers and mail addresses (welcome page, managed settings)", () => {
  const vacancy = {
    // A mobile number: the rules take a landline in a vacancy as the school's own (issue 13),
    // but a small school's director often gives a mobile, which they must take as private.
    text: 'Vacature! Interesse? Bel 06 21 43 65 87 of mail m.jansen@ziggo.nl',
    platform: 'facebook' as const,
  };
  const judged = (settings: unknown, managed?: unknown) =>
    analyze(vacancy, {
      policy: applySettings(defaultPolicy, resolveConfig(settings, managed).settings),
      role: 'leidinggevende',
    }).map((f) => `${f.ruleId}:${f.severity}`);

  // The school's number, and the address the school publishes for applications (the
  // director's own mailbox at a home provider: an address the rules must take as private).
  it("without them, the school's own number in a leader's vacancy is a stop", () => {
    expect(judged({})).toContain('confidentialPhone:stop');
    expect(judged({})).toContain('confidentialEmail:stop');
  });

  it('entered as written (other spacing, +31), the number and address are not private any more', () => {
    const settings = {
      schoolContacts: {
        phones: ['+31 (0)6-21436587'],
        emails: [' M.Jansen@ziggo.nl '],
      },
    };
    const findings = judged(settings);
    expect(findings.filter((f) => /confidential(Phone|Email)/.test(f))).toEqual([]);
    // Only these: another number is still a reminder.
    expect(
      analyze(
        { text: 'Vacature! Bel 06 12345678', platform: 'facebook' },
        {
          policy: applySettings(defaultPolicy, resolveConfig(settings, undefined).settings),
          role: 'leidinggevende',
        },
      ).map((f) => f.ruleId),
    ).toContain('confidentialPhone');
  });

  it('pushed by the school: in force over the user’s, and locked', () => {
    const config = resolveConfig(
      { schoolContacts: { phones: ['06 12345678'], emails: [] } },
      { schoolContacts: { phones: ['06 21 43 65 87'], emails: ['m.jansen@ziggo.nl'] } },
    );
    expect(config.settings.schoolContacts.phones).toEqual(['06 21 43 65 87']);
    expect(config.user.schoolContacts.phones).toEqual(['06 12345678']);
    expect(isLocked(config, 'schoolContacts')).toBe(true);
    expect(
      judged(
        {},
        {
          schoolContacts: { phones: ['06 21 43 65 87'], emails: ['m.jansen@ziggo.nl'] },
        },
      ),
    ).not.toContain('confidentialPhone:stop');
  });

  it.each([
    ['phones', '0513 12', '“0513 12” is geen telefoonnummer'],
    ['phones', 'bel de conciërge', '“bel de conciërge” is geen telefoonnummer'],
    ['emails', 'info@', '“info@” is geen e-mailadres'],
  ])('a bad %s line is refused with a Dutch message naming it: %s', (field, value, message) => {
    const good = field === 'phones' ? '0513 123 456' : 'info@musselhorst.nl';
    const parsed = SettingsSchema.safeParse({ schoolContacts: { [field]: [good, value] } });
    expect(parsed.success).toBe(false);
    const lines = describeIssues(parsed.error!);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`schoolContacts.${field}.1: ${message}`);
  });

  it('no contacts entered: the very same pack object', () => {
    expect(
      applySettings(defaultPolicy, {
        disabledRules: [],
        schoolContacts: { phones: [], emails: [] },
      }),
    ).toBe(defaultPolicy);
  });
});
