import { normalisePhone, phoneNumbers, presentedAsOrganisation } from '../detectors/contacts';
import { defineRule } from './types';

/** Art. 3: a phone number that may be a person's (not the school's, not a service number). */
export default defineRule({
  id: 'confidentialPhone',
  article: '3',
  severity: 'warning',
  detect(ctx) {
    const publicPhones = new Set(ctx.policy.publicContacts.phones.map(normalisePhone));
    return phoneNumbers(ctx.view.raw)
      .filter((p) => !publicPhones.has(p.national))
      .filter((p) => !presentedAsOrganisation(ctx, p))
      .map((p) => ({ span: { start: p.start, end: p.end } }));
  },
});
