import { describe, expect, it } from 'vitest';
import { resolveConfig } from './config';
import { siteState, type SiteState } from './siteState';

const on = (user: unknown, managed?: unknown) => resolveConfig(user, managed);

describe('siteState: what the popup says about a tab', () => {
  const cases: [string, Parameters<typeof siteState>[0], SiteState][] = [
    [
      'checking, as the content script says',
      { host: 'x.com', platform: 'x', config: on({}), reportedActive: true },
      'active',
    ],
    [
      'paused by the user on this site (www. is the same site)',
      {
        host: 'www.facebook.com',
        platform: 'facebook',
        config: on({ pausedSites: ['facebook.com'] }),
        reportedActive: false,
      },
      'paused',
    ],
    [
      'X switched off by the school (managed, locked)',
      {
        host: 'x.com',
        platform: 'x',
        config: on({}, { platforms: { x: false } }),
        reportedActive: false,
      },
      'offBySchool',
    ],
    [
      'the school wins over a user who has it on and paused',
      {
        host: 'x.com',
        platform: 'x',
        config: on({ platforms: { x: true }, pausedSites: ['x.com'] }, { platforms: { x: false } }),
        reportedActive: false,
      },
      'offBySchool',
    ],
    [
      'X switched off by the user in the options',
      {
        host: 'x.com',
        platform: 'x',
        config: on({ platforms: { x: false } }),
        reportedActive: false,
      },
      'offInOptions',
    ],
    [
      'the school switched another platform off: X still checks',
      {
        host: 'x.com',
        platform: 'x',
        config: on({}, { platforms: { tiktok: false } }),
        reportedActive: true,
      },
      'active',
    ],
    [
      'the content script does not check, and the settings do not say why',
      { host: 'x.com', platform: 'x', config: on({}), reportedActive: false },
      'notChecked',
    ],
    [
      'the user just resumed the site: the old report does not count',
      { host: 'x.com', platform: 'x', config: on({}), reportedActive: null },
      'active',
    ],
    [
      'a site the user enabled has no platform switch',
      {
        host: 'school.example',
        platform: 'other',
        config: on({ platforms: { x: false } }),
        reportedActive: true,
      },
      'active',
    ],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(siteState(input)).toBe(expected);
  });
});
