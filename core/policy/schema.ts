import { z } from 'zod';
import { ARTICLE_IDS, SEVERITIES } from '../types';

const text = z.string().trim().min(1);

/** Per-rule settings a school can make in its pack. */
export const RuleSettingSchema = z.object({
  enabled: z.boolean().default(true),
  /** Overrides the rule's own severity. */
  severity: z.enum(SEVERITIES).optional(),
  /** Whether staff may switch this rule off in the options page. */
  userCanDisable: z.boolean().default(true),
});
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

/** Everything school-specific: another school's protocol is a different pack, not code. */
export const PolicySchema = z.object({
  schemaVersion: z.literal(1),
  /** Stable id of the pack, e.g. "obs-de-musselhorst". */
  id: z.string().regex(/^[a-z0-9-]+$/, 'alleen kleine letters, cijfers en -'),
  school: z.object({
    /** As written in messages: "obs de Musselhorst". */
    name: text,
    /** Other ways staff write the school's name ("de Musselhorst", "Musselhorst"). */
    aliases: z.array(text).default([]),
  }),
  /** The protocol's own words per point, shown when a finding is expanded. */
  articles: z.partialRecord(z.enum(ARTICLE_IDS), text),
  disclaimer: z.object({
    /** Added to personal posts about school: the protocol's example disclaimer. */
    long: text,
    /** For platforms with a length limit (X: 280). */
    short: text,
  }),
  /** Contact details that are the school's own and so public (no art. 3 finding). */
  publicContacts: z
    .object({
      emails: z.array(z.string().email()).default([]),
      emailDomains: z.array(text).default([]),
      phones: z.array(text).default([]),
      ibans: z.array(text).default([]),
      addresses: z.array(text).default([]),
    })
    .default({ emails: [], emailDomains: [], phones: [], ibans: [], addresses: [] }),
  /** Names of staff, so "juf Anouk" is known as a colleague. */
  staffNames: z.array(text).default([]),
  /** Extra words per lexicon id (see core/rules), added to the built-in ones. */
  lexicons: z.record(z.string(), z.array(text)).default({}),
  /** Rule on/off and severity, by rule id. Rules not listed keep their defaults. */
  rules: z.record(z.string(), RuleSettingSchema).default({}),
});
export type Policy = z.infer<typeof PolicySchema>;
/** A pack as written in a file (defaults not yet applied). */
export type PolicyInput = z.input<typeof PolicySchema>;

/** One readable line per problem: "disclaimer.short: Too small: …". */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return `${path}: ${issue.message}`;
  });
}

/** Parses a pack; returns the readable problems instead of throwing. */
export function parsePolicy(
  input: unknown,
): { ok: true; policy: Policy } | { ok: false; errors: string[] } {
  const result = PolicySchema.safeParse(input);
  return result.success
    ? { ok: true, policy: result.data }
    : { ok: false, errors: describeIssues(result.error) };
}
