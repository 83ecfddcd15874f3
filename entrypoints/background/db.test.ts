import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '@/core/types';
import { createStore, DB_NAME, DB_VERSION, StorageError, WEEKS_KEPT, type Store } from './db';
import { createHandlers } from './handlers';
import { workerListener } from './router';

const finding: Finding = {
  ruleId: 'confidentialBsn',
  article: '3',
  severity: 'stop',
  message: 'Dit lijkt op een burgerservicenummer (BSN).',
  span: { start: 20, end: 29 },
};

/** Text that breaks careless code: emoji (one with a ZWJ), blank lines, CRLF, markup, a lone surrogate. */
const TRICKY = 'Sportdag 🏃‍♀️ & spelletjes\n\nTot morgen!\r\n<b>vet</b> \uD83D einde  ';

let clock = Date.UTC(2026, 10, 24, 10);
let ids = 0;
const stores: Store[] = [];

/** A store on the current fake IndexedDB, as a (re)started worker makes it. */
function store(openTimeoutMs = 200): Store {
  const s = createStore({ now: () => clock, newId: () => `id-${++ids}`, openTimeoutMs });
  stores.push(s);
  return s;
}

/** Opens the database at `version` without our code (an old build, or damage). */
function rawOpen(version: number, upgrade: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, version);
    request.onupgradeneeded = () => upgrade(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function rawPut(db: IDBDatabase, store: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StorageError);
  return (error as StorageError).kind;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  clock = Date.UTC(2026, 10, 24, 10);
});

afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

describe('parked drafts', () => {
  it('keeps a draft character for character and lists the newest first', async () => {
    const s = store();
    const first = await s.park({
      text: TRICKY,
      platform: 'x',
      url: 'https://x.com/compose/post',
      findings: [finding],
    });
    clock += 60_000;
    const second = await s.park({
      text: 'Tweede',
      platform: 'facebook',
      url: 'https://www.facebook.com/',
      findings: [],
    });
    const drafts = await s.list();
    expect(drafts.map((d) => d.id)).toEqual([second, first]);
    expect(drafts[1]).toEqual({
      id: first,
      text: TRICKY,
      platform: 'x',
      url: 'https://x.com/compose/post',
      createdAt: Date.UTC(2026, 10, 24, 10),
      findings: [finding],
    });
  });

  it('survives a restart: a new worker lists the same drafts', async () => {
    await store().park({
      text: TRICKY,
      platform: 'linkedin',
      url: 'https://www.linkedin.com/feed/',
      findings: [],
    });
    await Promise.all(stores.splice(0).map((s) => s.close()));
    const drafts = await store().list();
    expect(drafts.map((d) => d.text)).toEqual([TRICKY]);
  });

  it('deletes one, then all', async () => {
    const s = store();
    const a = await s.park({ text: 'a', platform: 'x', url: '', findings: [] });
    clock += 1;
    const b = await s.park({ text: 'b', platform: 'x', url: '', findings: [] });
    clock += 1;
    await s.park({ text: 'c', platform: 'x', url: '', findings: [] });
    await s.remove(b);
    await s.remove('no-such-id');
    expect((await s.list()).map((d) => d.text)).toEqual(['c', 'a']);
    expect(a).not.toBe(b);
    await s.clear();
    expect(await s.list()).toEqual([]);
  });

  it('lists a damaged record with the text it holds, and skips one without text', async () => {
    const raw = await rawOpen(DB_VERSION, (db) => {
      db.createObjectStore('parked', { keyPath: 'id' });
      db.createObjectStore('weeks', { keyPath: 'week' });
    });
    await rawPut(raw, 'parked', {
      id: 7,
      text: 'Oud 😊\nconcept',
      platform: 'myspace',
      findings: 'x',
    });
    await rawPut(raw, 'parked', { id: 'no-text', platform: 'x' });
    raw.close();
    expect(await store().list()).toEqual([
      { id: '7', text: 'Oud 😊\nconcept', platform: 'other', url: '', createdAt: 0, findings: [] },
    ]);
  });
});

