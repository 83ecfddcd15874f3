import { analyze } from '@/core/analyze';
import type { MessageName, Request, Response } from '@/core/messages';

/** One handler per message name; the worker wires them to the browser. */
export type Handlers = {
  [N in MessageName]: (data: Request<N>) => Promise<Response<N>> | Response<N>;
};

/** Builds the handlers; `version` comes from the manifest. */
export function createHandlers(version: string): Handlers {
  return {
    ping: () => ({ ok: true, version }),
    analyze: ({ seq, draft, role, locale }) => ({
      seq,
      findings: analyze(draft, { role: role ?? 'medewerker', locale: locale ?? 'nl' }),
    }),
  };
}
