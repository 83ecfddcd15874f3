/**
 * `promise`'s value, or `fallback` when it has not settled within `ms` (a rejection passes
 * through). The timer is always cleared, so a quick answer leaves nothing pending. The one
 * timeout race of the content side (the worker's analyze, the nudge's last judgement); the
 * popup's and the settings' races can use it too (issue 11 item 4).
 */
export async function withTimeout<T, F>(
  promise: Promise<T>,
  ms: number,
  fallback: F,
): Promise<T | F> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<F>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
