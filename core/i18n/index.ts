import type { Finding, Locale } from '../types';
import { z } from '../zod';
import { KEYED_MARK, fill, type Say } from './say';
import { en, nl, type AnyStringKey } from './strings.generated';

/** Every text key of locales/*.yml. */
export type StringKey = AnyStringKey;

// The core's own text; extension pages add theirs (utils/i18n.ts) so the content script,
// which runs on every page of the sites, does not carry the pages' text.
const tables: Record<Locale, Record<string, string>> = { nl: { ...nl }, en: { ...en } };

/** Adds text that only some surfaces need (the extension pages' groups). */
export function addStrings(extra: Record<Locale, Record<string, string>>): void {
  Object.assign(tables.nl, extra.nl);
  Object.assign(tables.en, extra.en);
}

/** True when `key` is a text key present here (for keys built at run time, such as rule messages). */
export function isStringKey(key: string): key is StringKey {
  return key in tables.nl;
}

/** The text for `key` in `locale`, with `{name}` placeholders filled in. */
export function t(
  locale: Locale,
  key: StringKey,
  params: Record<string, string | number> = {},
): string {
  return fill(tables[locale][key] ?? tables.nl[key] ?? key, params);
}

/** A translator bound to one language. */
export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

/** Binds `t` to a language (the core's text; pages get theirs through utils/i18n). */
export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}

/** The wording `Say` for one language: the key's text, or the fallback key's, or the key. */
export function sayIn(locale: Locale): Say {
  return (key, params, fallback) => {
    if (isStringKey(key)) return t(locale, key, params);
    if (fallback !== undefined && isStringKey(fallback)) return t(locale, fallback, params);
    return key;
  };
}

const KeyedSchema = z.union([
  z.tuple([z.string(), z.record(z.string(), z.string())]),
  z.tuple([z.string(), z.record(z.string(), z.string()), z.string()]),
]);

/**
 * A message from the worker in words (see core/i18n/say.ts): a keyed one is parsed (zod) and
 * worded in `locale`, its keyed parameters first; a message already in words stays as it is.
 * A keyed message that does not parse is shown as the generic reminder, never as raw data.
 */
export function worded(message: string, locale: Locale): string {
  if (!message.startsWith(KEYED_MARK)) return message;
  let json: unknown;
  try {
    json = JSON.parse(message.slice(KEYED_MARK.length));
  } catch {
    json = undefined;
  }
  const parsed = KeyedSchema.safeParse(json);
  if (!parsed.success) return t(locale, 'rules.unreadable.message');
  const [key, params, fallback] = parsed.data;
  const inWords = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, worded(value, locale)]),
  );
  return sayIn(locale)(key, inWords, fallback);
}

/** The worker's findings with their messages in words (`worded`). */
export function wordedFindings(findings: readonly Finding[], locale: Locale): Finding[] {
  return findings.map((f) => ({ ...f, message: worded(f.message, locale) }));
}