describe('versions and failures', () => {
  it('upgrades a version 1 database: its drafts stay, the weekly numbers work', async () => {
    const v1 = await rawOpen(1, (db) => db.createObjectStore('parked', { keyPath: 'id' }));
    await rawPut(v1, 'parked', {
      id: 'from-v1',
      text: TRICKY,
      platform: 'instagram',
      url: 'https://www.instagram.com/',
      createdAt: 1,
      findings: [finding],
    });
    v1.close();
    const s = store();
    expect((await s.list()).map((d) => [d.id, d.text])).toEqual([['from-v1', TRICKY]]);
    await s.count('reminderShown');
    expect((await s.week()).counts.reminderShown).toBe(1);
    await s.close();
    const reopened = await rawOpen(DB_VERSION, () => undefined);
    expect(reopened.version).toBe(DB_VERSION);
    expect([...reopened.objectStoreNames].sort()).toEqual(['parked', 'weeks']);
    reopened.close();
  });

  it('a blocked upgrade is an error, not a hang, and recovers when the blocker lets go', async () => {
    const blocker = await rawOpen(1, (db) => db.createObjectStore('parked', { keyPath: 'id' }));
    await rawPut(blocker, 'parked', {
      id: 'kept',
      text: 'bewaard',
      platform: 'x',
      url: '',
      createdAt: 1,
      findings: [],
    });
    blocker.onversionchange = null; // an old page that does not close on request
    const s = store(50);
    expect(await failure(s.park({ text: 'nieuw', platform: 'x', url: '', findings: [] }))).toBe(
      'blocked',
    );
    blocker.close();
    await expect
      .poll(() =>
        s
          .list()
          .then((d) => d.map((x) => x.text))
          .catch(() => null),
      )
      .toEqual(['bewaard']);
  });

  it('a database written by a newer build is reported, and left alone', async () => {
    const newer = await rawOpen(DB_VERSION + 1, (db) =>
      db.createObjectStore('parked', { keyPath: 'id' }),
    );
    await rawPut(newer, 'parked', {
      id: 'n',
      text: 'van later',
      platform: 'x',
      url: '',
      createdAt: 1,
      findings: [],
    });
    newer.close();
    const s = store();
    expect(await failure(s.list())).toBe('newer');
    expect(await failure(s.park({ text: 'x', platform: 'x', url: '', findings: [] }))).toBe(
      'newer',
    );
    const check = await rawOpen(DB_VERSION + 1, () => undefined);
    expect(check.objectStoreNames.contains('parked')).toBe(true);
    check.close();
  });

  it('a database with its stores missing is reported as damaged', async () => {
    (await rawOpen(DB_VERSION, (db) => db.createObjectStore('parked', { keyPath: 'id' }))).close();
    expect(await failure(store().week())).toBe('corrupt');
  });

  it('no IndexedDB at all is reported as unavailable', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: a browser profile without IndexedDB
    delete globalThis.indexedDB;
    try {
      expect(await failure(store().list())).toBe('unavailable');
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});

describe('weekly numbers', () => {
  it('counts per ISO week, numbers only', async () => {
    const s = store();
    await s.count('reminderShown');
    await s.count('reminderShown');
    await s.count('disclaimerInserted');
    expect(await s.week()).toEqual({
      week: '2026-W48',
      counts: { reminderShown: 2, disclaimerInserted: 1, nudgeShown: 0, draftParked: 0 },
    });
    clock = Date.UTC(2026, 10, 30, 10); // the next Monday
    expect((await s.week()).counts.reminderShown).toBe(0);
    await s.count('nudgeShown');
    expect((await s.week()).week).toBe('2026-W49');
  });

  it(`keeps the last ${WEEKS_KEPT} weeks`, async () => {
    const s = store();
    for (let i = 0; i < WEEKS_KEPT + 3; i++) {
      await s.count('reminderShown');
      clock += 7 * 86_400_000;
    }
    await s.close();
    const raw = await rawOpen(DB_VERSION, () => undefined);
    const weeks = await new Promise<IDBValidKey[]>((resolve) => {
      const request = raw.transaction('weeks').objectStore('weeks').getAllKeys();
      request.onsuccess = () => resolve(request.result);
    });
    raw.close();
    expect(weeks).toHaveLength(WEEKS_KEPT);
    expect(weeks.at(-1)).toBe('2027-W09');
  });
});

describe('the worker messages over the store', () => {
  it('park, list, count and delete through the router, as the content script and popup do', async () => {
    const trust = {
      ownId: 'own-id',
      ownOrigin: 'chrome-extension://own-id/',
      coversUrl: () => true,
    };
    const page = { id: 'own-id', url: 'chrome-extension://own-id/popup.html' };
    const handlers = createHandlers('1.0.0', store());
    const ask = (name: string, data: unknown) =>
      workerListener(handlers, trust)({ name, data }, page);
    const { id } = (await ask('park', {
      text: TRICKY,
      platform: 'x',
      url: 'https://x.com/compose/post',
      findings: [finding],
    })) as { id: string };
    expect(await ask('listParked', {})).toEqual({
      drafts: [
        {
          id,
          text: TRICKY,
          platform: 'x',
          url: 'https://x.com/compose/post',
          createdAt: clock,
          findings: [finding],
        },
      ],
    });
    await ask('count', { event: 'disclaimerInserted' });
    expect(await ask('weekStats', {})).toEqual({
      week: '2026-W48',
      counts: { reminderShown: 0, disclaimerInserted: 1, nudgeShown: 0, draftParked: 1 },
    });
    expect(await ask('deleteParked', { id })).toEqual({ ok: true });
    expect(await ask('clearParked', {})).toEqual({ ok: true });
    expect(await ask('listParked', {})).toEqual({ drafts: [] });
  });
});
