import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const findings = (text: string, hasMedia = false) =>
  analyze({ text, platform: 'facebook', hasMedia }).filter(
    (f) => f.ruleId === 'privacyPrivateChat',
  );
const marked = (text: string, hasMedia = false) =>
  findings(text, hasMedia).map((f) => text.slice(f.span!.start, f.span!.end));

describe('privacyPrivateChat', () => {
  it.each([
    [
      "Kreeg vanochtend een appje van een moeder: 'Dank je wel juf!' ❤️",
      'Kreeg vanochtend een appje',
    ],
    [
      "Kreeg net dit WhatsAppje van de moeder van een leerling: 'Bedankt juf!'",
      'Kreeg net dit WhatsAppje',
    ],
    ["Dit mailtje kreeg ik van een ouder: 'Fijn dat u meedenkt'.", 'mailtje kreeg'],
    ['Een moeder appte me vanochtend dat haar zoon het zo leuk vond', 'appte me'],
    ['Een moeder whatsappte me: "Bedankt voor alles juf!"', 'whatsappte me'],
    ['Screenshot van de DM die ik kreeg van een vader, kijk eens hoe lief', 'Screenshot van de DM'],
    ['Screenshot uit de groepsapp van groep 6, hahaha', 'Screenshot uit de groepsapp'],
    ['Dit kwam binnen in de klassenapp: "wie heeft de gymtas?"', 'in de klassenapp'],
    ['Got a lovely text from a parent: thank you!', 'Got a lovely text'],
    ['KREEG een MAILTJE van een vader: top!', 'KREEG een MAILTJE'],
    ['Screenshotted this sweet message from a parent', 'Screenshotted this sweet message'],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({ severity: 'warning', article: 'bg-privacy' });
  });

  it('a received message with an attachment (the screenshot) counts without a quote', () => {
    expect(marked('Kreeg een appje van een moeder, zo lief', true)).toEqual(['Kreeg een appje']);
    expect(findings('Kreeg een appje van een moeder, zo lief')).toEqual([]);
  });

  it.each([
    ['Stuur me gerust een appje als u nog vragen heeft over het kamp.'],
    ['Heb je vragen? Mail me gerust.'],
    ['Ik kreeg zoveel lieve berichtjes van ouders, dank jullie wel!'],
    ['Kreeg je mijn mail over de ouderavond?'],
    ['Ik heb een mail gestuurd naar alle ouders.'],
    ['Kreeg gisteren een mail van de gemeente: de subsidie is rond'],
    ["Meer foto's in de ouderapp!"],
    ['Heb je mijn appje gezien? Graag even reageren.'],
  ])('nothing for %s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});
