import { browser } from 'wxt/browser';
import { applySettings, choosePolicy, type Notice, type PolicyChoice } from '@/core/config';
import { parsePolicy, type Policy } from '@/core/policy/schema';
import { loadConfig, readManagedStorage, touchesSettings } from './settings';

// The policy pack in force: the school's pushed pack (managed storage, key `policy`) wins over
// one the user imported (storage.local), which wins over the default pack of obs de
// Musselhorst. Validated when read and when written.

/** The storage.local key of the pack the user imported. */
export const PACK_KEY = 'policyPack';

/** The largest pack file accepted (the default pack is ~6 KB). */
export const MAX_PACK_BYTES = 1_000_000;

async function readStoredPack(): Promise<unknown> {
  try {
    return (await browser.storage.local.get(PACK_KEY))[PACK_KEY];
  } catch {
    return undefined;
  }
}

/** The pack in force as written and parsed, where it comes from, and any notices. */
export async function loadPolicyState(): Promise<PolicyChoice> {
  const [managed, stored] = await Promise.all([readManagedStorage(), readStoredPack()]);
  return choosePolicy(managed.policy, stored);
}

function touchesPolicy(changes: Record<string, unknown>, area: string): boolean {
  return touchesSettings(changes, area) || (area === 'local' && PACK_KEY in changes);
}

let cached: Promise<Policy> | undefined;
let watching = false;

/** Drops the cached pack when the pack or the settings change (any context: worker, page). */
function watch(): void {
  if (watching) return;
  watching = true;
  browser.storage.onChanged.addListener((changes, area) => {
    if (touchesPolicy(changes, area)) cached = undefined;
  });
}

async function computeActivePolicy(): Promise<Policy> {
  const [choice, config] = await Promise.all([loadPolicyState(), loadConfig()]);
  return applySettings(choice.policy, config.settings);
}

/**
 * The pack drafts are judged with: the pack in force, with the rules the user switched off
 * (where the pack allows it) and the user's or school's disclaimer texts. Every surface that
 * judges a draft (worker, content-script fallback, practice page) uses this. Cached until
 * the pack or the settings change.
 */
export function activePolicy(): Promise<Policy> {
  watch();
  cached ??= computeActivePolicy().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

/** Calls `listener` with the new judging pack whenever the pack or the settings change. */
export function onPolicyChanged(listener: (policy: Policy) => void): () => void {
  watch();
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (!touchesPolicy(changes, area)) return;
    cached = undefined;
    void activePolicy().then(listener, () => undefined);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** Why an import was refused. */
export type ImportRefusal = 'tooLarge' | 'notJson' | 'invalid' | 'setBySchool';

/** The outcome of an import: the new pack, or why not and the readable problems. */
export type ImportResult =
  { ok: true; policy: Policy } | { ok: false; reason: ImportRefusal; errors: string[] };

/**
 * Imports a pack from a file's text: checked as JSON and against the pack schema before
 * anything is written; a refused file changes nothing. Stored as written, so export gives
 * the same JSON back.
 */
export async function importPolicy(text: string): Promise<ImportResult> {
  if (text.length > MAX_PACK_BYTES) return { ok: false, reason: 'tooLarge', errors: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'notJson', errors: [(error as Error).message] };
  }
  const parsed = parsePolicy(json);
  if (!parsed.ok) return { ok: false, reason: 'invalid', errors: parsed.errors };
  if ((await readManagedStorage()).policy !== undefined) {
    return { ok: false, reason: 'setBySchool', errors: [] };
  }
  await browser.storage.local.set({ [PACK_KEY]: json });
  return { ok: true, policy: parsed.policy };
}

/** Goes back to the default pack (removes the user's imported pack). */
export async function resetPolicy(): Promise<void> {
  await browser.storage.local.remove(PACK_KEY);
}

/** The pack in force as a JSON file's text: the same JSON that was imported or pushed. */
export function policyJson(choice: Pick<PolicyChoice, 'input'>): string {
  return `${JSON.stringify(choice.input, null, 2)}\n`;
}

export type { Notice, PolicyChoice };
