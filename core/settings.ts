import { z } from './zod';
import { LOCALES, PLATFORM_IDS, ROLES, type PlatformId } from './types';

// The user's own settings, as stored (storage.sync) and as written by the options page, the
// welcome page and the popup. Every field has a default, so a missing or damaged field falls
// back on its own without taking the others with it (see readSettings).

const line = (max: number) => z.string().check(z.trim(), z.maxLength(max));

/** A phone number as people write it: digits, spaces, +, -, ( and ). */
export const PhoneSchema = z
  .string()
  .check(
    z.trim(),
    z.regex(/^\+?[0-9][0-9 ()-]{5,24}$/, 'een telefoonnummer: cijfers, spaties, +, - en ( )'),
  );

/**
 * A chat link (Teams, WhatsApp, Slack…): https only, so a pushed or imported value can never
 * become a `javascript:` link in the popup.
 */
export const ChatUrlSchema = z.url({
  protocol: /^https$/,
  hostname: z.regexes.domain,
  error: 'een https://-link',
});

/** Who staff contact when in doubt (protocol article 8). Empty name and e-mail: not set yet. */
export const LeidinggevendeSchema = z.object({
  name: z._default(line(100), ''),
  email: z._default(z.union([z.literal(''), z.email().check(z.trim(), z.maxLength(254))]), ''),
  phone: z.optional(PhoneSchema),
  chatUrl: z.optional(ChatUrlSchema.check(z.maxLength(2000))),
});
export type Leidinggevende = z.infer<typeof LeidinggevendeSchema>;

/** How many digits a phone number has, whatever is written around them. */
const digitCount = (written: string): number => written.replace(/\D/g, '').length;

/**
 * One of the school's own, public phone numbers: as people write it, with 10 to 15 digits
 * (a Dutch number has 10; +31 and international ones up to 15). The message names the value.
 */
const SchoolPhoneSchema = z.string().check(
  z.trim(),
  z.refine((v) => /^\+?[0-9][0-9 ().-]*$/.test(v) && digitCount(v) >= 10 && digitCount(v) <= 15, {
    error: (issue) =>
      `“${String(issue.input)}” is geen telefoonnummer: 10 tot 15 cijfers, met spaties, +, -, . of ( ) als je wilt`,
  }),
);

/** One of the school's own, public mail addresses; the message names the value. */
const SchoolEmailSchema = z.string().check(
  z.trim(),
  z.maxLength(254),
  z.refine((v) => z.email().safeParse(v).success, {
    error: (issue) => `“${String(issue.input)}” is geen e-mailadres (zoals info@school.nl)`,
  }),
);

/**
 * The school's own phone numbers and mail addresses, entered on the welcome page (or pushed
 * by the school): added to the pack's public contacts, so a draft with them gets no "private
 * number" reminder (core/config.ts applySettings).
 */
export const SchoolContactsSchema = z.object({
  phones: z._default(z.array(SchoolPhoneSchema).check(z.maxLength(50)), []),
  emails: z._default(z.array(SchoolEmailSchema).check(z.maxLength(50)), []),
});
export type SchoolContacts = z.infer<typeof SchoolContactsSchema>;

const disclaimerText = (max: number) =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** The user's own disclaimer texts; a missing one means the policy pack's. */
export const DisclaimerOverrideSchema = z.object({
  long: z.optional(disclaimerText(1000)),
  short: z.optional(disclaimerText(280)),
});
export type DisclaimerOverride = z.infer<typeof DisclaimerOverrideSchema>;

/** Platform on/off by id; a platform not listed is on. */
export const PlatformSwitchesSchema = z.partialRecord(z.enum(PLATFORM_IDS), z.boolean());

/** The user's own settings (the options page writes them; managed storage may override). */
export const SettingsSchema = z.object({
  role: z._default(z.enum(ROLES), 'medewerker'),
  /** 'auto' follows the browser: English when the browser is English, else Dutch. */
  locale: z._default(z.enum([...LOCALES, 'auto']), 'auto'),
  /** The user's own name (for the message to the leidinggevende). */
  name: z._default(line(100), ''),
  leidinggevende: z._default(LeidinggevendeSchema, { name: '', email: '' }),
  disclaimer: z.optional(DisclaimerOverrideSchema),
  platforms: z._default(PlatformSwitchesSchema, {}),
  /** Rule ids the user switched off (only honoured where the pack allows it). */
  disabledRules: z._default(
    z.array(z.string().check(z.regex(/^[a-zA-Z0-9]+$/))).check(z.maxLength(500)),
    [],
  ),
  /** The school's own public phone numbers and mail addresses (see SchoolContactsSchema). */
  schoolContacts: z._default(SchoolContactsSchema, { phones: [], emails: [] }),
  /** Host names where the user paused Bedenk dat from the popup. */
  pausedSites: z._default(
    z.array(z.string().check(z.minLength(1), z.maxLength(253))).check(z.maxLength(1000)),
    [],
  ),
});
export type Settings = z.infer<typeof SettingsSchema>;
/** Settings as written (defaults not yet applied). */
export type SettingsInput = z.input<typeof SettingsSchema>;
/** The name of one setting. */
export type SettingKey = keyof Settings;

/** Every setting's name, in the schema's order. */
export const SETTING_KEYS = Object.keys(SettingsSchema.shape) as SettingKey[];

/** Default settings. */
export const defaultSettings: Settings = SettingsSchema.parse({});

/** True unless the user (or the school) switched the platform off. */
export function platformOn(settings: Pick<Settings, 'platforms'>, platform: PlatformId): boolean {
  return settings.platforms[platform] !== false;
}

/**
 * Reads stored settings field by field: a damaged field falls back to its default and is
 * named in `damagedFields`, so the UI can show a notice instead of a blank page, and one bad
 * field does not cost the user the others.
 */
export function readSettings(stored: unknown): {
  settings: Settings;
  damaged: boolean;
  damagedFields: SettingKey[];
} {
  if (stored === undefined || stored === null) {
    return { settings: defaultSettings, damaged: false, damagedFields: [] };
  }
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { settings: defaultSettings, damaged: true, damagedFields: [...SETTING_KEYS] };
  }
  const source = stored as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  const damagedFields: SettingKey[] = [];
  for (const key of SETTING_KEYS) {
    const parsed = SettingsSchema.shape[key].safeParse(source[key]);
    if (parsed.success) fields[key] = parsed.data;
    else damagedFields.push(key);
  }
  // Every field is now valid or absent (absent ones get their defaults here).
  const settings = SettingsSchema.parse(fields);
  return { settings, damaged: damagedFields.length > 0, damagedFields };
}
