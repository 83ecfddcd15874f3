import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { Role } from '../types';

const findings = (text: string, role: Role = 'medewerker') =>
  analyze({ text, platform: 'x' }, { role }).filter((f) => f.ruleId === 'heatOfTheMoment');
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('heatOfTheMoment', () => {
  it.each([
    ['Na een paar biertjes durf ik het wel te zeggen: ik haat mijn werk 🍺', 'biertjes'],
    [
      'Drie wijntjes op en ik zeg het gewoon: mijn directeur snapt er helemaal niks van.',
      'wijntjes',
    ],
    ['drunk tweeting but honestly my head teacher is a joke', 'drunk'],
    ['Beetje aangeschoten maar morgen meld ik me ziek haha, lekker werk', 'aangeschoten'],
    [
      '02:47 en ik lig nog wakker van die ouder. Morgen ga ik het hem echt eens zeggen.',
      'lig nog wakker',
    ],
    [
      "3 uur 's nachts en ik kan niet slapen van die moeder. Morgen ga ik het haar echt eens zeggen!!!",
      "'s nachts",
    ],
    ['04:12. Belachelijk hoe de directie ons behandelt, ik lig er wakker van.', '04:12'],
    [
      'Zo boos. ZO BOOS. Wacht maar, ik ga iedereen vertellen wat er op die school gebeurt.',
      'Zo boos',
    ],
    [
      'Ik tril nog steeds. Die vader schreeuwde me uit op het schoolplein. Wat moet ik doen??',
      'Ik tril',
    ],
    [
      "My student just told me his dad hits him. I'm literally shaking. What do I do??",
      'literally shaking',
    ],
    [
      "Can't sleep. My head teacher humiliated me and I'm going to tell everyone tomorrow.",
      "Can't sleep",
    ],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({
      severity: 'warning',
      article: 'bg-substance',
      action: 'contact',
    });
  });

  it.each([
    ["Gezellige vrijdagmiddagborrel met collega's, proost op de vakantie 🍻"],
    ['Lekker wijntje na een lange schoolweek 🍷 Weekend!'],
    ["Om 3 uur 's nachts wakker geworden door de storm, vandaag dus met koffie naar school ☕"],
    ['Zo boos op mezelf, de schoolreisbrief vergeten te printen 🙈'],
    ['Ik lig wakker van de zorgen om mijn leerlingen, wat een verantwoordelijkheid soms.'],
    ['Morgen de bierproeverij met de ouderraad voor het goede doel! 🍺'],
    ['De kinderen trillen van de kou op het schoolplein, neem een jas mee!'],
    ['Shaking hands with all the parents at the open day, what a lovely afternoon.'],
    ["Vanavond een biertje met mijn oud-collega's, ik heb er zin in!"],
    ['Twee wijntjes op en nu lekker slapen. Wat een heerlijke zomer.'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });

  it("a leader's drink and a joke about calling in sick: raised to a stop with art. 5", () => {
    const all = analyze(
      { text: 'Derde wijntje op, morgen lekker ziek melden haha #directeurslife', platform: 'x' },
      { role: 'leidinggevende' },
    );
    expect(all.find((f) => f.ruleId === 'heatOfTheMoment')?.severity).toBe('stop');
    expect(all.some((f) => f.ruleId === 'leaderRepresents')).toBe(true);
    expect(
      findings('Wijntje na de ouderavond, wat een fijne avond was het 🍷', 'leidinggevende'),
    ).toEqual([]);
  });
});

describe('heatOfTheMoment: English night-time anger', () => {
  it.each([
    [
      "Midnight and still angry about what that mum said to me. Tomorrow she's going to hear it.",
      'Midnight',
    ],
    ["It's 2am and I'm still fuming about today's staff meeting.", '2am'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
  });

  it('a content night owl is fine', () => {
    expect(
      findings(
        'Middernacht en nog steeds rapporten schrijven, maar wel met een goed gevoel over mijn groep 🌙',
      ),
    ).toEqual([]);
  });
});
