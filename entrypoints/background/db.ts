import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { withTimeout } from '@/compose/withTimeout';
import {
  COUNTED_EVENTS,
  FindingSchema,
  ParkedDraftSchema,
  WeekStatsSchema,
  type ParkedDraft,
  type Request,
  type Response,
} from '@/core/messages';
import { PLATFORM_IDS, type PlatformId } from '@/core/types';
import { isoWeek } from '@/core/week';
import { z } from '@/core/zod';

// IndexedDB of the background worker, the only place that opens it: parked drafts (the only
// text the extension ever stores, and only on request) and the weekly numbers (counts only).
//
// Versions (never change an old step; add a new one):
//   1  `parked`: one record per parked draft, keyPath `id`
//      { id, text, platform, url, createdAt (epoch ms), findings }
//   2  `weeks`: one record per ISO week, keyPath `week` { week: '2026-W48', counts: {…} }

/** The database's name. */
export const DB_NAME = 'bedenk-dat';
/** The schema version this build writes. */
export const DB_VERSION = 2;
/** How long opening may wait (another connection blocking an upgrade) before it is an error. */
export const OPEN_TIMEOUT_MS = 3000;
/** Weeks of numbers kept; older ones are dropped. */
export const WEEKS_KEPT = 12;

interface Schema extends DBSchema {
  parked: { key: string; value: unknown };
  weeks: { key: string; value: unknown };
}

/** Why storage failed, for the popup's message and the log; never holds draft text. */
export type StorageFailure =
  /** No IndexedDB in this browser profile (some private modes). */
  | 'unavailable'
  /** Another connection holds an older version open and will not let go. */
  | 'blocked'
  /** The database is of a newer version (a newer build of the extension wrote it). */
  | 'newer'
  /** The database is damaged: stores missing, or the browser cannot read it. */
  | 'corrupt'
  /** A read or write failed (disk full, …). */
  | 'failed';

/** A storage failure with its kind. */
export class StorageError extends Error {
  constructor(
    readonly kind: StorageFailure,
    detail = '',
  ) {
    super(`storage ${kind}${detail ? `: ${detail}` : ''}`);
    this.name = 'StorageError';
  }
}

/** A draft to park: what the `park` message carries. */
export type ParkInput = Request<'park'>;

/** This week's numbers. */
export type WeekStats = Response<'weekStats'>;

const CountsRecordSchema = z.object({
  week: z.string(),
  counts: z.partialRecord(z.enum(COUNTED_EVENTS), z.int().check(z.gte(0))),
});

/** Zero for every counted moment. */
function zeros(): WeekStats['counts'] {
  return Object.fromEntries(COUNTED_EVENTS.map((e) => [e, 0])) as WeekStats['counts'];
}

/** The name of an error, never its message (which could quote a value). */
function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

/**
 * A record that fails the schema but still holds text is listed with what can be read, so a
 * damaged record never makes the user's words disappear.
 */
function salvage(record: unknown): ParkedDraft | null {
  const parsed = ParkedDraftSchema.safeParse(record);
  if (parsed.success) return parsed.data;
  if (typeof record !== 'object' || record === null) return null;
  const r = record as Record<string, unknown>;
  if (typeof r.text !== 'string' || r.text === '') return null;
  if (typeof r.id !== 'string' && typeof r.id !== 'number') return null;
  const findings = z.array(FindingSchema).safeParse(r.findings);
  return {
    id: String(r.id),
    text: r.text,
    platform: PLATFORM_IDS.includes(r.platform as PlatformId)
      ? (r.platform as PlatformId)
      : 'other',
    url: typeof r.url === 'string' ? r.url : '',
    createdAt: typeof r.createdAt === 'number' && Number.isFinite(r.createdAt) ? r.createdAt : 0,
    findings: findings.success ? findings.data : [],
  };
}

/** Options for `createStore`; the defaults are the real clock, ids and timeout. */
export type StoreOptions = {
  now?: () => number;
  newId?: () => string;
  openTimeoutMs?: number;
};

/** Parked drafts and weekly numbers in IndexedDB. */
export type Store = ReturnType<typeof createStore>;

/**
 * The worker's storage. The database is opened on first use and kept open; a failed open is
 * retried on the next call, so a blocked database recovers once the blocker lets go.
 */
