import { z } from './zod';
import { analyze } from './analyze';
import { t } from './i18n';
import { defaultPolicy } from './policy/musselhorst';
import { parsePolicy, type Policy } from './policy/schema';
import {
  LOCALES,
  PLATFORM_IDS,
  ROLES,
  isWarningOrStop,
  type Finding,
  type Locale,
  type PlatformId,
  type Role,
} from './types';

// `npm run check`: the core on the command line. Pure: all I/O comes in as arguments, so
// the whole command line is unit-tested; scripts/check.ts only wires stdin/stdout.

export type CheckOptions = {
  json: boolean;
  jsonl: boolean;
  platform: PlatformId;
  role: Role;
  media: boolean;
  reply: boolean;
  locale: Locale;
  policyFile?: string;
  text?: string;
};

export const USAGE = `gebruik: npm run --silent check -- [--json] [--jsonl] [--platform P] [--role R] [--media] [--reply] [--locale L] [--policy FILE] [TEXT]
  TEXT            de tekst van het bericht; zonder TEXT leest check de standaardinvoer
  --json          uitvoer als {"findings":[…]}
  --jsonl         elke invoerregel is een JSON-concept {"text","platform","role","hasMedia","isReply"}; één {"findings":[…]}-regel per invoerregel
  --platform P    ${PLATFORM_IDS.join(' | ')} (standaard other)
  --role R        ${ROLES.join(' | ')} (standaard medewerker)
  --media         er is een foto of video bijgevoegd
  --reply         het is een reactie
  --locale L      ${LOCALES.join(' | ')} (standaard nl)
  --policy FILE   een beleidspakket (JSON) in plaats van dat van obs de Musselhorst
exit: 0 geen waarschuwingen, 1 waarschuwing of stop, 2 verkeerd gebruik`;

/** A usage error: message for stderr, exit 2. */
export class UsageError extends Error {}

const VALUED = new Set(['--platform', '--role', '--locale', '--policy']);

