import { describeIssues, parsePolicy, type Policy } from './policy/schema';
import { defaultPolicy, musselhorstPolicyInput } from './policy/musselhorst';
import {
  DisclaimerOverrideSchema,
  LeidinggevendeSchema,
  PlatformSwitchesSchema,
  readSettings,
  SchoolContactsSchema,
  type SettingKey,
  type Settings,
} from './settings';
import { LOCALES, PLATFORM_IDS, ROLES } from './types';
import { z } from './zod';

// What is in force: the school's managed values (enterprise policy) over the user's own
// settings over the defaults, and the school's pushed policy pack over the user's imported
// pack over the default pack of obs de Musselhorst. Pure: storage is read in utils/.

/**
 * What a school's IT may push through managed storage (Chrome/Edge policy, Firefox
 * policies.json). Mirrors public/managed_schema.json; every field is optional.
 */
export const ManagedSchema = z.object({
  role: z.optional(z.enum(ROLES)),
  locale: z.optional(z.enum([...LOCALES, 'auto'])),
  leidinggevende: z.optional(LeidinggevendeSchema),
  disclaimer: z.optional(DisclaimerOverrideSchema),
  platforms: z.optional(PlatformSwitchesSchema),
  /** The school's own public phone numbers and mail addresses (replace the user's). */
  schoolContacts: z.optional(SchoolContactsSchema),
  /** A whole policy pack; parsed with PolicySchema so its problems name their fields. */
  policy: z.optional(z.unknown()),
});
/** Managed values after validation (a damaged field is dropped, with a notice). */
export type Managed = z.infer<typeof ManagedSchema>;
/** The managed fields, as named in managed storage. */
export type ManagedKey = keyof Managed;
const MANAGED_KEYS = Object.keys(ManagedSchema.shape) as ManagedKey[];

/** Something the user should know about stored or pushed values that could not be used. */
export type Notice =
  /** Stored settings had damaged fields; they fell back to their defaults. */
  | { kind: 'settingsDamaged'; fields: string[] }
  /** Values pushed by the school were damaged and are ignored. */
  | { kind: 'managedDamaged'; fields: string[] }
  /** The school's pushed pack is invalid: the next pack in line is used. */
  | { kind: 'managedPackInvalid'; errors: string[] }
  /** The user's imported pack (storage) is damaged: the default pack is used. */
  | { kind: 'packDamaged'; errors: string[] };

/**
 * A setting the school fixed, by path: a top-level key ('role', 'leidinggevende'), or one
 * part of it ('disclaimer.long', 'platforms.x'), or 'policy' for the pack.
 */
export type LockPath =
  SettingKey | 'policy' | `disclaimer.${'long' | 'short'}` | `platforms.${string}`;

/** The settings in force, what the user wrote, and which parts the school fixed. */
export type Config = {
  /** In force: managed over user over defaults. */
  settings: Settings;
  /** The user's own values (what the options page edits). */
  user: Settings;
  /** Paths set by the school: shown read-only. */
  locked: LockPath[];
  notices: Notice[];
};

/** Validates raw managed storage field by field; unknown keys are ignored. */
export function readManaged(raw: unknown): { managed: Managed; notices: Notice[] } {
  if (raw === undefined || raw === null) return { managed: {}, notices: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { managed: {}, notices: [{ kind: 'managedDamaged', fields: ['(root)'] }] };
  }
  const source = raw as Record<string, unknown>;
  const managed: Record<string, unknown> = {};
  const damaged: string[] = [];
  for (const key of MANAGED_KEYS) {
    if (source[key] === undefined) continue;
    const parsed = ManagedSchema.shape[key].safeParse(source[key]);
    if (parsed.success) managed[key] = parsed.data;
    else damaged.push(...describeIssues(parsed.error).map((line) => `${key}.${line}`));
  }
  const notices: Notice[] = damaged.length > 0 ? [{ kind: 'managedDamaged', fields: damaged }] : [];
  return { managed: managed as Managed, notices };
}

