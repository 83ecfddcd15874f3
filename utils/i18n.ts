import { addStrings } from '@/core/i18n';
import type { Locale } from '@/core/types';
import { pageEn, pageNl } from './pageStrings.generated';

// Extension pages (popup, options, welcome, practice page) import this module, which adds
// their text to the core's; the content script uses the core's translator only.
addStrings({ nl: pageNl, en: pageEn });

export { translator, type Translate } from '@/core/i18n';

/** The UI language: the user's browser language when it is English, else Dutch. */
export function uiLocale(
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): Locale {
  const first = languages[0]?.toLowerCase() ?? 'nl';
  return first.startsWith('en') ? 'en' : 'nl';
}
