import { afterEach, describe, expect, it, vi } from 'vitest';
import { withTimeout } from './withTimeout';

afterEach(() => {
  vi.useRealTimers();
});

describe('withTimeout', () => {
  it('gives the answer that comes in time, and leaves no timer behind', async () => {
    vi.useFakeTimers();
    await expect(withTimeout(Promise.resolve('antwoord'), 200, null)).resolves.toBe('antwoord');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives the fallback when the answer is late', async () => {
    vi.useFakeTimers();
    const never = new Promise<string>(() => {});
    const result = withTimeout(never, 200, null);
    await vi.advanceTimersByTimeAsync(199);
    let settled = false;
    void result.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toBeNull();
  });

  it('passes a rejection through, and clears the timer', async () => {
    vi.useFakeTimers();
    await expect(withTimeout(Promise.reject(new Error('weg')), 200, null)).rejects.toThrow('weg');
    expect(vi.getTimerCount()).toBe(0);
  });
});
