import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const marked = (text: string) =>
  analyze({ text, platform: 'facebook' })
    .filter((f) => f.ruleId === 'confidentialDataList')
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('confidentialDataList', () => {
  it.each([
    ['Wie wil de klassenlijst met alle adressen? Stuur me een DM.', ['klassenlijst']],
    ['Wie heeft de telefoonlijst van groep 5? Wil hem graag even doorsturen.', ['telefoonlijst']],
    ['Wie wil de export uit ParnasSys met alle adressen? DM me!', ['export uit ParnasSys']],
    ['Hierbij het lijstje met namen en allergieën voor het kamp.', ['lijstje met namen']],
    ['Zie foto: screenshot uit Parro van groep 6', ['screenshot uit Parro']],
    ['Klassenlijsten 2025 staan hieronder!', ['Klassenlijsten']],
    ['Anyone want the class list? DM me', ['class list']],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['De klassenlijsten hangen vanaf maandag bij de ingang.'],
    ['Controleer uw gegevens in de ouderapp.'],
    ['De lijst met namen voor het kamp krijgt u via Parro.'],
    ['We maakten een verlanglijstje voor Sinterklaas, zie foto!'],
    ['Boekenlijst voor groep 7 staat hieronder.'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
});
