import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { judge } from '../judge';
import { secondReader } from '../model';
import type { Draft, Locale, Role } from '../types';
import { badgeTranslator } from './badge';
import { t, worded, wordedFindings } from './index';
import { KEYED_MARK, keyed } from './say';

// The worker judges with `keyed` and the content script words the messages: what staff read
// must be exactly what the practice page (analyze, in words) shows for the same draft.
describe('messages sent as keys and worded where they are shown', () => {
  const drafts: [Draft, Role][] = [
    [
      {
        text: 'Niet doorsturen: juf Anne gaat weg. Onder ons, echt niet doorsturen!',
        platform: 'x',
      },
      'medewerker',
    ],
    [
      { text: 'Vanaf maandag is de gymzaal dicht. Ik vind het schandalig.', platform: 'facebook' },
      'leidinggevende',
    ],
    [
      { text: 'De werkdruk in het onderwijs is echt niet meer normaal.', platform: 'linkedin' },
      'medewerker',
    ],
    [
      { text: 'BSN van Sem: 111222333, zijn moeder belt 06-12345678.', platform: 'facebook' },
      'medewerker',
    ],
    [
      {
        text: 'Good riddance. He got shot at a rally and nobody cares.',
        platform: 'x',
        isReply: true,
      },
      'medewerker',
    ],
    [
      {
        text: 'Our Year 9 trip: photos of every kid on the coach, names in the caption!',
        platform: 'instagram',
        hasMedia: true,
      },
      'medewerker',
    ],
  ];
  for (const locale of ['nl', 'en'] as Locale[]) {
    it.each(drafts)(`reads the same in ${locale}: %j`, (draft, role) => {
      const inWords = analyze(draft, { role, locale, secondReader });
      const sent = judge(draft, { role, secondReader, say: keyed });
      expect(sent.every((f) => f.message.startsWith(KEYED_MARK))).toBe(true);
      expect(wordedFindings(sent, locale)).toEqual(inWords);
    });
  }

  it('a message already in words is left as it is', () => {
    expect(worded('Plain text reminder.', 'nl')).toBe('Plain text reminder.');
  });

  it('a keyed message that does not parse is shown as the generic reminder, not as data', () => {
    for (const bad of [
      `${KEYED_MARK}{not json`,
      `${KEYED_MARK}[1,2]`,
      `${KEYED_MARK}["k",{"a":3}]`,
    ]) {
      expect(worded(bad, 'nl')).toBe(t('nl', 'rules.unreadable.message'));
    }
  });

  it('the toolbar button has its own words in both languages', () => {
    expect(badgeTranslator('nl')('badge.titleMany', { n: 3 })).toBe(
      t('nl', 'badge.titleMany', { n: 3 }),
    );
    expect(badgeTranslator('en')('badge.paused')).toBe(t('en', 'badge.paused'));
  });
});
