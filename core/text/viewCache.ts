import type { TextView } from './normalize';

// Per-view caches (the word index, the tokens, each lexicon's start positions), kept on the
// view itself. They were module-level WeakMaps keyed by the view: one new entry per analysed
// draft, so every young-generation GC had to walk those ephemeron tables. On the bench's
// 280-character draft that made the worker's p99 three to four times its budget
// (scripts/bench.ts, 2026-12-03); a field on the view dies with it.

const SLOTS: unique symbol = Symbol('bedenk-dat view cache');
type Holder = { [SLOTS]?: Map<string, unknown> };

/** The view's cache, made on first use (a hidden field: not enumerable, not in its shape). */
function slotsOf(view: TextView): Map<string, unknown> {
  const holder = view as unknown as Holder;
  let slots = holder[SLOTS];
  if (!slots) {
    slots = new Map();
    Object.defineProperty(holder, SLOTS, { value: slots });
  }
  return slots;
}

/** The value `make` builds for this view under `key`, built once per view. */
export function viewCached<T>(view: TextView, key: string, make: () => T): T {
  const slots = slotsOf(view);
  if (slots.has(key)) return slots.get(key) as T;
  const value = make();
  slots.set(key, value);
  return value;
}

/** What is cached under `key` for this view, if anything yet. */
export function peekViewCached<T>(view: TextView, key: string): T | undefined {
  return slotsOf(view).get(key) as T | undefined;
}

/** Replaces the value under `key` (a cache built again with more in it). */
export function setViewCached<T>(view: TextView, key: string, value: T): void {
  slotsOf(view).set(key, value);
}
