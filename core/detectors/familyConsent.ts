import type { RuleContext } from '../rules/types';

// The school passing on a loss or an accident the way its mourning protocol asks: the family
// was consulted or asked for it, the parents were told first, no one is named. "Met grote
// droefheid laten wij u weten dat de vader van een van onze leerlingen is overleden. In
// overleg met de familie …" is that announcement, not a secret let out (w3, w8, w9 clean
// drafts, tests/corpus/train, 2026-12). Hearsay ("hoorde ik") is not the family's consent.
const FAMILY = String.raw`(?:de\s+)?(?:familie|het\s+gezin|ouders|nabestaanden|the\s+family|the\s+parents)`;
const AGREED = new RegExp(
  String.raw`(?<![\p{L}])(?:in\s+(?:overleg|samenspraak)\s+met\s+${FAMILY}|met\s+(?:toestemming|instemming)\s+van\s+${FAMILY}|op\s+(?:verzoek|vraag)\s+van\s+${FAMILY}|${FAMILY}\s+(?:heeft|hebben)\s+(?:ons\s+)?gevraagd|${FAMILY}\s+(?:zijn|is)\s+(?:direct\s+|meteen\s+|al\s+)?(?:geinformeerd|ingelicht|op\s+de\s+hoogte)|(?:volgen|volgens|handelen|hanteren)\s+(?:we\s+|wij\s+)?(?:ons\s+|het\s+)?rouwprotocol|rouwprotocol\s+is\s+in\s+werking|with\s+(?:the\s+)?(?:family|parents)['’]?s?\s+(?:permission|consent)|the\s+family\s+(?:has\s+)?asked\s+us)(?![\p{L}])`,
  'u',
);
const HEARSAY =
  /(?<![\p{L}])(?:hoor(?:de)?\s+ik|heb\s+(?:ik\s+)?gehoord|hoorde\s+van|zegt\s+(?:men|iedereen)|schijnt|naar\s+verluidt|i\s+heard)(?![\p{L}])/u;

/** True when the draft says the family agreed to, or the mourning protocol governs, the news. */
export function sharedWithFamilyConsent(ctx: RuleContext): boolean {
  return ctx.memo('sharedWithFamilyConsent', () => {
    const norm = ctx.view.norm;
    return AGREED.test(norm) && !HEARSAY.test(norm);
  });
}