/** Merges managed values over the user's stored settings, and says which paths are locked. */
export function resolveConfig(storedUser: unknown, rawManaged: unknown): Config {
  const read = readSettings(storedUser);
  const { managed, notices: managedNotices } = readManaged(rawManaged);
  const user = read.settings;
  const settings: Settings = { ...user, platforms: { ...user.platforms } };
  const locked: LockPath[] = [];

  if (managed.role !== undefined) {
    settings.role = managed.role;
    locked.push('role');
  }
  if (managed.locale !== undefined) {
    settings.locale = managed.locale;
    locked.push('locale');
  }
  if (managed.leidinggevende !== undefined) {
    // One person: a pushed leidinggevende replaces the user's as a whole.
    settings.leidinggevende = managed.leidinggevende;
    locked.push('leidinggevende');
  }
  if (managed.disclaimer !== undefined) {
    const merged = { ...user.disclaimer };
    for (const part of ['long', 'short'] as const) {
      const text = managed.disclaimer[part];
      if (text !== undefined) {
        merged[part] = text;
        locked.push(`disclaimer.${part}`);
      }
    }
    settings.disclaimer = merged;
  }
  for (const id of PLATFORM_IDS) {
    const on = managed.platforms?.[id];
    if (on !== undefined) {
      settings.platforms[id] = on;
      locked.push(`platforms.${id}`);
    }
  }
  if (managed.schoolContacts !== undefined) {
    settings.schoolContacts = managed.schoolContacts;
    locked.push('schoolContacts');
  }
  if (managed.policy !== undefined) locked.push('policy');

  const notices: Notice[] = [];
  if (read.damaged) notices.push({ kind: 'settingsDamaged', fields: read.damagedFields });
  notices.push(...managedNotices);
  return { settings, user, locked, notices };
}

/** True when the school fixed `path` (or the whole setting it belongs to). */
export function isLocked(config: Pick<Config, 'locked'>, path: LockPath): boolean {
  return config.locked.some((p) => p === path || path.startsWith(`${p}.`));
}

/** Where the pack in force comes from. */
export type PolicySource = 'school' | 'user' | 'default';

/** The pack in force, as parsed and as written (for export), with where it came from. */
export type PolicyChoice = {
  policy: Policy;
  /** The pack as written (an imported file's own JSON), so export gives the same back. */
  input: unknown;
  source: PolicySource;
  notices: Notice[];
};

/**
 * Picks the pack in force: the school's pushed pack, else the user's imported pack, else the
 * default. Each is validated as it is read; an invalid one is skipped with a notice.
 */
export function choosePolicy(managedPack: unknown, userPack: unknown): PolicyChoice {
  const notices: Notice[] = [];
  if (managedPack !== undefined && managedPack !== null) {
    const parsed = parsePolicy(managedPack);
    if (parsed.ok) return { policy: parsed.policy, input: managedPack, source: 'school', notices };
    notices.push({ kind: 'managedPackInvalid', errors: parsed.errors });
  }
  if (userPack !== undefined && userPack !== null) {
    const parsed = parsePolicy(userPack);
    if (parsed.ok) return { policy: parsed.policy, input: userPack, source: 'user', notices };
    notices.push({ kind: 'packDamaged', errors: parsed.errors });
  }
  return { policy: defaultPolicy, input: musselhorstPolicyInput, source: 'default', notices };
}

/** Whether staff may switch a rule off under this pack. */
export function userCanDisable(policy: Policy, ruleId: string): boolean {
  return policy.rules[ruleId]?.userCanDisable !== false;
}

/**
 * The pack as the user's drafts are judged: the pack in force, with the rules the user
 * switched off (where the pack allows it), the user's or school's own disclaimer texts, and
 * the school's phone numbers and mail addresses from the settings added to the pack's public
 * contacts. Returns the same object when nothing changes, so analyze's per-pack caches keep
 * working.
 */
export function applySettings(
  policy: Policy,
  settings: Pick<Settings, 'disabledRules' | 'disclaimer'> &
    Partial<Pick<Settings, 'schoolContacts'>>,
): Policy {
  const off = settings.disabledRules.filter(
    (id) => userCanDisable(policy, id) && policy.rules[id]?.enabled !== false,
  );
  const long = settings.disclaimer?.long;
  const short = settings.disclaimer?.short;
  const phones = settings.schoolContacts?.phones ?? [];
  const emails = settings.schoolContacts?.emails ?? [];
  const contacts = phones.length > 0 || emails.length > 0;
  if (off.length === 0 && long === undefined && short === undefined && !contacts) return policy;
  const rules = { ...policy.rules };
  for (const id of off) {
    rules[id] = { ...(rules[id] ?? { userCanDisable: true }), enabled: false };
  }
  return {
    ...policy,
    rules,
    disclaimer: { long: long ?? policy.disclaimer.long, short: short ?? policy.disclaimer.short },
    publicContacts: contacts
      ? {
          ...policy.publicContacts,
          phones: [...policy.publicContacts.phones, ...phones],
          emails: [...policy.publicContacts.emails, ...emails],
        }
      : policy.publicContacts,
  };
}
