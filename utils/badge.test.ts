import { describe, expect, it, vi } from 'vitest';
import type { BadgeState } from '@/core/badge';
import { badgeReporter, RETRY_MS } from './badge';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('badgeReporter', () => {
  it('sends a state once, and again only when it changes', async () => {
    let state: BadgeState = { open: 0, paused: false };
    const sent: BadgeState[] = [];
    const r = badgeReporter(
      () => state,
      async (s) => void sent.push(s),
    );
    r.update();
    r.update(); // same burst
    await tick();
    r.update(); // same state
    await tick();
    state = { open: 2, paused: false };
    r.update();
    await tick();
    state = { open: 2, paused: true };
    r.update();
    await tick();
    expect(sent).toEqual([
      { open: 0, paused: false },
      { open: 2, paused: false },
      { open: 2, paused: true },
    ]);
  });

  it('tries again by itself a little after a failed send', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const r = badgeReporter(
      () => ({ open: 1, paused: false }),
      async () => {
        if (++calls === 1) throw new Error('worker waking up');
      },
    );
    r.update();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(calls).toBe(2);
    await vi.advanceTimersByTimeAsync(RETRY_MS * 4);
    expect(calls).toBe(2); // sent; nothing more to do
    vi.useRealTimers();
  });

  it('tries again after a failed send, and survives a read that throws', async () => {
    let fail = true;
    let calls = 0;
    let throwing = false;
    const r = badgeReporter(
      () => {
        if (throwing) throw new Error('box gone');
        return { open: 1, paused: false };
      },
      async () => {
        calls++;
        if (fail) throw new Error('worker asleep');
      },
    );
    r.update();
    await tick();
    fail = false;
    r.update();
    await tick();
    expect(calls).toBe(2);
    throwing = true;
    r.update();
    await tick();
    expect(calls).toBe(2);
  });
});
