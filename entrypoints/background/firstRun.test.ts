import { describe, expect, it } from 'vitest';
import { openOnInstall } from './firstRun';

/** A browser that records the tabs it was asked to open. */
function fakeBrowser() {
  let listener: ((details: { reason: string }) => void) | undefined;
  const opened: { url: string; active?: boolean }[] = [];
  return {
    opened,
    fire: (reason: string) => listener?.({ reason }),
    b: {
      runtime: {
        onInstalled: { addListener: (cb: typeof listener) => void (listener = cb) },
        getURL: (path: string) => `chrome-extension://id${path}`,
      },
      tabs: { create: async (props: { url: string; active?: boolean }) => void opened.push(props) },
    },
  };
}

describe('first run', () => {
  it('a fresh install opens the practice page and, in front of it, the welcome', async () => {
    const fake = fakeBrowser();
    openOnInstall(fake.b);
    fake.fire('install');
    await expect
      .poll(() => fake.opened)
      .toEqual([
        { url: 'chrome-extension://id/oefenen.html', active: false },
        { url: 'chrome-extension://id/welcome.html', active: true },
      ]);
  });

  it.each(['update', 'chrome_update', 'shared_module_update'])(
    'opens nothing on %s',
    async (reason) => {
      const fake = fakeBrowser();
      openOnInstall(fake.b);
      fake.fire(reason);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(fake.opened).toEqual([]);
    },
  );
});
