// The public API of the rules core. Pure TypeScript: no browser, DOM, wxt or idb.
export { analyze, type AnalyzeOptions } from './analyze';
export { defaultPolicy } from './policy/musselhorst';
export { PolicySchema, parsePolicy, type Policy } from './policy/schema';
export * from './types';
