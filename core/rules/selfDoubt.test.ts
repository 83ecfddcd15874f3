import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const findings = (text: string, isReply = false) =>
  analyze({ text, platform: 'facebook', isReply }).filter((f) => f.ruleId === 'selfDoubt');
const marked = (text: string) => findings(text).map((f) => text.slice(f.span!.start, f.span!.end));

describe('selfDoubt', () => {
  it.each([
    ['Mag dit eigenlijk wel? Onze klas maakte een filmpje.', 'Mag dit eigenlijk wel?'],
    [
      'Twijfel of ik dit moet posten, maar het rekenbeleid is niet doordacht.',
      'Twijfel of ik dit moet posten',
    ],
    [
      'Weet niet zeker of ik dit mag delen, maar de nieuwe methode komt eraan!',
      'Weet niet zeker of ik dit mag delen',
    ],
    [
      'Hopelijk vindt de directie het niet erg dat ik dit deel.',
      'Hopelijk vindt de directie het niet erg',
    ],
    [
      'Eerlijk gezegd weet ik niet of ik dit mag zeggen, maar de sfeer is niet goed.',
      'weet ik niet of ik dit mag zeggen',
    ],
    ['Mag ik dit wel plaatsen? Kreeg net zo’n lief appje.', 'Mag ik dit wel plaatsen'],
    ['Is het oké als ik dit deel? Ik ben benieuwd.', 'Is het oké als ik dit deel'],
    ['Kan ik dit zomaar delen? Het jaarverslag is binnen.', 'Kan ik dit zomaar delen'],
    [
      'Ik weet niet of ik dit wel mag, maar hier is het rooster alvast.',
      'weet niet of ik dit wel mag,',
    ],
    [
      "Not sure if I'm allowed to post this, but here's a sneak peek!",
      "Not sure if I'm allowed to",
    ],
    [
      'Not sure I should be posting this, but today almost broke me.',
      'Not sure I should be posting',
    ],
  ])('%s → marks %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({ severity: 'info', article: '8', action: 'contact' });
  });

  // Bij twijfel niet doen: posting anyway is a warning.
  it.each([
    ['Twijfelde of ik dit moest delen, maar ik doe het toch.', 'Twijfelde of ik dit moest delen'],
    [
      'Twijfel of ik dit wel mag posten maar ik doe het toch: de inspectie was hier.',
      'Twijfel of ik dit wel mag posten',
    ],
    ['Weet niet of ik dit mag delen. Ik post het gewoon.', 'Weet niet of ik dit mag delen'],
    ["Not sure if I'm allowed to share this, posting it anyway!", "Not sure if I'm allowed to"],
  ])('%s → a warning at %s', (text, expected) => {
    expect(marked(text)).toEqual([expected]);
    expect(findings(text)[0]).toMatchObject({ severity: 'warning', article: '8' });
  });

  it.each([
    ['Mag ik even jullie aandacht voor de inzamelingsactie van oude kleding?'],
    ['Mogen kinderen een telefoon mee op schoolreis? Nee, dat is niet toegestaan.'],
    ['Mag mijn kind een telefoon mee?'],
    ['Ik weet niet of ik morgen kan komen, ik ben ziek.'],
    ['Twijfel of ik de rode of de blauwe jurk aan moet naar het schoolfeest 😂'],
    ['Wat is dat mooi, kan ik dit delen op mijn pagina? 😍'],
  ])('nothing in %s', (text) => {
    expect(findings(text)).toEqual([]);
  });

  it('a reply asking the author "mag ik dit delen?" is a request, not doubt', () => {
    expect(findings('Wat een mooi idee! Mag ik dit delen met mijn team?', true)).toEqual([]);
    expect(findings('Wat een mooi idee! Mag ik dit delen met mijn team?')).toHaveLength(1);
  });
});
