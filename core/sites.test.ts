import { describe, expect, it } from 'vitest';
import { isSitePaused, setSitePaused, siteKey } from './sites';

describe('paused sites', () => {
  it.each([
    ['www.facebook.com', 'facebook.com'],
    ['X.com', 'x.com'],
    ['mastodon.social.', 'mastodon.social'],
    ['m.facebook.com', 'm.facebook.com'],
  ])('%s is paused as %s', (host, key) => {
    expect(siteKey(host)).toBe(key);
  });

  it.each([
    [['facebook.com'], 'www.facebook.com', true],
    [['www.facebook.com'], 'facebook.com', true],
    [['facebook.com'], 'x.com', false],
    [['x.com'], 'x.com.evil.net', false],
    [[], 'x.com', false],
    [[''], '', false],
  ])('%j pauses %s: %s', (sites, host, paused) => {
    expect(isSitePaused(sites, host)).toBe(paused);
  });

  it('pauses and resumes one site, keeping the others', () => {
    const paused = setSitePaused(['x.com'], 'www.facebook.com', true);
    expect(paused).toEqual(['x.com', 'facebook.com']);
    expect(setSitePaused(paused, 'www.facebook.com', true)).toEqual(['x.com', 'facebook.com']);
    expect(setSitePaused(paused, 'facebook.com', false)).toEqual(['x.com']);
  });
});
