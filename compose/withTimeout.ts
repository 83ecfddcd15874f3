/**
 * `promise`'s value, or `fallback` when it has not settled within `ms` (a rejection passes
 * through). The timer is always cleared, so a quick answer leaves nothing pending. The one
 * timeout race of the extension: the worker's analyze, the nudge's last judgement, a tab's
 * answer to the popup, managed storage, the worker's database, an animation frame.
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
