import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { defaultPolicy } from '../policy/musselhorst';
import { PolicySchema } from '../policy/schema';

const marked = (text: string, policy = defaultPolicy) =>
  analyze({ text, platform: 'instagram' }, { policy })
    .filter((f) => f.ruleId === 'confidentialEmail')
    .flatMap((f) => f.spans ?? [f.span!])
    .map((s) => text.slice(s.start, s.end));

describe('confidentialEmail', () => {
  it.each([
    ['Vragen? Mail naar juf.anouk@gmail.com.', ['juf.anouk@gmail.com']],
    ['Mail Marleen Baas, de directeur: marleen.baas@gmail.com', ['marleen.baas@gmail.com']],
    ['Het adres van Daan is daan.smit@d4w.nl', ['daan.smit@d4w.nl']],
    ['Ik heb lisa.papa@hotmail.com maar dat werkt niet', ['lisa.papa@hotmail.com']],
    ['Stuur het naar j.devries@ziggo.nl of naar mij', ['j.devries@ziggo.nl']],
    // Named council members' own addresses, after the council's name.
    [
      'De MR-leden zijn bereikbaar via hun eigen mail: j.devries@ziggo.nl en samira.elamrani@kpnmail.nl',
      ['j.devries@ziggo.nl', 'samira.elamrani@kpnmail.nl'],
    ],
    ['Mail: Sanne.Bakker+school@outlook.com', ['Sanne.Bakker+school@outlook.com']],
    ['Contact the mum at zoë.jansen@live.nl', ['zoë.jansen@live.nl']],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['Reageren via vacatures@musselhorst.nl'],
    // A colleague named by role, on an organisation's domain (a school guide, c1 texts).
    ['Stuur een e-mail naar Marleen Baas, de schooldirecteur: marleen.baas@d4w.nl'],
    ['Mail naar info@musselhorst.nl of administratie@hotmail.com'],
    ['Juf Anouk: a.devries@musselhorst.nl'], // a work address on the school domain
    ['Mail de ouderraad: ouderraadmusselhorst@gmail.com'],
    ['Vragen voor de MR? mr.schoolx@gmail.com'],
    ['Aanmelden bij de sportdagcommissie via sportdagcommissie@outlook.com'],
    ['Volg @juf_inspiratie op Instagram!'],
    ['Dank aan @meesterbram en @juf.sanne voor de tips'],
    ['Mail de BSO: planning@kinderopvang-zon.nl'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it("the pack's public addresses and domains give nothing", () => {
    const policy = PolicySchema.parse({
      ...defaultPolicy,
      publicContacts: {
        ...defaultPolicy.publicContacts,
        emails: ['penningmeester.or@gmail.com'],
        emailDomains: ['musselhorst.nl', 'stichting-scholen.nl'],
      },
    });
    const text = 'Mail penningmeester.or@gmail.com of p.jansen@stichting-scholen.nl';
    expect(marked(text, policy)).toEqual([]);
    expect(marked(text)).toEqual(['p.jansen@stichting-scholen.nl']);
  });
});

describe("confidentialEmail: an association's own mailbox", () => {
  it('"ouderverenigingzonnewijzer@gmail.com" under the board is the association\'s address', () => {
    expect(
      marked('Voorzitter: Dorris Direks.\n\ne-mail: ouderverenigingzonnewijzer@gmail.com'),
    ).toEqual([]);
  });
});