/** Parses the command line; throws UsageError with a Dutch message on anything unknown. */
export function parseCheckArgs(argv: readonly string[]): CheckOptions {
  const options: CheckOptions = {
    json: false,
    jsonl: false,
    platform: 'other',
    role: 'medewerker',
    media: false,
    reply: false,
    locale: 'nl',
  };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      words.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    if (VALUED.has(flag!)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--'))
        throw new UsageError(`${flag} heeft een waarde nodig`);
      if (flag === '--platform') options.platform = oneOf(flag, value, PLATFORM_IDS);
      else if (flag === '--role') options.role = oneOf(flag, value, ROLES);
      else if (flag === '--locale') options.locale = oneOf(flag, value, LOCALES);
      else options.policyFile = value;
      continue;
    }
    if (inline !== undefined) throw new UsageError(`${flag} neemt geen waarde`);
    if (flag === '--json') options.json = true;
    else if (flag === '--jsonl') options.jsonl = true;
    else if (flag === '--media') options.media = true;
    else if (flag === '--reply') options.reply = true;
    else if (flag === '--help') throw new UsageError(USAGE);
    else throw new UsageError(`onbekende optie: ${flag}`);
  }
  if (words.length > 0) options.text = words.join(' ');
  if (options.jsonl && options.text !== undefined)
    throw new UsageError('--jsonl leest de standaardinvoer; geef geen TEXT mee');
  return options;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} moet een van ${allowed.join(', ')} zijn, niet "${value}"`);
}

/** One draft of `--jsonl` input. */
export const JsonlDraftSchema = z.object({
  text: z.string().check(z.minLength(1, 'text is leeg')),
  platform: z._default(z.enum(PLATFORM_IDS), 'other'),
  role: z.optional(z.enum(ROLES)),
  hasMedia: z.optional(z.boolean()),
  isReply: z.optional(z.boolean()),
});

/** What the command prints and how it ends. */
export type CheckResult = { stdout: string; stderr: string; code: 0 | 1 | 2 };

/** The I/O the command needs, passed in. */
export type CheckIO = {
  readStdin: () => Promise<string>;
  readFile: (path: string) => Promise<string>;
};

/** Runs `check` end to end. Never throws. */
export async function runCheck(argv: readonly string[], io: CheckIO): Promise<CheckResult> {
  try {
    const options = parseCheckArgs(argv);
    const policy = options.policyFile ? await loadPolicy(options.policyFile, io) : defaultPolicy;
    const input = options.text ?? (await io.readStdin());
    if (options.jsonl) return checkJsonl(input, options, policy);
    const text = input.replace(/\r?\n$/, '');
    if (text.trim() === '')
      throw new UsageError('geen tekst: geef TEXT mee of lees van de standaardinvoer');
    const findings = analyze(
      { text, platform: options.platform, hasMedia: options.media, isReply: options.reply },
      { policy, role: options.role, locale: options.locale },
    );
    const stdout = options.json
      ? `${JSON.stringify({ findings })}\n`
      : formatFindings(text, findings, options.locale);
    return { stdout, stderr: '', code: findings.some((f) => isWarningOrStop(f.severity)) ? 1 : 0 };
  } catch (error) {
    if (error instanceof UsageError) return { stdout: '', stderr: `${error.message}\n`, code: 2 };
    return { stdout: '', stderr: `check: ${(error as Error).message}\n`, code: 2 };
  }
}

async function loadPolicy(file: string, io: CheckIO): Promise<Policy> {
  let raw: string;
  try {
    raw = await io.readFile(file);
  } catch {
    throw new UsageError(`--policy: kan ${file} niet lezen`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new UsageError(`--policy: ${file} is geen geldige JSON (${(error as Error).message})`);
  }
  const parsed = parsePolicy(json);
  if (!parsed.ok)
    throw new UsageError(
      `--policy: ${file} is geen geldig beleidspakket:\n  ${parsed.errors.join('\n  ')}`,
    );
  return parsed.policy;
}

function checkJsonl(input: string, options: CheckOptions, policy: Policy): CheckResult {
  const out: string[] = [];
  const errors: string[] = [];
  let warned = false;
  const lines = input.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((line, i) => {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      const error = `regel ${i + 1}: geen geldige JSON`;
      errors.push(error);
      out.push(JSON.stringify({ error }));
      return;
    }
    const parsed = JsonlDraftSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const error = `regel ${i + 1}: ${issue?.path.join('.') || 'concept'}: ${issue?.message ?? 'ongeldig'}`;
      errors.push(error);
      out.push(JSON.stringify({ error }));
      return;
    }
    const d = parsed.data;
    const findings = analyze(
      {
        text: d.text,
        platform: d.platform,
        hasMedia: d.hasMedia ?? options.media,
        isReply: d.isReply ?? options.reply,
      },
      { policy, role: d.role ?? options.role, locale: options.locale },
    );
    if (findings.some((f) => isWarningOrStop(f.severity))) warned = true;
    out.push(JSON.stringify({ findings }));
  });
  return {
    stdout: out.length > 0 ? `${out.join('\n')}\n` : '',
    stderr: errors.map((e) => `${e}\n`).join(''),
    // A bad line is bad input (2), even when the other lines were judged.
    code: errors.length > 0 ? 2 : warned ? 1 : 0,
  };
}

const LABEL: Record<Finding['severity'], string> = { stop: 'STOP', warning: 'LET OP', info: 'TIP' };
const LABEL_EN: Record<Finding['severity'], string> = {
  stop: 'STOP',
  warning: 'WARNING',
  info: 'TIP',
};

/** Human-readable findings: one block per finding, with the marked words quoted. */
export function formatFindings(text: string, findings: readonly Finding[], locale: Locale): string {
  if (findings.length === 0) return `${t(locale, 'cli.noFindings')}\n`;
  const labels = locale === 'en' ? LABEL_EN : LABEL;
  return findings
    .map((f) => {
      const where = f.span
        ? `  «${text.slice(f.span.start, f.span.end)}» [${f.span.start}–${f.span.end}]`
        : '';
      const head = `${labels[f.severity].padEnd(6)} ${t(locale, 'cli.article', { article: f.article })} ${f.ruleId}${where}`;
      return `${head}\n       ${f.message}${f.action ? `  → ${f.action}` : ''}\n`;
    })
    .join('');
}
