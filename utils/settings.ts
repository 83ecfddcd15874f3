import { browser } from 'wxt/browser';
import { readSettings, type Settings } from '@/core/settings';
import type { Locale } from '@/core/types';
import { uiLocale } from './i18n';

const KEY = 'settings';

/** The user's settings from storage.sync, validated (a damaged value gives the defaults). */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(KEY);
    return readSettings(stored[KEY]).settings;
  } catch {
    return readSettings(undefined).settings;
  }
}

/** The language to show: the user's choice, or the browser's. */
export function localeOf(settings: Settings): Locale {
  return settings.locale === 'auto' ? uiLocale() : settings.locale;
}

/** Calls `listener` with fresh settings whenever they change. */
export function onSettingsChanged(listener: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && KEY in changes) listener(readSettings(changes[KEY]?.newValue).settings);
  });
}
