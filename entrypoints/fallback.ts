import { analyze } from '@/core/analyze';
import { FALLBACK_KEY } from '@/utils/fallback';

// The rules for the content script's fallback (entrypoints/content/analyzer.ts imports this
// script when the worker is late): kept out of the content script, which every page loads.
export default defineUnlistedScript(() => {
  (globalThis as Record<symbol, unknown>)[FALLBACK_KEY] = analyze;
});
