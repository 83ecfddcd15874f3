import { t, type StringKey } from '@/core/i18n';
import type { Locale } from '@/core/types';

/** The UI language: the user's browser language when it is English, else Dutch. */
export function uiLocale(
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): Locale {
  const first = languages[0]?.toLowerCase() ?? 'nl';
  return first.startsWith('en') ? 'en' : 'nl';
}

/** A translator bound to one language, for components. */
export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

/** Binds `t` to a language. */
export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}
