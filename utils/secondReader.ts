import { browser } from 'wxt/browser';
import { parseStoredModel } from '@/core/model/asset';
import { createSecondReader, type SecondReader } from '@/core/model/reader';

// The second reader's weights are a data file of the extension (core/model/weights.json,
// copied into the build as second-reader.json by wxt.config.ts), read once per worker or
// practice page instead of bundled: ~180 KB of numbers would otherwise be parsed as script on
// every start of the worker. It is the extension's own file (not web-accessible, so no site can
// read or probe it); this is the only fetch in the built code, and tests/e2e/bundle.spec.ts
// holds it to exactly this address. Nothing is sent: the draft never goes into a request.

let loading: Promise<SecondReader | undefined> | undefined;

/**
 * The second reader, once its weights are read and parsed; `undefined` when the file is missing
 * or damaged: then the rules judge alone, and the console says why (a reminder is never lost
 * over the model).
 */
export function loadSecondReader(): Promise<SecondReader | undefined> {
  loading ??= (async () => {
    try {
      const response = await fetch(browser.runtime.getURL('/second-reader.json' as never));
      const parsed = parseStoredModel(await response.json());
      if (parsed.ok) return createSecondReader(parsed.tables);
      console.warn(`Bedenk dat: the second reader is off: ${parsed.errors.join('; ')}`);
    } catch (error) {
      console.warn(`Bedenk dat: the second reader is off: ${String(error)}`);
    }
    return undefined;
  })();
  return loading;
}
