// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { diagnosisReport } from '@/core/diagnosis';
import x from '@/core/platforms/x';
import type { Finding } from '@/core/types';
import type { EditorDriver } from '@/compose/editors/types';
import { tabMessageListener, type TabContext, type TabSession } from './tabMessages';

const OWN = 'own-extension-id';
const warning: Finding = { ruleId: 'rumour', article: '6', severity: 'warning', message: 'm' };

/** A box whose editor applies an insert `lateBy` reads after it was asked (never, if null). */
function box(
  text: string,
  lateBy: number | null = 0,
  findings: Finding[] = [],
  surface: TabSession['surface'] = x.surfaces[2]!,
) {
  const el = document.createElement('div');
  el.textContent = text;
  document.body.append(el);
  let state = text;
  let pending: { text: string; reads: number } | null = null;
  const inserts: string[] = [];
  const disclaimers: number[] = [];
  const driver = {
    kind: 'contenteditable',
    read: () => {
      if (pending && pending.reads-- <= 0) {
        state += pending.text;
        pending = null;
      }
      return { text: state, segments: [] };
    },
    range: () => null,
    insertAtEnd: async (_el: HTMLElement, insert: string) => {
      inserts.push(insert);
      if (lateBy !== null) pending = { text: insert, reads: lateBy };
    },
  } as EditorDriver;
  const session: TabSession = {
    el,
    driver,
    openFindings: findings,
    isDestroyed: false,
    surface,
    insertDisclaimer: async () => {
      disclaimers.push(disclaimers.length);
      return { kind: 'inserted' };
    },
  };
  return { session, inserts, disclaimers, state: () => state };
}

function listen(sessions: TabSession[], current: TabSession | null, active = true) {
  const ctx: TabContext = {
    platform: { id: 'x', name: 'X', postKeys: ['mod+enter'] },
    version: '1.2.3',
    sessions: () => sessions,
    current: () => current,
    active: () => active,
    url: () => 'https://x.com/compose/post',
  };
  const listener = tabMessageListener(ctx, OWN);
  return (message: unknown, sender: { id?: string } = { id: OWN }) => listener(message, sender);
}

describe('tab messages', () => {
  it('diagnose: names the boxes, how they were found and their Post button, never the draft', async () => {
    const draft = 'Het BSN van Daan is 111222333, vertrouwelijk';
    const known = box(draft, 0, [warning]);
    const generic = box('Onder ons: de juf is ziek', 0, [], {
      id: 'unknown',
      editor: ['[contenteditable="true"]'],
      kind: 'contenteditable',
    });
    const answer = (await listen(
      [known.session, generic.session],
      known.session,
    )({
      name: 'diagnose',
      data: {},
    })) as Parameters<typeof diagnosisReport>[0];
    expect(answer.version).toBe('1.2.3');
    expect(answer.boxes.map((b) => [b.surface, b.foundBy, b.post, b.postKeys])).toEqual([
      ['post', 'selector', 'none', ['mod+enter']],
      ['unknown', 'generic', 'none', ['mod+enter']],
    ]);
    const report = diagnosisReport(answer);
    expect(report).toContain('x · post · contenteditable · selector');
    expect(report).toContain('NIET GEVONDEN');
    for (const words of ['111222333', 'Daan', 'vertrouwelijk', 'juf', 'ziek']) {
      expect(JSON.stringify(answer)).not.toContain(words);
      expect(report).not.toContain(words);
    }
  });

  it('tells the popup the platform, the open reminders and the draft as it is now', async () => {
    const a = box('Ik hoorde dat 😊\nde juf weggaat', 0, [warning, { ...warning, ruleId: 'x' }]);
    const b = box('', 0, [warning]);
    await expect(
      listen([a.session, b.session], a.session, false)({ name: 'tabStatus', data: {} }),
    ).resolves.toEqual({
      platform: 'x',
      platformName: 'X',
      active: false,
      openReminders: 3,
      draft: 'Ik hoorde dat 😊\nde juf weggaat',
      url: 'https://x.com/compose/post',
    });
  });

  it('no compose box used yet: no draft', async () => {
    await expect(listen([], null)({ name: 'tabStatus', data: {} })).resolves.toMatchObject({
      draft: null,
      openReminders: 0,
    });
  });

  it('puts a draft into an empty box once, waiting for an editor that applies it late', async () => {
    const text = 'Terug 🏃‍♀️ & weg\n\nregel';
    const b = box('', 2);
    await expect(
      listen([b.session], b.session)({ name: 'insertDraft', data: { text } }),
    ).resolves.toEqual({ ok: true });
    expect(b.inserts).toEqual([text]);
    expect(b.state()).toBe(text);
  });

  it('adds after a blank line when the box holds text, never replacing it', async () => {
    const b = box('Eigen tekst');
    await listen([b.session], b.session)({ name: 'insertDraft', data: { text: 'Oud' } });
    expect(b.state()).toBe('Eigen tekst\n\nOud');
  });

  it('an insert that does not show up is reported, not retried', async () => {
    const b = box('', null);
    await expect(
      listen([b.session], b.session)({ name: 'insertDraft', data: { text: 'x' } }),
    ).resolves.toEqual({ ok: false });
    expect(b.inserts).toHaveLength(1);
  });

  it('no box to put it in: ok false', async () => {
    await expect(listen([], null)({ name: 'insertDraft', data: { text: 'x' } })).resolves.toEqual({
      ok: false,
    });
  });

  it.each([
    [
      'another extension',
      { name: 'tabStatus', data: {} },
      { id: 'other' },
      { error: 'unknown sender' },
    ],
    ['a web page', { name: 'insertDraft', data: { text: 'x' } }, {}, { error: 'unknown sender' }],
    [
      'an empty text',
      { name: 'insertDraft', data: { text: '' } },
      { id: OWN },
      { error: 'invalid insertDraft request: text: Te kort: verwacht dat string >=1 tekens heeft' },
    ],
    [
      'a text that is no text',
      { name: 'insertDraft', data: { text: 42 } },
      { id: OWN },
      { error: expect.stringMatching(/^invalid insertDraft request: text: /) },
    ],
    [
      'a command with no object',
      { name: 'insertDisclaimer', data: 'now' },
      { id: OWN },
      { error: expect.stringMatching(/^invalid insertDisclaimer request: \(root\): /) },
    ],
    [
      'the command from a web page',
      { name: 'insertDisclaimer', data: {} },
      {},
      { error: 'unknown sender' },
    ],
  ])('refuses %s, and changes nothing', async (_name, message, sender, answer) => {
    const b = box('Eigen tekst');
    await expect(listen([b.session], b.session)(message, sender)).resolves.toEqual(answer);
    expect(b.inserts).toEqual([]);
    expect(b.disclaimers).toEqual([]);
    expect(b.state()).toBe('Eigen tekst');
  });

  it('the keyboard command adds the disclaimer to the box used last, once', async () => {
    const b = box('Mijn mening over het onderwijs');
    await expect(
      listen([b.session], b.session)({ name: 'insertDisclaimer', data: {} }),
    ).resolves.toEqual({ ok: true });
    expect(b.disclaimers).toEqual([0]);
    await expect(listen([], null)({ name: 'insertDisclaimer', data: {} })).resolves.toEqual({
      ok: false,
    });
  });

  it('leaves other messages to other listeners', () => {
    expect(listen([], null)({ name: 'ping', data: {} })).toBeUndefined(); // the worker's
    expect(listen([], null)({ name: 'deleteAll', data: {} })).toBeUndefined();
    expect(listen([], null)('hello')).toBeUndefined();
  });
});
