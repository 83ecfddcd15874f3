import { describe, expect, it } from 'vitest';
import { createHandlers, type Handlers } from './handlers';
import { StorageError, type Store } from './db';
import type { Sender } from '@/utils/messaging';
import { CONTENT_SCRIPT_MESSAGES, workerListener, type Trust } from './router';

const handlers = createHandlers('1.2.3');
/** The worker's listener as the browser calls it. */
const route = (h: Handlers, t: Trust, message: unknown, sender: Sender) =>
  workerListener(h, t)(message, sender);
const own = 'ownextensionid';
/** Covered: X by default, and mastodon.example as if the user had enabled it. */
const trust: Trust = {
  ownId: own,
  ownOrigin: `chrome-extension://${own}/`,
  coversUrl: (url) => url.hostname === 'x.com' || url.hostname === 'mastodon.example',
};
/** The popup. */
const page = { id: own, url: `chrome-extension://${own}/popup.html` };
/** The content script in a tab on X. */
const onX = { id: own, url: 'https://x.com/compose/post', tab: { id: 4 } };

describe('background router', () => {
  it('answers its own extension with the handler result', async () => {
    await expect(route(handlers, trust, { name: 'ping', data: {} }, page)).resolves.toEqual({
      ok: true,
      version: '1.2.3',
    });
    const answer = (await route(
      handlers,
      trust,
      { name: 'analyze', data: { seq: 7, draft: { text: 'bsn 111222333', platform: 'x' } } },
      page,
    )) as { seq: number; findings: { ruleId: string }[] };
    expect(answer.seq).toBe(7);
    expect(answer.findings.map((f) => f.ruleId)).toContain('confidentialBsn');
  });

  it.each([
    ['another extension', { name: 'ping', data: {} }, { id: 'someoneelse' }, 'unknown sender'],
    ['no sender id (a web page)', { name: 'ping', data: {} }, {}, 'unknown sender'],
    ['an unknown message', { name: 'deleteAll', data: {} }, page, 'malformed message'],
    ['not an envelope', 'ping', page, 'malformed message'],
    [
      'a bad payload',
      { name: 'analyze', data: { seq: -1, draft: { text: 'x', platform: 'x' } } },
      page,
      'invalid analyze request: seq: Te klein: verwacht dat number >=0 is',
    ],
    [
      'an unknown platform',
      { name: 'analyze', data: { seq: 1, draft: { text: 'x', platform: 'myspace' } } },
      page,
      expect.stringMatching(/^invalid analyze request: draft\.platform: Ongeldige optie/),
    ],
    [
      'a content script on a site we do not cover',
      { name: 'ping', data: {} },
      { id: own, url: 'https://evil.example/', tab: { id: 1 } },
      'unknown sender',
    ],
    [
      'a look-alike host',
      { name: 'ping', data: {} },
      { id: own, url: 'https://x.com.evil.example/', tab: { id: 1 } },
      'unknown sender',
    ],
    [
      'a covered host without https',
      { name: 'ping', data: {} },
      { id: own, url: 'http://x.com/', tab: { id: 1 } },
      'unknown sender',
    ],
    [
      'our id without a tab or a page of ours',
      { name: 'ping', data: {} },
      { id: own, url: 'https://x.com/' },
      'unknown sender',
    ],
    ['our id without an address', { name: 'ping', data: {} }, { id: own }, 'unknown sender'],
    [
      'another extension claiming our page',
      { name: 'ping', data: {} },
      { id: 'someoneelse', url: `chrome-extension://${own}/popup.html` },
      'unknown sender',
    ],
    [
      'a content script asking for the parked drafts',
      { name: 'listParked', data: {} },
      onX,
      'listParked is not allowed from a web page',
    ],
    [
      'a content script deleting parked drafts',
      { name: 'clearParked', data: {} },
      onX,
      'clearParked is not allowed from a web page',
    ],
  ])('refuses %s', async (_name, message, sender, error) => {
    await expect(route(handlers, trust, message, sender)).resolves.toEqual({ error });
  });
});

