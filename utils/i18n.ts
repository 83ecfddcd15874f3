import { addStrings } from '@/core/i18n';
import { pageEn, pageNl } from './pageStrings.generated';

// Extension pages (popup, options, welcome, practice page) import this module, which adds
// their text to the core's; the content script uses the core's translator only.
addStrings({ nl: pageNl, en: pageEn });

export { translator, type Translate } from '@/core/i18n';

export { uiLocale } from './locale';
