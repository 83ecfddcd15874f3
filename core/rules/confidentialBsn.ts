import { nineDigitCandidates, passesElfproef } from '../detectors/bsn';
import { has } from '../text/match';
import { defineRule } from './types';

const KEYWORDS = [
  'bsn',
  'burgerservicenummer(s)?',
  'sofinummer',
  'persoonsnummer',
  'citizen service number',
  'sofi nummer',
];
// Same checksum, but public numbers of organisations: not a person's BSN.
const ORGANISATION = [
  'rsin',
  'anbi',
  'kvk',
  'fiscaal nummer',
  'fiscaalnummer',
  'btw',
  'ordernummer',
  'track and trace',
];

/** Art. 3: a burgerservicenummer (elfproef), a stop when named as such. */
export default defineRule({
  id: 'confidentialBsn',
  article: '3',
  severity: 'warning',
  detect(ctx) {
    const { view } = ctx;
    const named = has(view, ctx.lexicon('confidentialBsn', KEYWORDS));
    const organisation = has(view, ctx.lexicon('confidentialBsnOrganisation', ORGANISATION));
    return nineDigitCandidates(view.raw)
      .filter((c) => passesElfproef(c.digits))
      .filter(() => named || !organisation)
      .map((c) => ({
        span: { start: c.start, end: c.end },
        severity: named ? ('stop' as const) : ('warning' as const),
      }));
  },
});
