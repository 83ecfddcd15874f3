import { z } from './zod';
import { LOCALES, ROLES } from './types';

/** The user's own settings (the options page writes them; managed storage may override). */
export const SettingsSchema = z.object({
  role: z._default(z.enum(ROLES), 'medewerker'),
  /** 'auto' follows the browser: English when the browser is English, else Dutch. */
  locale: z._default(z.enum([...LOCALES, 'auto']), 'auto'),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Default settings. */
export const defaultSettings: Settings = SettingsSchema.parse({});

/**
 * Reads stored settings. A damaged value falls back to the defaults and says so, so the UI
 * can show a notice instead of a blank page.
 */
export function readSettings(stored: unknown): { settings: Settings; damaged: boolean } {
  if (stored === undefined || stored === null) return { settings: defaultSettings, damaged: false };
  const parsed = SettingsSchema.safeParse(stored);
  return parsed.success
    ? { settings: parsed.data, damaged: false }
    : { settings: defaultSettings, damaged: true };
}
