import type { Locale } from '../types';
import type { Translate } from './index';
import { badgeEn, badgeNl } from './badgeStrings.generated';
import { fill } from './say';

const tables: Record<Locale, Record<string, string>> = { nl: badgeNl, en: badgeEn };

/**
 * The toolbar button's words (core/badge.ts) for the background worker, which words nothing
 * else and so does not carry the text tables (core/i18n/say.ts).
 */
export function badgeTranslator(locale: Locale): Translate {
  return (key, params = {}) => fill(tables[locale][key] ?? tables.nl[key] ?? key, params);
}
