import { emailAddresses, presentedAsOrganisation } from '../detectors/contacts';
import { nameMentions } from '../detectors/context';
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
  /ouderraad|oudervereniging|ouderver|secretariaat|administratie|vacature|directie|commissie|werkgroep|medezeggenschap|info/u;

// Mail providers of private people: an address there is never a work address.
const FREE_MAIL =
  /^(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|ziggo|kpnmail|kpnplanet|planet|home|hetnet|xs4all|casema|chello|quicknet|zeelandnet|telfort|tele2|upcmail|online|freeler|proton|protonmail|gmx|web|aol)\./u;

/**
 * "Stuur een e-mail naar Marleen Baas, de schooldirecteur: marleen.baas@d4w.nl": the address
 * of a colleague the draft names by role, on an organisation's domain, is their work address
 * (a school guide's leave procedure, c1 real texts, 2026-12). On gmail or hotmail it stays
 * private.
 */
function staffWorkAddress(ctx: Parameters<typeof nameMentions>[0], local: string, domain: string) {
  if (FREE_MAIL.test(domain)) return false;
  const first = local.split(/[._-]/u)[0] ?? '';
  if (first.length < 2) return false;
  return nameMentions(ctx).some((n) => n.staff && n.name === first);
}

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
        if (staffWorkAddress(ctx, local, domain)) return false;
        // An address with the school's name in it is the school's ("musselhorst.or@…").
        const flat = address.replace(/[^a-z0-9]/g, '');
        if (schoolWords.some((w) => flat.includes(w))) {
          return false;
        }
        // A person's address on a free mail provider stays theirs after an organisation word:
        // "De MR-leden zijn bereikbaar via hun eigen mail: j.devries@ziggo.nl" (brief conf,
        // named parent-council members). Role mailboxes there were let through above.
        if (FREE_MAIL.test(domain)) return true;
        return !presentedAsOrganisation(ctx, e);
      })
      .map((e) => ({ span: { start: e.start, end: e.end } }));
  },
});
