import { userCanDisable } from './config';
import type { Policy } from './policy/schema';
import { rules as allRules } from './rules';
import type { ArticleId } from './types';

// Apart from config.ts because it needs every rule: the content script reads its settings
// through config.ts and must not carry the rules (they are its lazily loaded fallback).

/** One rule as the options page lists it. */
export type RuleChoice = {
  id: string;
  article: ArticleId;
  /** On for this user. */
  on: boolean;
  /** The pack does not let staff switch it (shown as set by the school). */
  locked: boolean;
};

/**
 * The rules the options page lists: those the pack has on, each with whether the user has it
 * on and whether the pack lets them switch it. Rules the pack switched off are not listed.
 */
export function ruleChoices(policy: Policy, disabledRules: readonly string[]): RuleChoice[] {
  const off = new Set(disabledRules);
  const choices: RuleChoice[] = [];
  for (const rule of allRules) {
    const setting = policy.rules[rule.id];
    const enabledByPack = setting ? setting.enabled : !rule.defaultOff;
    if (!enabledByPack) continue;
    const locked = !userCanDisable(policy, rule.id);
    choices.push({ id: rule.id, article: rule.article, on: locked || !off.has(rule.id), locked });
  }
  return choices;
}
