import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Config } from '@/core/config';
import { loadConfig, MANAGED_MIRROR_KEY, MANAGED_WAIT_MS, onConfigChanged } from './settings';

beforeEach(async () => {
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.sync.clear();
  await fakeBrowser.storage.managed.clear();
});
afterEach(() => vi.restoreAllMocks());

/** Chrome's managed storage right after a start: the answer comes seconds late. */
function slowManaged(value: Record<string, unknown>, ms = MANAGED_WAIT_MS * 3) {
  const state = { answered: false };
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(
    () =>
      new Promise((resolve) =>
        setTimeout(() => {
          state.answered = true;
          resolve(value);
        }, ms),
      ),
  );
  return state;
}

describe('managed storage that answers late', () => {
  it('does not hold the page up; the late answer arrives through the change listener', async () => {
    const managed = slowManaged({ role: 'leidinggevende' });
    const seen: Config[] = [];
    const stop = onConfigChanged((config) => seen.push(config));
    const first = await loadConfig();
    expect(managed.answered).toBe(false); // the page got its settings before the policy came
    expect(first.locked).toEqual([]);
    await expect.poll(() => seen.at(-1)?.locked, { timeout: 3000 }).toEqual(['role']);
    stop();
  });

  it('uses the last values seen at once on the next start', async () => {
    await fakeBrowser.storage.local.set({ [MANAGED_MIRROR_KEY]: { role: 'leidinggevende' } });
    slowManaged({ role: 'leidinggevende' });
    const config = await loadConfig();
    expect(config.settings.role).toBe('leidinggevende');
    expect(config.locked).toEqual(['role']);
  });

  it('a policy the school withdrew is dropped from the mirror too', async () => {
    await fakeBrowser.storage.local.set({ [MANAGED_MIRROR_KEY]: { role: 'leidinggevende' } });
    await loadConfig(); // managed answers at once here: {}
    await expect
      .poll(
        async () => (await fakeBrowser.storage.local.get(MANAGED_MIRROR_KEY))[MANAGED_MIRROR_KEY],
      )
      .toBeUndefined();
  });
});
