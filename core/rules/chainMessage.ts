import { findAll, has, rawSpan, type NormMatch } from '../text/match';
import type { Span } from '../types';
import { defineRule } from './types';

// A call to pass it on.
const SHARE = [
  'deel (dit|het|deze)( bericht)?( aub| svp| alsjeblieft| please)?',
  '(aub|svp|graag|plz|pls) delen',
  'delen (aub|svp|alsjeblieft|please|pls)',
  'delen delen( delen)?',
  'doorsturen naar iedereen',
  'stuur (dit|het) door( naar iedereen)?',
  'stuur door naar iedereen',
  'zeg het voort',
  'zegt het voort',
  'waarschuw iedereen',
  'please share',
  'pls share',
  'share this',
  'share share',
  'forward (this )?to everyone',
];
// Always a chain message.
const COPY = ['kopieer en plak', 'kopieer & plak', 'copy paste', 'copy and paste', 'copy & paste'];
// The typical content of a scare chain.
const SPECIFIC = [
  'witte bus(je)?',
  'wit busje',
  '(een )?(vreemde|onbekende) man(nen)?',
  '(spreekt|spreken|sprak) kinderen aan',
  'kinderen (aangesproken|meegelokt|gelokt)',
  'kinderlokker(s)?',
  '(mee)?lokken',
  'meegenomen door een (vreemde|onbekende)',
  'ontvoer*',
  'dit is echt gebeurd',
  'echt gebeurd',
  'dit is geen grap',
  'geen hoax',
  'white van',
  'this really happened',
  'strange man',
];
// Alarm tone, common in chains but also in ordinary safety notes.
const GENERIC = [
  'let op (je|uw|jullie) kind(eren)?',
  'pas op (je|uw|jullie) kind(eren)?',
  'waarschuwing',
  'niet negeren',
  'levensgevaarlijk',
  'beware',
  '⚠',
  '🚨',
];
// An official source makes it a safety message, not a chain.
const OFFICIAL = [
  'politie.nl',
  'rijksoverheid.nl',
  'overheid.nl',
  'burgernet',
  'amber alert',
  'bron',
  'de school meldt',
  'namens de directie',
  'bericht van de directie',
  'officieel bericht',
];
// "DELEN" in capitals or with exclamation marks: a call, not "kennis delen".
const SHOUTED_SHARE = /\bDELEN\b|\b[Dd]elen\s*!{2,}|\bSHARE\b/gu;
const URL_GOV = /https?:\/\/\S{0,100}?(?:politie|gemeente|overheid)/iu;

/**
 * Art. 6: an unverified chain warning ("witte bus", "DELEN!!!", "kopieer en plak") without an
 * official source. Sharing it makes you responsible for it.
 */
export default defineRule({
  id: 'chainMessage',
  article: '6',
  severity: 'warning',
  detect(ctx) {
    const { view } = ctx;
    const copy = findAll(view, ctx.lexicon('chainMessageCopy', COPY));
    const share: NormMatch[] = findAll(view, ctx.lexicon('chainMessageShare', SHARE));
    const specific = findAll(view, ctx.lexicon('chainMessageSpecific', SPECIFIC));
    const generic = findAll(view, ctx.lexicon('chainMessageGeneric', GENERIC));
    const shouted = [...view.raw.matchAll(SHOUTED_SHARE)];
    const spanOf = (ms: readonly NormMatch[]): Span | null => (ms[0] ? rawSpan(view, ms[0]) : null);
    const alarm = specific.length > 0 || generic.length > 0;
    const shout = shouted[0];
    const span =
      spanOf(copy) ??
      (alarm ? spanOf(share) : null) ??
      (alarm && shout ? { start: shout.index, end: shout.index + shout[0].length } : null) ??
      // No call to share, but the typical content with an alarm: still a chain warning.
      (specific.length > 1 || (specific.length > 0 && generic.length > 0)
        ? spanOf(specific)
        : null);
    if (!span) return [];
    // An official source makes it a safety message (read last: most drafts never get here).
    if (has(view, ctx.lexicon('chainMessageOfficial', OFFICIAL)) || URL_GOV.test(view.raw))
      return [];
    return [{ span }];
  },
});
