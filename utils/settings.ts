import { browser } from 'wxt/browser';
import { resolveConfig, type Config } from '@/core/config';
import { describeIssues } from '@/core/policy/schema';
import { readSettings, SettingsSchema, type Settings, type SettingsInput } from '@/core/settings';
import type { Locale } from '@/core/types';
import { withTimeout } from '@/compose/withTimeout';
import { uiLocale } from './locale';

// The user's settings live in storage.sync under one key; the school's values come from
// managed storage (enterprise policy, read-only). Both are validated as they are read.

/** The storage.sync key that holds the user's settings. */
export const SETTINGS_KEY = 'settings';

/** The storage.local key of the last managed values seen (see readManagedStorage). */
export const MANAGED_MIRROR_KEY = 'managedMirror';

/** How long to wait for managed storage before using the last values seen. */
export const MANAGED_WAIT_MS = 300;

async function readManagedNow(): Promise<Record<string, unknown>> {
  try {
    // Firefox rejects when no policy is installed; Chrome answers {}.
    const managed: unknown = await browser.storage.managed.get();
    return managed && typeof managed === 'object' ? (managed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

async function readMirror(): Promise<Record<string, unknown>> {
  try {
    const mirror: unknown = (await browser.storage.local.get(MANAGED_MIRROR_KEY))[
      MANAGED_MIRROR_KEY
    ];
    return mirror && typeof mirror === 'object' ? (mirror as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Keeps the mirror equal to what managed storage holds; a change fires storage.onChanged. */
async function updateMirror(managed: Record<string, unknown>): Promise<void> {
  try {
    if (JSON.stringify(await readMirror()) === JSON.stringify(managed)) return;
    if (Object.keys(managed).length === 0) await browser.storage.local.remove(MANAGED_MIRROR_KEY);
    else await browser.storage.local.set({ [MANAGED_MIRROR_KEY]: managed });
  } catch {
    // Only a speed-up: without it, the next read waits for managed storage again.
  }
}

/**
 * Everything the school pushed through managed storage (none: an empty object). Chrome's
 * first read after a start can take seconds while its policy service loads (measured 2–4 s
 * here), so after MANAGED_WAIT_MS the last values seen are used, and the late answer
 * updates that mirror, which tells every listener through storage.onChanged.
 */
export async function readManagedStorage(): Promise<Record<string, unknown>> {
  const now = readManagedNow();
  const first = await withTimeout(now, MANAGED_WAIT_MS, null);
  if (first !== null) {
    void updateMirror(first);
    return first;
  }
  void now.then(updateMirror);
  return readMirror();
}

/** The user's stored settings as they are in storage (not yet validated). */
async function readStoredUser(): Promise<unknown> {
  try {
    return (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    return undefined;
  }
}

/** The settings in force (managed over user over defaults), the user's own, what is locked. */
export async function loadConfig(): Promise<Config> {
  const [user, managed] = await Promise.all([readStoredUser(), readManagedStorage()]);
  return resolveConfig(user, managed);
}

/**
 * The user's own settings, validated, without waiting for managed storage (Chrome's first
 * read took 1.35 s on a fresh profile): for what must show at once — the popup's first paint,
 * and whether this site is paused, which the school never sets. The settings in force follow
 * from loadSettings().
 */
export async function quickSettings(): Promise<Settings> {
  return readSettings(await readStoredUser()).settings;
}

/** The settings in force, validated (a damaged value gives its default). */
export async function loadSettings(): Promise<Settings> {
  return (await loadConfig()).settings;
}

/** The outcome of a write: the stored settings, or readable problems ("leidinggevende.email: …"). */
export type SaveResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/** Validates the user's settings and writes them; an invalid value changes nothing. */
export async function saveSettings(input: unknown): Promise<SaveResult> {
  const parsed = SettingsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error) };
  await browser.storage.sync.set({ [SETTINGS_KEY]: parsed.data });
  return { ok: true, settings: parsed.data };
}

/** Changes some of the user's settings and keeps the rest (the popup's pause switch…). */
export async function updateSettings(patch: Partial<SettingsInput>): Promise<SaveResult> {
  const { settings } = readSettings(await readStoredUser());
  return saveSettings({ ...settings, ...patch });
}

/** The language to show: the user's choice, or the browser's. */
export function localeOf(settings: Pick<Settings, 'locale'>): Locale {
  return settings.locale === 'auto' ? uiLocale() : settings.locale;
}

/** True for a storage change that can change the settings in force. */
export function touchesSettings(changes: Record<string, unknown>, area: string): boolean {
  return (
    area === 'managed' ||
    (area === 'sync' && SETTINGS_KEY in changes) ||
    (area === 'local' && MANAGED_MIRROR_KEY in changes)
  );
}

/** Calls `listener` with the fresh config when the user's or the school's values change. */
export function onConfigChanged(listener: (config: Config) => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (touchesSettings(changes, area)) void loadConfig().then(listener);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** Calls `listener` with fresh settings (in force) whenever they change. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  return onConfigChanged((config) => listener(config.settings));
}
