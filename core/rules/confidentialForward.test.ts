import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const marked = (text: string) =>
  analyze({ text, platform: 'linkedin' })
    .filter((f) => f.ruleId === 'confidentialForward')
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('confidentialForward', () => {
  it.each([
    ['Fwd: Planning formatie volgend jaar', ['Fwd:']],
    ['Kijk wat ik kreeg:\nFW: bezuinigingen', ['FW:']],
    [
      '---------- Doorgestuurd bericht ---------\nVan: directie',
      ['---------- Doorgestuurd bericht ---------'],
    ],
    [
      'Van: Directie Musselhorst <directie@musselhorst.nl>\nOnderwerp: fusie',
      ['Van: Directie Musselhorst <directie@musselhorst.nl>'],
    ],
    ['Hieronder de mail van de directie, ik plak het hier.', ['Hieronder de mail van de directie']],
    [
      'Kreeg net deze mail van het bestuur, wat vinden jullie?',
      ['Kreeg net deze mail van het bestuur'],
    ],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['Hieronder de tekst uit onze nieuwsbrief van vrijdag.'],
    ['Van: groep 8, voor: alle ouders. Bedankt voor het mooie jaar!'],
    ['Fijne vakantie allemaal!'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
});
