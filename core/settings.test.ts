import { describe, expect, it } from 'vitest';
import { defaultSettings, platformOn, readSettings, SettingsSchema } from './settings';

describe('settings schema', () => {
  it('a fresh install has sensible defaults: medewerker, language of the browser, nobody set', () => {
    expect(defaultSettings).toEqual({
      role: 'medewerker',
      locale: 'auto',
      name: '',
      leidinggevende: { name: '', email: '' },
      platforms: {},
      disabledRules: [],
      schoolContacts: { phones: [], emails: [] },
      pausedSites: [],
    });
  });

  it('keeps a complete, valid set as written (names trimmed)', () => {
    const input = {
      role: 'leidinggevende',
      locale: 'en',
      name: '  Anouk de Vries ',
      leidinggevende: {
        name: 'Marieke Jansen',
        email: 'directie@musselhorst.nl',
        phone: '+31 6 12345678',
        chatUrl: 'https://teams.microsoft.com/l/chat/0/0?users=directie@musselhorst.nl',
      },
      disclaimer: { short: 'Mijn eigen mening.' },
      platforms: { tiktok: false },
      disabledRules: ['bareOpinion'],
      pausedSites: ['www.facebook.com'],
    };
    const { settings, damaged } = readSettings(input);
    expect(damaged).toBe(false);
    expect(settings.name).toBe('Anouk de Vries');
    expect(settings.leidinggevende.chatUrl).toBe(input.leidinggevende.chatUrl);
    expect(settings.disclaimer).toEqual({ short: 'Mijn eigen mening.' });
    expect(platformOn(settings, 'tiktok')).toBe(false);
    expect(platformOn(settings, 'x')).toBe(true);
  });

  it.each([
    ['leidinggevende.email', { leidinggevende: { name: 'M', email: 'geen adres' } }],
    ['leidinggevende.chatUrl', { leidinggevende: { chatUrl: 'javascript:alert(1)' } }],
    ['leidinggevende.chatUrl', { leidinggevende: { chatUrl: 'http://chat.example.nl/' } }],
    ['leidinggevende.phone', { leidinggevende: { phone: 'bel me' } }],
    ['role', { role: 'directeur' }],
    ['locale', { locale: 'de' }],
    ['disclaimer.short', { disclaimer: { short: '' } }],
    ['disclaimer.short', { disclaimer: { short: 'x'.repeat(281) } }],
    ['platforms.myspace', { platforms: { myspace: true } }],
    ['disabledRules.0', { disabledRules: ['<img>'] }],
  ])('refuses a bad %s, naming the field', (field, input) => {
    const parsed = SettingsSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => [...i.path, ...('keys' in i ? i.keys : [])]);
    expect(paths.map((p) => p.join('.')).join(' ')).toContain(
      field.split('.').slice(0, 2).join('.'),
    );
  });

  it('a damaged field falls back to its default and is named; the other fields survive', () => {
    const { settings, damaged, damagedFields } = readSettings({
      role: 'leidinggevende',
      leidinggevende: { name: 'Marieke', email: 42 },
      name: 'Anouk',
    });
    expect(damaged).toBe(true);
    expect(damagedFields).toEqual(['leidinggevende']);
    expect(settings.role).toBe('leidinggevende');
    expect(settings.name).toBe('Anouk');
    expect(settings.leidinggevende).toEqual({ name: '', email: '' });
  });

  it.each([['a string'], [[1, 2]], [17]])(
    'a stored value that is no object: all defaults, flagged (%j)',
    (stored) => {
      const { settings, damaged } = readSettings(stored);
      expect(damaged).toBe(true);
      expect(settings).toEqual(defaultSettings);
    },
  );

  it('nothing stored yet is not damage', () => {
    expect(readSettings(undefined)).toEqual({
      settings: defaultSettings,
      damaged: false,
      damagedFields: [],
    });
  });
});
