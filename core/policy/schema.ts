import { z } from '../zod';
import { ARTICLE_IDS, SEVERITIES } from '../types';
import { LEXICON_IDS, isLexiconId, type LexiconId } from '../lexicons/ids';

const text = z.string().check(z.trim(), z.minLength(1));
const texts = z._default(z.array(text), []);

/** Per-rule settings a school can make in its pack. */
export const RuleSettingSchema = z.object({
  enabled: z._default(z.boolean(), true),
  /** Overrides the rule's own severity. */
  severity: z.optional(z.enum(SEVERITIES)),
  /** Whether staff may switch this rule off in the options page. */
  userCanDisable: z._default(z.boolean(), true),
});
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

/** The closest declared id, for "did you mean …" (edit distance, at most 3). */
function closestLexiconId(id: string): LexiconId | undefined {
  let best: LexiconId | undefined;
  let bestDistance = 4;
  const a = id.toLowerCase();
  for (const known of LEXICON_IDS) {
    const b = known.toLowerCase();
    if (Math.abs(a.length - b.length) >= bestDistance) continue;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      for (let j = 1; j <= b.length; j++) {
        row[j] = Math.min(
          prev[j]! + 1,
          row[j - 1]! + 1,
          prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
      }
      prev = row;
    }
    if (prev[b.length]! < bestDistance) {
      bestDistance = prev[b.length]!;
      best = known;
    }
  }
  return best;
}

/** Extra words per declared lexicon id; an unknown id is an error that names it. */
const LexiconsSchema = z.record(z.string(), z.array(text)).check(
  z.superRefine((lexicons, ctx) => {
    for (const id of Object.keys(lexicons)) {
      if (isLexiconId(id)) continue;
      const near = closestLexiconId(id);
      ctx.addIssue({
        code: 'custom',
        path: [id],
        input: id,
        message: `onbekende lexicon-id "${id}"${near ? ` (bedoelt u "${near}"?)` : ''}; zie docs/IT.md voor de lijsten die een pakket mag aanvullen`,
      });
    }
  }),
);

/** Everything school-specific: another school's protocol is a different pack, not code. */
export const PolicySchema = z.object({
  schemaVersion: z.literal(1),
  /** Stable id of the pack, e.g. "obs-de-musselhorst". */
  id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'alleen kleine letters, cijfers en -')),
  school: z.object({
    /** As written in messages: "obs de Musselhorst". */
    name: text,
    /** Other ways staff write the school's name ("de Musselhorst", "Musselhorst"). */
    aliases: texts,
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
  publicContacts: z._default(
    z.object({
      emails: z._default(z.array(z.email()), []),
      emailDomains: texts,
      phones: texts,
      ibans: texts,
      addresses: texts,
    }),
    { emails: [], emailDomains: [], phones: [], ibans: [], addresses: [] },
  ),
  /** Names of staff, so "juf Anouk" is known as a colleague. */
  staffNames: texts,
  /**
   * Extra words per lexicon id, added to the built-in ones. Only the ids of
   * core/lexicons/ids.ts (listed with what each holds in docs/IT.md): an unknown one is
   * refused by name, since it would silently do nothing.
   */
  lexicons: z._default(LexiconsSchema, {}),
  /**
   * Rule on/off and severity, by rule id. Rules not listed keep their defaults. The learned
   * second reader (core/model) is switched the same way: `secondReader` for all of it,
   * `secondReader4`, `secondReaderBgPrivacy`, … per article (its severity is at most a warning).
   */
  rules: z._default(z.record(z.string(), RuleSettingSchema), {}),
});
export type Policy = z.infer<typeof PolicySchema>;
/** A pack as written in a file (defaults not yet applied). */
export type PolicyInput = z.input<typeof PolicySchema>;

/** One readable line per problem: "disclaimer.short: …". */
export function describeIssues(error: {
  issues: readonly { path: PropertyKey[]; message: string }[];
}): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
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
