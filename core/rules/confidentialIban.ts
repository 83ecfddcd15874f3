import { nineDigitCandidates, passesElfproef } from '../detectors/bsn';
import { ibanCandidates, presentedAsOrganisation } from '../detectors/contacts';
import { electronicFormatIBAN, isValidIBAN } from '../detectors/iban';
import { individuals } from '../detectors/individuals';
import { has } from '../text/match';
import { defineRule, type RuleHit } from './types';

// Example IBANs from banks' and textbooks' documentation: not anyone's in a lesson about
// money ("rekenles", "voorbeeld"), but people also paste them as if they were real.
const EXAMPLE_IBANS = new Set([
  'NL91ABNA0417164300',
  'NL02ABNA0123456789',
  'NL20INGB0001234567',
  'DE89370400440532013000',
  'GB82WEST12345698765432',
  'BE68539007547034',
]);
const LESSON = [
  '(reken)?les',
  'lesje',
  'voorbeeld',
  'oefenen',
  'oefening',
  'werkblad',
  'bijvoorbeeld',
  'example',
  'lesson',
];
// The Dutch shape, for a mistyped number: "NL12 RABO 0123 4567 89" with a bad checksum.
const DUTCH_SHAPE = /^NL\d{2}[A-Z]{4}\d{10}$/;

/**
 * Art. 3: a bank account number (IBAN, mod-97 valid) that is not the school's or a
 * committee's. A stop next to a pupil's name or a BSN; a mistyped Dutch IBAN is a tip.
 */
export default defineRule({
  id: 'confidentialIban',
  article: '3',
  severity: 'warning',
  detect(ctx) {
    const { view, policy } = ctx;
    const candidates = ibanCandidates(view.raw);
    if (candidates.length === 0) return [];
    const lesson = has(view, ctx.lexicon('confidentialIbanLesson', LESSON));
    const own = new Set(policy.publicContacts.ibans.map((i) => electronicFormatIBAN(i) ?? i));
    // Computed only when there is an IBAN: who is named costs more than the IBAN scan.
    let pupil: boolean | undefined;
    const withPupil = (): boolean =>
      (pupil ??=
        individuals(ctx).some((p) => p.named && p.kind !== 'staff') ||
        nineDigitCandidates(view.raw).some((c) => passesElfproef(c.digits)));
    return candidates
      .filter((c) => !own.has(c.text) && !(lesson && EXAMPLE_IBANS.has(c.text)))
      .filter((c) => !presentedAsOrganisation(ctx, c))
      .flatMap((c): RuleHit[] => {
        const span = { start: c.start, end: c.end };
        if (isValidIBAN(c.text)) {
          return [{ span, severity: withPupil() ? 'stop' : 'warning' }];
        }
        return DUTCH_SHAPE.test(c.text) ? [{ span, severity: 'info', variant: 'invalid' }] : [];
      });
  },
});
