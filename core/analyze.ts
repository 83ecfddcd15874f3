import { sayIn } from './i18n';
import { judge, type AnalyzeOptions } from './judge';
import type { Draft, Finding } from './types';

export { builtInLexicons, ruleContext, warnedArticles, type AnalyzeOptions } from './judge';

/**
 * Reads a draft and says, article by article, where it goes against the school's social
 * media protocol, in the words of `options.locale` (Dutch by default). Pure: no browser, no
 * I/O. Never throws on any string. The pipeline is core/judge.ts; this adds the wording.
 */
export function analyze(draft: Draft, options: AnalyzeOptions = {}): Finding[] {
  return judge(draft, { ...options, say: options.say ?? sayIn(options.locale ?? 'nl') });
}
