import { emailAddresses, presentedAsOrganisation } from '../detectors/contacts';
import { defineRule } from './types';

// Mailboxes of a role, not a person: public contact points.
const ROLE_MAILBOXES = new Set([
  'info',
  'informatie',
  'administratie',
  'admin',
  'leerlingadministratie',
  'secretariaat',
  'directie',
  'directeur',
  'vacatures',
  'vacature',
  'sollicitatie',
  'sollicitaties',
  'solliciteren',
  'werken',
  'werkenbij',
  'ouderraad',
  'or',
  'mr',
  'gmr',
  'bestuur',
  'penningmeester',
  'secretaris',
  'voorzitter',
  'contact',
  'receptie',
  'office',
  'kantoor',
  'post',
  'mail',
  'hallo',
  'hello',
  'hoi',
  'support',
  'helpdesk',
  'klantenservice',
  'facturen',
  'factuur',
  'financien',
  'personeelszaken',
  'pz',
  'hr',
  'planning',
  'bso',
  'tso',
  'overblijf',
  'kinderopvang',
  'nieuwsbrief',
  'redactie',
  'communicatie',
  'media',
  'pers',
  'aanmelden',
  'aanmelding',
  'aanmeldingen',
  'inschrijving',
  'inschrijvingen',
  'ib',
  'zorg',
  'noreply',
  'no-reply',
  'schoolreis',
  'sportdag',
  'avondvierdaagse',
  'feestcommissie',
  'activiteitencommissie',
  'ac',
]);
// Committees and functions inside a longer local part: "ouderraad.musselhorst@gmail.com".
const ROLE_INSIDE =
  /ouderraad|secretariaat|administratie|vacature|directie|commissie|werkgroep|medezeggenschap|info/u;

/** Art. 3: a private e-mail address (not the school's domain, not a role mailbox). */
export default defineRule({
  id: 'confidentialEmail',
  article: '3',
  severity: 'warning',
  detect(ctx) {
    const { policy } = ctx;
    const publicEmails = new Set(policy.publicContacts.emails.map((e) => e.toLowerCase()));
    const domains = policy.publicContacts.emailDomains.map((d) => d.toLowerCase());
    const schoolWords = [policy.school.name, ...policy.school.aliases]
      .map((n) => n.toLowerCase().replace(/[^a-z0-9]/g, ''))
      .filter((n) => n.length >= 5);
    return emailAddresses(ctx.view.raw)
      .filter((e) => {
        const address = e.text.toLowerCase();
        const [local = '', domain = ''] = address.split('@');
        if (publicEmails.has(address)) return false;
        if (domains.some((d) => domain === d || domain.endsWith(`.${d}`))) return false;
        if (ROLE_MAILBOXES.has(local) || ROLE_MAILBOXES.has(local.split(/[._-]/)[0] ?? '')) {
          return false;
        }
        if (ROLE_INSIDE.test(local)) return false;
        // An address with the school's name in it is the school's ("musselhorst.or@…").
        const flat = address.replace(/[^a-z0-9]/g, '');
        if (schoolWords.some((w) => flat.includes(w))) {
          return false;
        }
        return !presentedAsOrganisation(ctx, e);
      })
      .map((e) => ({ span: { start: e.start, end: e.end } }));
  },
});