describe('background router senders', () => {
  it('answers the content script on a covered site and on a site the user enabled', async () => {
    const ping = { name: 'ping', data: {} };
    await expect(route(handlers, trust, ping, onX)).resolves.toEqual({
      ok: true,
      version: '1.2.3',
    });
    await expect(
      route(handlers, trust, ping, { id: own, url: 'https://mastodon.example/home', tab: {} }),
    ).resolves.toEqual({ ok: true, version: '1.2.3' });
  });

  it('gives a content script what reminders need and nothing else', () => {
    expect([...CONTENT_SCRIPT_MESSAGES].sort()).toEqual(
      ['analyze', 'badge', 'count', 'openContact', 'park', 'ping'].sort(),
    );
  });

  it("sets the badge of the sender's own tab only, with a valid state", async () => {
    const shown: [number, unknown][] = [];
    const withBadge = createHandlers('1', undefined, undefined, async (tab, state) => {
      shown.push([tab, state]);
    });
    const badge = (data: unknown, sender: typeof onX | typeof page) =>
      route(withBadge, trust, { name: 'badge', data }, sender);
    await expect(badge({ open: 2, paused: false }, onX)).resolves.toEqual({ ok: true });
    await expect(badge({ open: 0, paused: true }, page)).resolves.toEqual({ ok: false });
    await expect(badge({ open: -1, paused: false }, onX)).resolves.toEqual({
      error: 'invalid badge request: open: Te klein: verwacht dat number >=0 is',
    });
    await expect(badge({ open: 1 }, onX)).resolves.toEqual({
      error: expect.stringMatching(/^invalid badge request: paused: /),
    });
    expect(shown).toEqual([[4, { open: 2, paused: false }]]);
  });

  it('treats a failing coverage check as a refusal', async () => {
    const broken: Trust = { ...trust, coversUrl: () => Promise.reject(new Error('gone')) };
    await expect(route(handlers, broken, { name: 'ping', data: {} }, onX)).resolves.toEqual({
      error: 'unknown sender',
    });
  });
});

describe('background router with storage', () => {
  const failing = {
    ...handlers,
    park: () => Promise.reject(new StorageError('blocked')),
    listParked: () => Promise.reject(new Error('Het BSN van Daan is 111222333')),
  };

  it('passes on why storage failed, so the caller can offer the draft for copying', async () => {
    await expect(
      route(
        failing,
        trust,
        { name: 'park', data: { text: 'Mijn concept', platform: 'x', url: '', findings: [] } },
        page,
      ),
    ).resolves.toEqual({ error: 'park failed: storage blocked' });
  });

  it('never passes on the message of another error (it could quote a draft)', async () => {
    await expect(route(failing, trust, { name: 'listParked', data: {} }, page)).resolves.toEqual({
      error: 'listParked failed: Error',
    });
  });

  it('refuses an empty draft to park', async () => {
    await expect(
      route(
        failing,
        trust,
        { name: 'park', data: { text: '', platform: 'x', url: '', findings: [] } },
        page,
      ),
    ).resolves.toEqual({
      error: 'invalid park request: text: Te kort: verwacht dat string >=1 tekens heeft',
    });
  });
});

describe('a malformed message to the worker', () => {
  // Every call the handlers could make to the outside world, recorded.
  const touched: string[] = [];
  const store = new Proxy({} as Store, {
    get: (_target, method: string) => async () => {
      touched.push(`store.${method}`);
      return method === 'week' ? { week: '2026-W49', counts: {} } : [];
    },
  });
  const recording = createHandlers(
    '1',
    store,
    async (path) => touched.push(`open ${path}`),
    async (tab) => touched.push(`badge ${tab}`),
  );

  it.each([
    ['park', { text: 'Mijn concept', platform: 'myspace', url: '', findings: [] }, 'platform'],
    ['park', { text: 'x', platform: 'x', url: '', findings: [{ ruleId: 1 }] }, 'findings.0.ruleId'],
    ['deleteParked', { id: 7 }, 'id'],
    ['clearParked', 'all', '(root)'],
    ['count', { event: 'postedAnyway' }, 'event'],
    ['badge', { open: 1.5, paused: false }, 'open'],
    ['openContact', null, '(root)'],
    ['analyze', { seq: 1, draft: { text: 7, platform: 'x' } }, 'draft.text'],
  ])('%s with a bad %j is refused, naming %s, and changes nothing', async (name, data, field) => {
    touched.length = 0;
    const answer = (await route(recording, trust, { name, data }, page)) as { error: string };
    expect(answer.error.startsWith(`invalid ${name} request: ${field}: `)).toBe(true);
    expect(touched).toEqual([]);
    // The same listener still does what a good message asks.
    await expect(
      route(recording, trust, { name: 'count', data: { event: 'nudgeShown' } }, onX),
    ).resolves.toEqual({ ok: true });
    expect(touched).toEqual(['store.count']);
  });
});
