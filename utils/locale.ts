import type { Locale } from '@/core/types';

/** The UI language: the user's browser language when it is English, else Dutch. */
export function uiLocale(
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): Locale {
  const first = languages[0]?.toLowerCase() ?? 'nl';
  return first.startsWith('en') ? 'en' : 'nl';
}
