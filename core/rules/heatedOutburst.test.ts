import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const findings = (text: string) =>
  analyze({ text, platform: 'x' }).filter((f) => f.ruleId === 'heatedOutburst');
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('heatedOutburst', () => {
  it.each([
    ['IK BEN HET ZO ZAT MET DIE EINDELOZE VERGADERINGEN', 'BEN HET ZO ZAT'],
    ['Genoeg is genoeg!!! Weer geen invaller 😡😡', 'Genoeg is genoeg'],
    ['WAAROM MOET IK OOK NOG DE LUIZENCONTROLE DOEN?!?! ECHT, KLAAR MEE', 'KLAAR MEE'],
    ['Kotsbeu van al die mails om 23.00 uur 🤬', 'Kotsbeu'],
    ['Ik word er knettergek van, die eeuwige vergaderingen', 'word er knettergek van'],
    ["I'm done. Third time this month the copier is broken!!!", "I'm done"],
    [
      'WEER GEEN KOFFIE IN DE PERSONEELSKAMER. DIT IS TOCH NIET NORMAAL MEER',
      'WEER GEEN KOFFIE IN DE PERSONEELSKAMER. DIT IS TOCH NIET NORMAAL MEER',
    ],
    ['Dit is echt niet normaal meer!!! Weer geen invaller voor groep 6.', '!!!'],
    ['Hoe kan het dat de gymzaal alweer dicht is?! Belachelijk.', '?!'],
    ['Ik ben zoooo boos', 'Ik ben zoooo boos'],
    ['Ik ben echt pislink', 'pislink'],
    ['So sick of these pointless meetings!!!', 'So sick of'],
    ['Dit is toch niet te geloven?! Alweer geen gymleraar.', '?!'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({ severity: 'info', article: '7' });
  });

  it.each([
    ['HOERA! 40 JAAR OBS DE MUSSELHORST!!! Vrijdag groot feest op het plein 🎉🎉'],
    ['SUPER TROTS OP ONZE KANJERS VAN GROEP 8!!!'],
    ['GEFELICITEERD JUF ANS MET JE VERJAARDAG!!!'],
    ['NIET VERGETEN: MORGEN PYJAMADAG IN DE ONDERBOUW'],
    ['LET OP: MORGEN GEEN GYM, WEL GYMSCHOENEN MEE!'],
    ['GMR, MR en OR vergaderen dinsdag samen in de aula over het nieuwe plein.'],
    ['Gevonden voorwerpen: we hebben VEEL te veel mutsen. Kom je muts ophalen!'],
    ['VERTROUWELIJK: de formatie is rond.'],
    ['Waarom is lezen zo belangrijk?! Lees het in onze nieuwsbrief.'],
    ['Wie heeft mijn blauwe koffiemok gezien?!'],
    ['Vergeet niet: vrijdag is de laatste schooldag!!! Fijne vakantie!'],
    ['Ik ben niet boos, alleen een beetje moe.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});
