import type { Locale } from '../types';
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
  const template = tables[locale][key] ?? tables.nl[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A translator bound to one language. */
export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

/** Binds `t` to a language (the core's text; pages get theirs through utils/i18n). */
export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}
