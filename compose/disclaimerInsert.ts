import { planDisclaimer, type DisclaimerTexts } from '@/core/disclaimer';
import { nextFrame } from './editors/insert';
import type { EditorDriver } from './editors/types';

/** How an insert request ended, for the panel's message. */
export type InsertOutcome =
  | { kind: 'inserted'; version: 'long' | 'short'; over: number }
  /** The draft already held the disclaimer: nothing inserted. */
  | { kind: 'present' }
  /** The editor's text after the insert is not the draft plus the disclaimer: offer a copy. */
  | { kind: 'unverified' };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Adds the disclaimer at the end of the draft in `el` through its driver, then re-reads the
 * editor on the next frame to check it holds exactly the draft plus the insert. Never retries:
 * a second attempt is how editors that apply an insert late end up with two copies.
 */
export async function insertDisclaimer(
  el: HTMLElement,
  driver: EditorDriver,
  disclaimer: DisclaimerTexts,
  options: { maxLength?: number; lastInputAt?: number; now?: () => number } = {},
): Promise<InsertOutcome> {
  const now = options.now ?? (() => performance.now());
  // Let the editor close its undo group for the user's typing first (Quill, ProseMirror).
  const quiet = (driver.undoMergeMs ?? 0) - (now() - (options.lastInputAt ?? -Infinity));
  if (quiet > 0) await sleep(quiet);
  const before = driver.read(el).text;
  const plan = planDisclaimer(before, disclaimer, options.maxLength);
  if (plan.kind === 'present') return plan;
  try {
    await driver.insertAtEnd(el, plan.insert);
  } catch {
    return { kind: 'unverified' };
  }
  await nextFrame();
  let after: string;
  try {
    after = driver.read(el).text;
  } catch {
    return { kind: 'unverified' };
  }
  return after === before + plan.insert
    ? { kind: 'inserted', version: plan.version, over: plan.over }
    : { kind: 'unverified' };
}
