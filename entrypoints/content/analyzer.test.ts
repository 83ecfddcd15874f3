import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { musselhorstPolicyInput } from '@/core/policy/musselhorst';
import { PACK_KEY } from '@/utils/policy';
import type { send as realSend } from '@/utils/messaging';

/** What the mocked `send` does in each test: stands in for the background worker. */
let worker: (...args: Parameters<typeof realSend>) => Promise<unknown> = async () => undefined;
const calls: unknown[][] = [];
vi.mock('@/utils/messaging', () => ({
  send: (...args: Parameters<typeof realSend>) => {
    calls.push(args);
    return worker(...args);
  },
}));

const { createAnalyzer, WORKER_TIMEOUT_MS } = await import('./analyzer');
const { judgedPart } = await import('@/compose/judgedPart');
const draft = { text: 'Het BSN van Daan is 111222333', platform: 'x' as const };
const settings = () => ({ role: 'medewerker' as const, locale: 'nl' as const });
/** Stands in for the built fallback module (fallback/rules.js is core/analyze.ts). */
let loads = 0;
const rules = async () => {
  loads++;
  return (await import('@/core/analyze')).analyze;
};

describe('content-side analyzer', () => {
  it("uses the worker's answer when it comes in time", async () => {
    worker = async () => ({ seq: 3, findings: [] });
    await expect(createAnalyzer(settings, rules)(draft, 3)).resolves.toEqual({
      seq: 3,
      findings: [],
    });
    expect(calls.at(-1)).toEqual(['analyze', { seq: 3, draft, role: 'medewerker' }]);
  });

  it("words the worker's keyed messages in the user's language", async () => {
    const { keyed } = await import('@/core/i18n/say');
    const { t } = await import('@/core/i18n');
    const message = keyed('rules.confidentialBsn.message', { school: 'obs de Musselhorst' });
    worker = async () => ({
      seq: 4,
      findings: [{ ruleId: 'confidentialBsn', article: '3', severity: 'stop', message }],
    });
    const english = () => ({ role: 'medewerker' as const, locale: 'en' as const });
    const answer = await createAnalyzer(english, rules)(draft, 4);
    expect(answer.findings[0]!.message).toBe(
      t('en', 'rules.confidentialBsn.message', { school: 'obs de Musselhorst' }),
    );
  });

  it('loads no rules into the page while the worker answers', async () => {
    worker = async () => ({ seq: 2, findings: [] });
    loads = 0;
    const analyzer = createAnalyzer(settings, rules);
    for (let seq = 0; seq < 5; seq++) await analyzer(draft, seq);
    expect(loads).toBe(0);
    worker = async () => {
      throw new Error('Extension context invalidated.');
    };
    expect((await analyzer(draft, 9)).findings.map((f) => f.ruleId)).toContain('confidentialBsn');
    expect(loads).toBe(1);
  });

  it('runs the rules itself when the worker does not answer in time', async () => {
    worker = () => new Promise(() => {}); // a worker that never answers
    const started = Date.now();
    const answer = await createAnalyzer(settings, rules)(draft, 4);
    expect(Date.now() - started).toBeGreaterThanOrEqual(WORKER_TIMEOUT_MS - 5);
    expect(answer.seq).toBe(4);
    expect(answer.findings.map((f) => f.ruleId)).toContain('confidentialBsn');
  });

  it("hands on the worker's late answer after the rules' own, restored onto the draft", async () => {
    // Issue 14: a worker busy past the wait still answers, with the second reader's reminder.
    let answerNow: (answer: unknown) => void = () => undefined;
    worker = () => new Promise((resolve) => (answerNow = resolve));
    const model = { ruleId: 'secondReader.4', article: '4', severity: 'warning', message: 'm' };
    const late = new Promise((resolve) => {
      void createAnalyzer(settings, rules)(draft, 8, resolve).then((first) => {
        expect(first.seq).toBe(8);
        expect(first.findings.map((f) => f.ruleId)).toEqual(['confidentialBsn']);
        answerNow({ seq: 8, findings: [model] }); // the worker, after the rules answered
      });
    });
    await expect(late).resolves.toEqual({ seq: 8, findings: [model] });
  });

  it('hands on nothing when the late worker fails', async () => {
    let failNow: (error: Error) => void = () => undefined;
    worker = () => new Promise((_, reject) => (failNow = reject));
    const later: unknown[] = [];
    const first = await createAnalyzer(settings, rules)(draft, 9, (a) => later.push(a));
    expect(first.findings.map((f) => f.ruleId)).toContain('confidentialBsn');
    failNow(new Error('Extension context invalidated.'));
    // The positive signal: the next answer, asked after the failure, has come back.
    worker = async () => ({ seq: 10, findings: [] });
    await createAnalyzer(settings, rules)(draft, 10);
    expect(later).toEqual([]);
  });

  it('runs the rules itself when the worker is gone (extension reloaded)', async () => {
    worker = async () => {
      throw new Error('Extension context invalidated.');
    };
    const answer = await createAnalyzer(settings, rules)(draft, 5);
    expect(answer.findings.map((f) => f.ruleId)).toContain('confidentialBsn');
  });

  it("judges with the user's imported pack when it runs the rules itself", async () => {
    worker = async () => {
      throw new Error('Extension context invalidated.');
    };
    await fakeBrowser.storage.local.set({
      [PACK_KEY]: {
        ...musselhorstPolicyInput,
        rules: { confidentialBsn: { enabled: false } },
        lexicons: { confidentialMarker: ['hou het stil'] },
      },
    });
    const answer = await createAnalyzer(settings, rules)(
      { text: 'bsn 111222333, hou het stil', platform: 'x' },
      6,
    );
    expect(answer.findings.map((f) => f.ruleId)).toEqual(['confidentialMarker']);
    await fakeBrowser.storage.local.clear();
  });
});

