import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const findings = (text: string) =>
  analyze({ text, platform: 'facebook' }).filter((f) => f.ruleId === 'parentPhotos');
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('parentPhotos', () => {
  it.each([
    ["Ouders, deel jullie foto's van de sportdag hieronder in de reacties! 📸", 'Ouders, deel'],
    // Footage of pupils fighting asked for (issue 13).
    [
      'Heeft iemand het filmpje van de vechtpartij bij het hek? Stuur het me even.',
      'filmpje van de vechtpartij',
    ],
    ['Who has the video of the fight at the gate? Send it to me please.', 'video of the fight'],
    ["Post je foto's met #musselhorstsportdag", "Post je foto's"],
    ['Lieve ouders, tag ons in jullie foto’s van de Koningsspelen!', 'ouders, tag'],
    ["Jullie foto's zijn van harte welkom in de reacties", "Jullie foto's zijn van harte welkom"],
    ['Dear parents, feel free to post your videos of the Christmas show', 'post your videos'],
    ["Wie van de ouders heeft er foto's van de avondvierdaagse? Plaats ze hier!", 'Plaats ze hier'],
    [
      'Ouders mogen vandaag filmen, zet de filmpjes gerust online 🎭',
      'zet de filmpjes gerust online',
    ],
    ['Foto gemaakt door de moeder van Sem, dank je wel!', 'Foto gemaakt door de moeder'],
    [
      "Deze prachtige foto's zijn gemaakt door een van de moeders",
      "foto's zijn gemaakt door een van de moeders",
    ],
    ['Regram van een van de vaders: onze groep 6 op het podium', 'Regram van een van de vaders'],
    ['Repost van @mama_van_3: onze kleuters bij de voorleesochtend', 'Repost van @mama'],
    [
      "Deze foto's kreeg ik van een vader die mee was naar het kamp",
      "foto's kreeg ik van een vader",
    ],
    [
      'Thanks to one of our parents for these lovely shots!',
      'Thanks to one of our parents for these lovely shots',
    ],
    ['📸: moeder van Daan', '📸: moeder'],
    [
      'Met dank aan de vader van Sem voor dit mooie filmpje 🎥',
      'dank aan de vader van Sem voor dit mooie filmpje',
    ],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({
      severity: 'info',
      article: '11',
      action: 'check-consent',
    });
  });

  it.each([
    [
      "Ouders, jullie mogen foto's op Facebook zetten. Staan er andere kinderen op, vraag dan wel even toestemming.",
    ],
    [
      'Er circuleert een filmpje van een ruzie op het schoolplein. Wij vragen u dit niet verder te delen.',
    ],
    ['Vandaag een filmpje van de musical gemaakt, stuur het me even.'],
    [
      'Ouders, jullie mogen foto’s maken. Staan er andere kinderen op, vraag dan wel even toestemming.',
    ],
    ['Vraag wel even toestemming als er andere kinderen op staan'],
    [
      "Beste ouders: bij de musical mag u foto's maken van uw eigen kind. Staan er andere kinderen op, vraag dan eerst toestemming.",
    ],
    ["Ouders mogen bij de musical geen foto's delen"],
    ['Bedankt aan de vader die onze fietsenstalling heeft gerepareerd!'],
    ['Dank aan alle ouders die hielpen met opruimen na de kerstmarkt'],
    ['Stuur me gerust een appje als u vragen heeft'],
    ["De foto's van de sportdag staan op Facebook!"],
  ])('nothing for %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});

describe('parentPhotos: the consent rule waived', () => {
  it.each([
    [
      "Ouders, deel gerust jullie foto's van de musical, ook als er andere kinderen op staan!",
      'ook als er andere kinderen op staan',
    ],
    [
      'Parents, feel free to post your photos of sports day, no need to ask for permission.',
      'no need to ask for permission',
    ],
    [
      "Ouders, plaats gerust foto's van andermans kinderen, is echt geen probleem.",
      'andermans kinderen',
    ],
  ])('%s → a warning at %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({ severity: 'warning' });
  });
});

it('photos allowed but kept offline are no waiver', () => {
  expect(
    findings(
      "Ouders, foto's maken mag! Staan er andere kinderen op? Geen probleem, als je die maar niet online zet.",
    ),
  ).toEqual([]);
});

// Only parents (and staff) may film at school events (art. 11): a sister's or a friend's
// footage on their own channel is the same reminder.
describe('parentPhotos: footage made by someone else', () => {
  const found = (text: string, isReply = false) =>
    analyze({ text, platform: 'facebook', isReply }).filter((f) => f.ruleId === 'parentPhotos');
  it.each([
    [
      'Mijn zus kwam gisteren kijken bij de kerstviering en heeft hele mooie filmpjes gemaakt, die staan nu op haar TikTok!',
      false,
    ],
    [
      "Foto's van het schoolkamp zijn gemaakt door de vriend van juf Iris. Alles staat op zijn Instagram.",
      false,
    ],
    ['Wat een leuke foto van de hele klas! Mag ik hem lenen voor de schoolpagina?', true],
  ])('%s → art. 11', (text, reply) => {
    expect(found(text, reply)[0]).toMatchObject({ article: '11' });
  });
  it.each([
    ['Mijn zus heeft een prachtige taart gemaakt voor de juf 🎂'],
    ['De fotograaf maakt morgen de schoolfoto’s; ze komen in de schoolapp.'],
  ])('%s → nothing', (text) => {
    expect(found(text)).toEqual([]);
  });
});
