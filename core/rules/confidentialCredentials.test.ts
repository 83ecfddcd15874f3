import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const marked = (text: string) =>
  analyze({ text, platform: 'x' })
    .filter((f) => f.ruleId === 'confidentialCredentials')
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('confidentialCredentials', () => {
  it.each([
    ['Het wifi-wachtwoord is Musselhorst2024!', ['Musselhorst2024']],
    ['ParnasSys inlog: juf.anouk / Zomer2024', ['juf.anouk']],
    ['Login Basispoort: gebruikersnaam groep4, ww: lezen123', ['lezen123']],
    ['De pincode van de sleutelkast is 4821, voor wie het vergeten is.', ['4821']],
    ['Wachtwoord: geheimpje', ['geheimpje']],
    ['Het WACHTWOORD van Snappet = Welkom01', ['Welkom01']],
    ['password for the class iPad is Tiger#77', ['Tiger#77']],
    // Labelled, a hyphenated word is still the secret.
    ['Wachtwoord: zon-bloem', ['zon-bloem']],
  ])('%s → %j', (text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['Een wachtwoord als Welkom123 is niet veilig, leerden we vandaag.'],
    ['Mediawijsheid: we leerden hoe je een sterk wachtwoord maakt.'],
    ['Wachtwoord vergeten? Klik op de link in de mail.'],
    ['Een wachtwoord moet minimaal 8 tekens hebben.'],
    ['De WW-uitkering is verhoogd'],
    ['Inloggegevens: die krijgt u via Parro.'],
    // A hyphenated compound after the keyword is a word, not a secret.
    ['De school heeft een licentie voor die cursus. Vraag je inlog bij onze ICT-coördinator!'],
  ])('nothing in %s', (text) => {
    expect(marked(text)).toEqual([]);
  });
});
