import type { analyze } from '@/core/analyze';

/**
 * The content script's fallback: the rules (core/analyze.ts) as their own script,
 * entrypoints/fallback.ts, loaded into a page only when the worker does not answer in time.
 */
export const FALLBACK_FILE = 'fallback.js';

/**
 * Where the fallback script leaves `analyze`: a key on the content script's own global (an
 * isolated world, which the page's scripts cannot see). A script built by WXT has no exports.
 */
export const FALLBACK_KEY = Symbol.for('bedenk-dat.rules');

export type Rules = typeof analyze;
export type LoadRules = () => Promise<Rules>;
