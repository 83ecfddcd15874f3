import { describe, expect, it } from 'vitest';
import { badgeLook, BADGE_COLORS } from './badge';
import { translator } from './i18n';

describe('badgeLook', () => {
  const nl = translator('nl');
  const en = translator('en');

  it.each([
    [{ open: 0, paused: false }, '', 'Bedenk dat: geen open herinneringen in dit tabblad'],
    [{ open: 1, paused: false }, '1', 'Bedenk dat: 1 open herinnering in dit tabblad'],
    [{ open: 3, paused: false }, '3', 'Bedenk dat: 3 open herinneringen in dit tabblad'],
    [{ open: 250, paused: false }, '99+', 'Bedenk dat: 250 open herinneringen in dit tabblad'],
    [{ open: 4, paused: true }, 'uit', 'Bedenk dat is gepauzeerd op deze site'],
  ])('%o → badge %j, title %j', (state, text, title) => {
    const look = badgeLook(state, nl);
    expect(look.text).toBe(text);
    expect(look.title).toBe(title);
  });

  it('looks different while paused', () => {
    expect(badgeLook({ open: 0, paused: true }, nl).color).toBe(BADGE_COLORS.paused);
    expect(badgeLook({ open: 2, paused: false }, nl).color).toBe(BADGE_COLORS.open);
    expect(BADGE_COLORS.paused).not.toBe(BADGE_COLORS.open);
  });

  it('speaks English', () => {
    expect(badgeLook({ open: 2, paused: false }, en).title).toBe(
      'Bedenk dat: 2 open reminders in this tab',
    );
    expect(badgeLook({ open: 0, paused: true }, en)).toMatchObject({
      text: 'off',
      title: 'Bedenk dat is paused on this site',
    });
  });
});
