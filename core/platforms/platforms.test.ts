import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '../types';
import { hostMatches, matchPattern, platformForHost, platforms } from './index';
import { EDITOR_KINDS, type Platform } from './types';

// The data is checked here without a browser: selectors go through happy-dom's parser (a private
// Window, so core/ stays free of DOM globals). happy-dom is lenient, so Playwright-only and
// jQuery-only syntax is refused by name as well; the e2e spec then matches every selector
// against the fixture pages in real Chromium.

const KINDS = EDITOR_KINDS;
const CAMEL = /^[a-z][a-zA-Z0-9]*$/;
const NOT_CSS = /:has-text\(|:text\(|:text-is\(|:contains\(|:visible|>>|\bxpath=|^\/\//;

const document = new Window().document;

/** Does `selector` parse as CSS? */
function parses(selector: string): boolean {
  if (NOT_CSS.test(selector)) return false;
  try {
    document.querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/** Every selector of a platform, labelled with the surface it belongs to. */
function selectorsOf(p: Platform): string[] {
  return p.surfaces.flatMap((s) =>
    [s.editor, s.container ?? [], s.submit ?? [], s.media ?? []]
      .flat()
      .map((sel) => `${s.id}: ${sel}`),
  );
}

describe('platform data', () => {
  it('has one entry per platform id, each id known and unique', () => {
    const ids = platforms.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => (PLATFORM_IDS as readonly string[]).includes(id))).toBe(true);
    expect([...ids].sort()).toEqual(PLATFORM_IDS.filter((id) => id !== 'other').sort());
  });

  it.each(platforms.map((p) => [p.id, p] as const))(
    '%s: hosts are sorted, unique and well-formed',
    (_id, p) => {
      expect(p.hosts.length).toBeGreaterThan(0);
      expect([...p.hosts]).toEqual([...new Set(p.hosts)].sort());
      for (const host of p.hosts) expect(host).toMatch(/^(\*\.)?([a-z0-9-]+\.)+[a-z]{2,}$/);
    },
  );

  it.each(platforms.map((p) => [p.id, p] as const))(
    '%s: surfaces have unique camelCase ids and an editor',
    (_id, p) => {
      expect(p.name.length).toBeGreaterThan(0);
      expect(p.surfaces.length).toBeGreaterThan(0);
      const ids = p.surfaces.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const s of p.surfaces) {
        expect(s.id).toMatch(CAMEL);
        expect(s.editor.length).toBeGreaterThan(0);
        expect(KINDS).toContain(s.kind);
        if (s.maxLength !== undefined)
          expect(Number.isInteger(s.maxLength) && s.maxLength > 0).toBe(true);
      }
    },
  );

  it.each(platforms.map((p) => [p.id, p] as const))(
    '%s: every selector parses as CSS',
    (_id, p) => {
      const bad = selectorsOf(p).filter(
        (labelled) => !parses(labelled.slice(labelled.indexOf(': ') + 2)),
      );
      expect(bad).toEqual([]);
    },
  );

  it('refuses what is not CSS', () => {
    expect(parses('div[')).toBe(false);
    expect(parses('button:has-text("Post")')).toBe(false);
    expect(parses('div:contains(Post)')).toBe(false);
  });

  it('covers every listed host by default; other Mastodon instances and sites come from the user', () => {
    expect(platforms.filter((p) => !p.defaultOn)).toEqual([]);
    expect(platformForHost('mastodon.nl')?.id).toBe('mastodon');
    expect(platformForHost('social.example.nl')).toBeUndefined();
  });
});

describe('platformForHost', () => {
  it.each([
    ['x.com', 'x'],
    ['twitter.com', 'x'],
    ['mobile.twitter.com', 'x'],
    ['X.COM', 'x'],
    ['x.com.', 'x'],
    ['www.facebook.com', 'facebook'],
    ['m.facebook.com', 'facebook'],
    ['web.facebook.com', 'facebook'],
    ['facebook.com', 'facebook'],
    ['www.instagram.com', 'instagram'],
    ['www.linkedin.com', 'linkedin'],
    ['www.youtube.com', 'youtube'],
    ['studio.youtube.com', 'youtube'],
    ['bsky.app', 'bluesky'],
    ['www.threads.com', 'threads'],
    ['www.threads.net', 'threads'],
    ['www.tiktok.com', 'tiktok'],
    ['mastodon.social', 'mastodon'],
  ])('%s → %s', (host, id) => {
    expect(platformForHost(host)?.id).toBe(id);
  });

  it('finds every listed host (wildcards by a subdomain)', () => {
    for (const p of platforms) {
      for (const host of p.hosts) {
        const sample = host.startsWith('*.') ? `www.${host.slice(2)}` : host;
        expect(platformForHost(sample)?.id).toBe(p.id);
      }
    }
  });

  it.each([
    'x.com.evil.net',
    'notfacebook.com',
    'facebook.com.evil.net',
    'evilx.com',
    'fake-linkedin.com',
    'youtube.co',
    'studio.youtube.com.example.org',
    'bsky.app.example',
    'social.mastodon',
    'example.org',
    '',
  ])('rejects %j', (host) => {
    expect(platformForHost(host)).toBeUndefined();
  });

  it('matches a wildcard on the domain and its subdomains only', () => {
    expect(hostMatches('*.facebook.com', 'facebook.com')).toBe(true);
    expect(hostMatches('*.facebook.com', 'a.b.facebook.com')).toBe(true);
    expect(hostMatches('*.facebook.com', 'notfacebook.com')).toBe(false);
    expect(hostMatches('x.com', 'www.x.com')).toBe(false);
  });

  it('builds browser match patterns', () => {
    expect(matchPattern('*.facebook.com')).toBe('https://*.facebook.com/*');
    expect(matchPattern('x.com')).toBe('https://x.com/*');
  });
});
