import type { Locale } from '../types';
import { en, nl } from './strings.generated';

/** Every text key of locales/*.yml. */
export type StringKey = keyof typeof nl;

const tables: Record<Locale, Record<StringKey, string>> = { nl, en };

/** True when `key` is a text key (for keys built at run time, such as rule messages). */
export function isStringKey(key: string): key is StringKey {
  return key in nl;
}

/** The text for `key` in `locale`, with `{name}` placeholders filled in. */
export function t(
  locale: Locale,
  key: StringKey,
  params: Record<string, string | number> = {},
): string {
  const template = tables[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
