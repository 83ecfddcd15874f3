import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { defaultPolicy } from '../policy/musselhorst';
import { PolicySchema } from '../policy/schema';
import { applySettings } from '../config';

const marked = (text: string, policy = defaultPolicy) =>
  analyze({ text, platform: 'facebook' }, { policy })
    .filter((f) => f.ruleId === 'confidentialPhone')
    // One reminder for several numbers: every place is in `spans`.
    .flatMap((f) => f.spans ?? [f.span!])
    .map((s) => text.slice(s.start, s.end));

describe('confidentialPhone', () => {
  it.each([
    ['Bel me gerust op 06-12345678 als er iets is.', ['06-12345678']],
    ['Mijn nummer: 06 1234 5678', ['06 1234 5678']],
    ['App me: 06 12 34 56 78!', ['06 12 34 56 78']],
    ['Bereikbaar via +31 6 12345678 of 0031 6 12345678', ['+31 6 12345678', '0031 6 12345678']],
    ['Nummer van de moeder van Sem: +31 (0)6 8765 4321', ['+31 (0)6 8765 4321']],
    ['Juf Anouk haar nummer is 0513 123456', ['0513 123456']],
    ['Thuis: 020-1234567, bel gerust', ['020-1234567']],
    ['Bel Daan z’n vader even op 0612345678.', ['0612345678']],
    ['06.12.34.56.78 is het nummer van opa', ['06.12.34.56.78']],
    ['Call me on 06-11223344 if you need anything.', ['06-11223344']],
    ['Belgisch nummer van oma: +32 470 12 34 56', ['+32 470 12 34 56']],
    // A service post does not make a person's number public.
    ['Interesse in de vacature? Bel mij thuis op 020-5551234.', ['020-5551234']],
    ['Ziekmelden kan ook bij de moeder van Sem: 0512-384920.', ['0512-384920']],
    ['Vacature conciërge! Interesse? App 06-12345678.', ['06-12345678']],
    // A call cue does not make a private landline the school's.
    ['Vragen? Bel haar thuis op 0512-384920.', ['0512-384920']],
    ['Bel gerust de moeder van Sem: 0512-384920.', ['0512-384920']],
    ['Vragen? Bel 06-12345678.', ['06-12345678']],
    // Opening hours or the website do not make a home line or a mobile the school's.
    ['Bel tussen 18 en 20 uur naar haar thuis: 0512-384920.', ['0512-384920']],
    ['Info op de site of via mijn mobiel 06-12345678.', ['06-12345678']],
    ['Belt u mij morgen? 06-12345678', ['06-12345678']],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['Bel de administratie op 0513-123456 voor vragen.'],
    ['Het secretariaat is bereikbaar op 020-1234567.'],
    ['Bel bij ziekte van uw kind voor 8.15 uur naar school: 0513-123456.'],
    ['Vragen over de bijdrage? 0513-123456 (administratie)'],
    ['Bel 112 bij nood, of 0800-1234 voor info.'],
    ['Informatie: 0900-1234567 of 088-1234567'],
    ['Schooljaar 2024-2025 start op 02-09-2024 om 8.30 uur.'],
    ['Datum: 12-03-2017, tijd 10.15-11.45 uur'],
    ['De kosten zijn € 12,50 per kind. Postcode 8441 AB.'],
    ['Schoolfoto’s bestellen via www.schoolfoto.nl/code/0612345678'],
    ['Ordernummer 1234567890 is verzonden'], // not a Dutch area code
    ['Al 2500 kinderen deden mee, 1500 meer dan vorig jaar'],
    // The school giving its own landline, without saying "administratie".
    ['Ziekmelden? Graag vóór 8.15 uur bellen naar 020-5551234 of via de Parro-app.'],
    ['Wij zoeken een schoonmaker voor 15 uur per week. Interesse? Bel 020-5551234 🧹'],
    ['Open dag gemist? Bel 020-5551234 voor een persoonlijke rondleiding met de directeur.'],
    ['Met ingang van 1 februari is ons nieuwe telefoonnummer: 0592-654321.'],
    ['Vacancy: caretaker (24 hrs/week). Handy, friendly, loves kids? Call 0592-123456.'],
    ['Heeft u iets gezien? Bel dan even met school (0513-468210).'],
    // The writer's work line asked to be called (outside writers' clean drafts, 2026-12).
    ['Vragen? Bel 0512-448 210.'],
    ['Dank voor uw bericht. Ik wil het graag met u bespreken. Kunt u mij bellen op 038-4216590?'],
    ['Ik nodig u graag uit voor een gesprek op school. U kunt een afspraak maken via 0599-381204.'],
    ['Noodnummer tijdens het kamp: 06-10020030, dit is de schooltelefoon.'],
    ['Onze vertrouwenspersoon is Heleen de Jong, u bereikt haar via 06 250 245 55.'],
    // The school's line published with opening hours, beside the website, or asked to be called.
    ['Ziek? Dit kan tussen 8.00 en 8.20 uur op telefoonnummer: 070 3850739'],
    ['Vragen? Bel mij tussen 12 en 13 uur op 050 123 45 67.'],
    ['Informatie via de website of 050 987 65 43.'],
    ['Info op de site of via 0593-481276.'],
    ['Belt u mij morgen op school? 0512-448 210'],
  ])('no private number in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it("the school's own numbers in the pack give nothing", () => {
    const policy = PolicySchema.parse({
      ...defaultPolicy,
      publicContacts: { ...defaultPolicy.publicContacts, phones: ['+31 513 123 456'] },
    });
    expect(marked('Het nummer is 0513-123456.', policy)).toEqual([]);
    expect(marked('Het nummer is 0513-123456.')).toEqual(['0513-123456']);
  });

  // The known bug "after saving school numbers, an identical draft retyped keeps the old phone
  // reminder": analyze itself keeps nothing per text, so the same draft judged with the pack
  // the settings make (applySettings: a new object) loses the reminder. Where it lingers is
  // outside core/ (see the report).
  it('the same draft judged again after the school numbers are saved loses the reminder', () => {
    const text = 'Mijn collega is bereikbaar: 06-12345678.';
    const settings = { disabledRules: [], disclaimer: undefined };
    const before = applySettings(defaultPolicy, settings);
    expect(marked(text, before)).toEqual(['06-12345678']);
    const after = applySettings(defaultPolicy, {
      ...settings,
      schoolContacts: { phones: ['06 1234 5678'], emails: [] },
    });
    expect(marked(text, after)).toEqual([]);
    expect(marked(text, before)).toEqual(['06-12345678']);
  });

  it('is a warning with the contact action', () => {
    const [f] = analyze({ text: 'App me op 06-12345678', platform: 'x' });
    expect(f).toMatchObject({ ruleId: 'confidentialPhone', article: '3', severity: 'warning' });
    expect(f?.action).toBe('contact');
  });
});

describe("confidentialPhone: a professional's published line", () => {
  it('"u kunt haar bereiken onder nummer …" after the vertrouwenscontactpersoon is public', () => {
    expect(
      marked(
        'De vertrouwenscontactpersoon voor onze school is Marret Bruin. U kunt haar bereiken onder nummer 0223-690074.',
      ),
    ).toEqual([]);
  });
  it("a mother's number stays private", () => {
    expect(marked('De moeder van Sem is bereikbaar op 06-12345678.')).not.toEqual([]);
  });
});