export function createStore(options: StoreOptions = {}) {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const timeoutMs = options.openTimeoutMs ?? OPEN_TIMEOUT_MS;
  let opening: Promise<IDBPDatabase<Schema>> | undefined;
  let db: IDBPDatabase<Schema> | undefined;

  async function open(): Promise<IDBPDatabase<Schema>> {
    if (typeof indexedDB === 'undefined') throw new StorageError('unavailable');
    const opened = openDB<Schema>(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) db.createObjectStore('parked', { keyPath: 'id' });
        if (oldVersion < 2) db.createObjectStore('weeks', { keyPath: 'week' });
      },
      // A newer build wants to upgrade: let go, and open again on the next call.
      blocking() {
        opening = undefined;
        db?.close();
      },
      terminated() {
        opening = undefined;
      },
    }).catch((error: unknown) => {
      const name = errorName(error);
      if (name === 'VersionError') throw new StorageError('newer');
      throw new StorageError(name === 'UnknownError' ? 'corrupt' : 'failed', name);
    });
    const blocked = Symbol('blocked');
    const first = await withTimeout(opened, timeoutMs, blocked);
    if (first === blocked) {
      // Too late: the caller is told it is blocked; a database that opens after all is closed.
      opened.then(
        (late) => late.close(),
        () => undefined,
      );
      throw new StorageError('blocked');
    }
    const stores = first.objectStoreNames;
    if (!stores.contains('parked') || !stores.contains('weeks')) {
      first.close();
      throw new StorageError('corrupt', 'stores missing');
    }
    db = first;
    return first;
  }

  /** The open database; a failure is not cached, so the next call tries again. */
  function database(): Promise<IDBPDatabase<Schema>> {
    opening ??= open();
    return opening.catch((error: unknown) => {
      opening = undefined;
      throw error;
    });
  }

  /** Runs `work` and turns IndexedDB errors into StorageErrors. */
  async function run<T>(work: (db: IDBPDatabase<Schema>) => Promise<T>): Promise<T> {
    const opened = await database();
    try {
      return await work(opened);
    } catch (error) {
      if (error instanceof StorageError) throw error;
      const name = errorName(error);
      if (name === 'InvalidStateError') opening = undefined; // the connection closed under us
      throw new StorageError(name === 'NotFoundError' ? 'corrupt' : 'failed', name);
    }
  }

  return {
    /** Stores a draft; resolves with its id once the write is committed. */
    park(input: ParkInput): Promise<string> {
      return run(async (db) => {
        const draft: ParkedDraft = { id: newId(), createdAt: now(), ...input };
        const tx = db.transaction('parked', 'readwrite');
        await Promise.all([tx.store.add(draft), tx.done]);
        return draft.id;
      });
    },

    /** Every parked draft, newest first (damaged records are salvaged where they hold text). */
    list(): Promise<ParkedDraft[]> {
      return run(async (db) => {
        const records = await db.getAll('parked');
        return records
          .map(salvage)
          .filter((d): d is ParkedDraft => d !== null)
          .sort((a, b) => b.createdAt - a.createdAt);
      });
    },

    /** Deletes one parked draft (an unknown id is not an error). */
    remove(id: string): Promise<void> {
      return run((db) => db.delete('parked', id));
    },

    /** Deletes every parked draft. */
    clear(): Promise<void> {
      return run((db) => db.clear('parked'));
    },

    /** Adds one to this week's count of `event`; keeps the last WEEKS_KEPT weeks. */
    count(event: (typeof COUNTED_EVENTS)[number]): Promise<void> {
      return run(async (db) => {
        const week = isoWeek(new Date(now()));
        const tx = db.transaction('weeks', 'readwrite');
        const stored = CountsRecordSchema.safeParse(await tx.store.get(week));
        const counts = { ...zeros(), ...(stored.success ? stored.data.counts : {}) };
        counts[event] += 1;
        await tx.store.put({ week, counts });
        const weeks = await tx.store.getAllKeys();
        // ISO week keys sort by time as strings ("2026-W09" < "2026-W10").
        for (const old of weeks.sort().slice(0, -WEEKS_KEPT)) await tx.store.delete(old);
        await tx.done;
      });
    },

    /** This week's numbers (zeros for a week with nothing counted yet). */
    week(): Promise<WeekStats> {
      return run(async (db) => {
        const week = isoWeek(new Date(now()));
        const stored = CountsRecordSchema.safeParse(await db.get('weeks', week));
        return WeekStatsSchema.parse({
          week,
          counts: { ...zeros(), ...(stored.success ? stored.data.counts : {}) },
        });
      });
    },

    /** Closes the connection (tests; a worker simply stops). */
    async close(): Promise<void> {
      const current = opening;
      opening = undefined;
      if (current) (await current.catch(() => undefined))?.close();
    },
  };
}
