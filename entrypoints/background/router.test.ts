import { describe, expect, it } from 'vitest';
import { createHandlers } from './handlers';
import { StorageError } from './db';
import { route } from './router';

const handlers = createHandlers('1.2.3');
const own = 'ownextensionid';

describe('background router', () => {
  it('answers its own extension with the handler result', async () => {
    await expect(route(handlers, own, { name: 'ping', data: {} }, { id: own })).resolves.toEqual({
      ok: true,
      version: '1.2.3',
    });
    const answer = (await route(
      handlers,
      own,
      { name: 'analyze', data: { seq: 7, draft: { text: 'bsn 111222333', platform: 'x' } } },
      { id: own },
    )) as { seq: number; findings: { ruleId: string }[] };
    expect(answer.seq).toBe(7);
    expect(answer.findings.map((f) => f.ruleId)).toContain('confidentialBsn');
  });

  it.each([
    ['another extension', { name: 'ping', data: {} }, { id: 'someoneelse' }, 'unknown sender'],
    ['no sender id (a web page)', { name: 'ping', data: {} }, {}, 'unknown sender'],
    ['an unknown message', { name: 'deleteAll', data: {} }, { id: own }, 'malformed message'],
    ['not an envelope', 'ping', { id: own }, 'malformed message'],
    [
      'a bad payload',
      { name: 'analyze', data: { seq: -1, draft: { text: 'x', platform: 'x' } } },
      { id: own },
      'invalid analyze request',
    ],
    [
      'an unknown platform',
      { name: 'analyze', data: { seq: 1, draft: { text: 'x', platform: 'myspace' } } },
      { id: own },
      'invalid analyze request',
    ],
  ])('refuses %s', async (_name, message, sender, error) => {
    await expect(route(handlers, own, message, sender)).resolves.toEqual({ error });
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
        own,
        { name: 'park', data: { text: 'Mijn concept', platform: 'x', url: '', findings: [] } },
        { id: own },
      ),
    ).resolves.toEqual({ error: 'park failed: storage blocked' });
  });

  it('never passes on the message of another error (it could quote a draft)', async () => {
    await expect(
      route(failing, own, { name: 'listParked', data: {} }, { id: own }),
    ).resolves.toEqual({ error: 'listParked failed: Error' });
  });

  it('refuses an empty draft to park', async () => {
    await expect(
      route(
        failing,
        own,
        { name: 'park', data: { text: '', platform: 'x', url: '', findings: [] } },
        { id: own },
      ),
    ).resolves.toEqual({ error: 'invalid park request' });
  });
});
