import { describe, expect, it } from 'vitest';
import { SiteSwitch } from './sitePause';

/** A watcher that records whether it runs, as ComposeWatcher does through its signal. */
function fakeWatcher() {
  const w = { running: 0, starts: 0 };
  return Object.assign(w, {
    start(signal: AbortSignal) {
      w.running++;
      w.starts++;
      signal.addEventListener('abort', () => w.running--);
    },
  });
}

describe('SiteSwitch', () => {
  it('runs unless this site is paused, and follows changes', () => {
    const watcher = fakeWatcher();
    const life = new AbortController();
    const site = new SiteSwitch(watcher, 'www.facebook.com', life.signal);
    site.apply(['x.com']);
    expect([watcher.running, site.active]).toEqual([1, true]);
    site.apply(['x.com']); // no second start for the same state
    expect(watcher.starts).toBe(1);
    site.apply(['facebook.com']);
    expect([watcher.running, site.active]).toEqual([0, false]);
    site.apply([]);
    expect([watcher.running, watcher.starts]).toEqual([1, 2]);
    life.abort(); // the extension was reloaded: stop for good
    site.apply([]);
    expect([watcher.running, site.active]).toEqual([0, false]);
  });

  it('never starts on a paused site', () => {
    const watcher = fakeWatcher();
    new SiteSwitch(watcher, 'x.com', new AbortController().signal).apply(['x.com']);
    expect(watcher.starts).toBe(0);
  });
});
