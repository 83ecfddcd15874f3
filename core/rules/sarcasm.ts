import { sarcasmHits } from '../detectors/sarcasm';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * Art. 4: praise turned sarcastic about the school ("Goed geregeld weer 🙄", "Top
 * communicatie #niet dus", '"duidelijke" brief'); sarcasm about pupils is civilitySarcasmAboutPupil. Only with an explicit marker (eye-roll,
 * "#not", "niet dus", scare quotes): sincere "Weer een topdag!" must never fire.
 */
export default defineRule({
  id: 'sarcasm',
  article: '4',
  severity: 'warning',
  detect(ctx) {
    // Sarcasm about a pupil is civilitySarcasmAboutPupil (bg-civility, also art. 3 and 4).
    const school = sarcasmHits(ctx)[0];
    return school ? [{ span: rawSpan(ctx.view, school) }] : [];
  },
});
