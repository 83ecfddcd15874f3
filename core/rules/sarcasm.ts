import { sarcasmHits } from '../detectors/civility';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * Art. 4: praise turned sarcastic about the school ("Goed geregeld weer 🙄", "Top
 * communicatie #niet dus", '"duidelijke" brief'). Only with an explicit marker (eye-roll,
 * "#not", "niet dus", scare quotes): sincere "Weer een topdag!" must never fire.
 */
export default defineRule({
  id: 'sarcasm',
  article: '4',
  severity: 'warning',
  detect(ctx) {
    return sarcasmHits(ctx)
      .slice(0, 1)
      .map((m) => ({ span: rawSpan(ctx.view, m) }));
  },
});
