// For tests only (nothing in the product imports it): core's tests may not reach outside core/.
/**
 * How much more work per character `run` does on a 10× longer input: ~1 when linear, ~10 when
 * quadratic (catastrophic backtracking). A ratio of work, not a budget: each size takes the best
 * of seven runs, because a busy machine only ever adds time (best of three gave 4.83 once with
 * both cores busy, load 9.5).
 */
export function costRatio(make: (n: number) => string, run: (text: string) => void): number {
  const costPerChar = (n: number): number => {
    const text = make(n);
    const start = performance.now();
    for (let i = 0; i < 3; i++) run(text);
    return (performance.now() - start) / n;
  };
  const best = (n: number) => Math.min(...Array.from({ length: 7 }, () => costPerChar(n)));
  best(2_000); // warm up the regexes and the JIT
  return best(20_000) / Math.max(best(2_000), 1e-6);
}
