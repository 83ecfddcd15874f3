import { sarcasmHits } from '../detectors/sarcasm';
import { sarcasmAboutPupilHits } from '../detectors/contempt';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * Art. 4: praise turned sarcastic about the school ("Goed geregeld weer 🙄", "Top
 * communicatie #niet dus", '"duidelijke" brief'), and sarcasm about pupils ("Geweldig, weer
 * een leerling die …", "#sarcasme" beside a class). Only with an explicit marker (eye-roll,
 * "#not", "niet dus", scare quotes): sincere "Weer een topdag!" must never fire.
 */
export default defineRule({
  id: 'sarcasm',
  article: '4',
  severity: 'warning',
  detect(ctx) {
    const school = sarcasmHits(ctx)[0];
    if (school) return [{ span: rawSpan(ctx.view, school) }];
    const pupil = sarcasmAboutPupilHits(ctx)[0];
    return pupil ? [{ span: rawSpan(ctx.view, pupil), variant: 'pupil' }] : [];
  },
});
