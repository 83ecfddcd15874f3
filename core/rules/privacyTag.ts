import { normIndexAt } from '../text/ranges';
import { windowAround } from '../detectors/media';
import { has } from '../text/match';
import { defineRule } from './types';

// A handle, not an e-mail address: nothing word-like right before the "@".
const HANDLE = /(?<![\p{L}\p{N}._%+-])@([\p{L}\p{N}_.]{2,30})/gu;
// Organisations and partners may be tagged: the library, the municipality, a club…
const ORGANISATION =
  /(?:school|obs|cbs|pcbs|bibliotheek|bieb|gemeente|museum|politie|brandweer|omroep|krant|nieuws|club|vereniging|stichting|sport|bso|kinderopvang|ggd|official|uitgeverij|theater|kerk|zorg|musselhorst)/u;
// Personal details that a tagged person may not want public.
const DETAILS = [
  'ziek',
  'zieke',
  'beterschap',
  'ziekenhuis',
  'geopereerd',
  'operatie',
  'zwanger',
  'zwangerschap',
  'bevallen',
  'gescheiden',
  'scheiding',
  'overleden',
  'overlijden',
  'gecondoleerd',
  'condoleance(s)?',
  'sterkte',
  'begrafenis',
  'rouw',
  'verhuisd',
  'woont',
  'adres',
  'burn-out',
  'burnout',
  'overspannen',
  'ontslagen',
  'werkloos',
  'get well soon',
  'hospital',
  'pregnant',
  'divorce(d)?',
  'passed away',
];

/**
 * bg-privacy: a private person is tagged (@handle) in a post with personal details such as
 * illness, a pregnancy or a loss. Tagging organisations and partners gives nothing.
 */
export default defineRule({
  id: 'privacyTag',
  article: 'bg-privacy',
  severity: 'info',
  detect(ctx) {
    const { view } = ctx;
    const details = ctx.lexicon('privacyTag', DETAILS);
    const aliases = [ctx.policy.school.name, ...ctx.policy.school.aliases].map((a) =>
      a.toLowerCase().replace(/\s+/g, ''),
    );
    for (const m of view.raw.matchAll(HANDLE)) {
      const handle = m[1]!.toLowerCase();
      if (ORGANISATION.test(handle) || aliases.some((a) => handle.includes(a))) continue;
      const normPos = Math.min(normIndexAt(view, m.index), Math.max(0, view.norm.length - 1));
      const win = windowAround(ctx, normPos);
      if (has(view, details, win.start, win.end)) {
        return [{ span: { start: m.index, end: m.index + m[0].length } }];
      }
    }
    return [];
  },
});
