import { analyze } from '@/core/analyze';
import type { Draft, Finding, Locale, Role } from '@/core/types';
import { send } from '@/utils/send';

/** How long the worker may take before the page runs the rules itself (MV3 stops idle workers). */
export const WORKER_TIMEOUT_MS = 200;

export type Analyzer = (draft: Draft, seq: number) => Promise<{ seq: number; findings: Finding[] }>;

/**
 * Asks the background worker; if it does not answer in time, or answers wrongly, runs the
 * same `analyze` here, so reminders never go missing.
 */
export function createAnalyzer(settings: () => { role: Role; locale: Locale }): Analyzer {
  return async (draft, seq) => {
    const { role, locale } = settings();
    const local = () => ({ seq, findings: analyze(draft, { role, locale }) });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), WORKER_TIMEOUT_MS);
    });
    try {
      const answer = await Promise.race([send('analyze', { seq, draft, role, locale }), timeout]);
      return answer ?? local();
    } catch {
      return local();
    } finally {
      clearTimeout(timer);
    }
  };
}
