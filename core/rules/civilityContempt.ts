import { harmCelebratedHits, harmWishHits, traitContemptHits } from '../detectors/contempt';
import { ownCorrection } from '../detectors/ownCorrection';
import { rawSpan } from '../text/match';
import { defineRule } from './types';

/**
 * bg-civility ("respecteer degene tot wie je je richt"), about anyone — a parent, a
 * politician, a group: a damning trait said of people ("die ouders zijn gewoon lui",
 * "politicians are stupid", "die luie conciërge"), and harm wished on someone, as a joke too
 * ("ik hoop dat hij overreden wordt", "I hope she gets hit by a bus"), or cheered once it
 * happened ("good riddance", "net goed, hij is opgepakt"). Real posts like these
 * cost teachers their job; a teacher is always findable as a teacher. Self-mockery, a tip
 * about motivating "luie leerlingen", a game or a story, and the writer's own correction give
 * nothing.
 */
export default defineRule({
  id: 'civilityContempt',
  article: 'bg-civility',
  severity: 'warning',
  detect(ctx) {
    if (ownCorrection(ctx)) return [];
    const harm = harmWishHits(ctx)[0];
    if (harm) return [{ span: rawSpan(ctx.view, harm), variant: 'harm' }];
    const cheered = harmCelebratedHits(ctx)[0];
    if (cheered) return [{ span: rawSpan(ctx.view, cheered), variant: 'cheered' }];
    const trait = traitContemptHits(ctx)[0];
    return trait ? [{ span: rawSpan(ctx.view, trait) }] : [];
  },
});