describe('the long-draft cut (judgedPart)', () => {
  const filler = (n: number) => 'Een gewone zin over de klas. '.repeat(n);
  // Two BSNs at the start and one in the part being typed, 1 MB apart as in a big paste.
  const text = `BSN 111222333 en 123456782. ${filler(40_000)}Nog een: 234567892 hier.`;

  it('maps every place of a merged reminder back onto the draft, not only the last', async () => {
    worker = async () => {
      throw new Error('Extension context invalidated.');
    };
    const answer = await createAnalyzer(settings, rules)({ text, platform: 'x' }, 7);
    const bsn = answer.findings.find((f) => f.ruleId === 'confidentialBsn')!;
    expect(bsn.spans!.map((s) => text.slice(s.start, s.end))).toEqual([
      '111222333',
      '123456782',
      '234567892',
    ]);
    expect(text.slice(bsn.span!.start, bsn.span!.end)).toBe('234567892');
  });

  it('drops only the place across the joint, and a finding with no place left', () => {
    const part = judgedPart(text);
    const joint = part.text.indexOf('\n\n');
    const tail = part.text.length - 'hier.'.length;
    const shift = text.length - part.text.length;
    const across = { start: joint - 3, end: joint + 4 };
    const f = {
      ruleId: 'x',
      article: '3' as const,
      severity: 'warning' as const,
      message: 'm',
    };
    expect(
      part.restore([
        {
          ...f,
          span: { start: tail, end: tail + 4 },
          spans: [{ start: 4, end: 13 }, across, { start: tail, end: tail + 4 }],
        },
        { ...f, span: across, spans: [{ start: 4, end: 13 }, across] },
        { ...f, span: across },
        { ...f },
      ]),
    ).toEqual([
      {
        ...f,
        span: { start: tail + shift, end: tail + shift + 4 },
        spans: [
          { start: 4, end: 13 },
          { start: tail + shift, end: tail + shift + 4 },
        ],
      },
      { ...f, span: { start: 4, end: 13 }, spans: [{ start: 4, end: 13 }] },
      { ...f },
    ]);
    expect(text.slice(tail + shift, tail + shift + 4)).toBe('hier');
  });
});
