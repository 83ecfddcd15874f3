import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { Role } from '../types';

const found = (text: string, role: Role = 'medewerker') =>
  analyze({ text, platform: 'facebook' }, { role })
    .filter((f) => f.ruleId === 'confidentialInternalMeeting')
    .map((f) => [text.slice(f.span!.start, f.span!.end), f.severity]);

describe('confidentialInternalMeeting', () => {
  it.each([
    ['De inspectie was vandaag hier en het ging echt niet goed.', 'inspectie'],
    ['The inspectors visited today and it went really badly.', 'The inspectors'],
    ['Net uit de teamvergadering: er komt een combinatieklas!', 'teamvergadering'],
    ['In de MR is besloten dat het continurooster blijft.', 'MR'],
    ['Na het teamoverleg. Juf X gaat weg, zeiden ze.', 'teamoverleg'],
    ['Formatie volgend jaar: nog niet officieel, maar ik krijg groep 3.', 'Formatie'],
    ['Wie wil de notulen van de vergadering zien? DM!', 'notulen'],
  ])('%s → %s', (text, word) => {
    expect(found(text)).toEqual([[word, 'warning']]);
  });

  it.each([
    ['De inspectie heeft ons als goed beoordeeld, het rapport staat op de website.'],
    ['Volgende week komt de inspectie. Spannend!'],
    ['Morgen is er een teamvergadering, de school is om 14.00 uur uit.'],
    ['De MR heeft ingestemd met het nieuwe rooster, zie de nieuwsbrief.'],
    ['Wie wil er in de MR? Stel je kandidaat!'],
    ['Ik heb besloten lid te worden van de MR.'],
  ])('nothing in %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it("a leader's announcement without a confidentiality cue is a tip", () => {
    expect(
      found('De MR heeft besloten: vanaf januari een continurooster.', 'leidinggevende'),
    ).toEqual([['MR', 'info']]);
  });
});
