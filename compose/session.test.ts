// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '@/core/i18n';
import { platforms } from '@/core/platforms';
import type { Draft, Finding } from '@/core/types';
import type { Analyzer, Judgement } from './analyzer';
import { BoxSession } from './session';

// Issue 14: when the worker is slow the content script shows the rules' own findings, and the
// worker's answer (rules and the second reader) comes later. The session must show that late
// answer while the box holds the same words, keep the rows both answers have, and never show a
// late answer about an older text.

const x = platforms.find((p) => p.id === 'x')!;
const surface = { ...x.surfaces[0]!, kind: 'textarea' as const, container: [] };

const BSN = 'Het BSN van Daan is 111222333';
const bsn = (text: string): Finding => {
  const start = text.indexOf('111222333');
  return {
    ruleId: 'confidentialBsn',
    article: '3',
    severity: 'stop',
    message: 'Een BSN is vertrouwelijk.',
    span: { start, end: start + 9 },
  };
};
const model: Finding = {
  ruleId: 'secondReader.4',
  article: '4',
  severity: 'warning',
  message: 'Klinkt negatief over iemand van school.',
};

/** One call to the analyzer: the draft, and the two ways its answers come back. */
type Call = {
  draft: Draft;
  seq: number;
  answer: (findings: Finding[]) => void;
  late: (findings: Finding[]) => void;
};

/** An analyzer that answers only when the test says so: a slow worker, a quicker fallback. */
function slowAnalyzer(): { analyzer: Analyzer; calls: Call[] } {
  const calls: Call[] = [];
  const analyzer: Analyzer = (draft, seq, later) =>
    new Promise<Judgement>((resolve) => {
      calls.push({
        draft,
        seq,
        answer: (findings) => resolve({ seq, findings }),
        late: (findings) => later?.({ seq, findings }),
      });
    });
  return { analyzer, calls };
}

let session: BoxSession | undefined;
afterEach(() => {
  session?.destroy();
  document.body.innerHTML = '';
});

function open(analyzer: Analyzer): { box: HTMLTextAreaElement; session: BoxSession } {
  const box = document.createElement('textarea');
  document.body.append(box);
  session = new BoxSession(box, surface, x, {
    analyzer,
    t: () => translator('nl'),
    articles: {},
    actions: [],
  });
  return { box, session };
}

/** The panel's rows, by rule id (the elements themselves, to see whether one was redrawn). */
const rows = (s: BoxSession) => [
  ...(
    s as unknown as { panel: { host: HTMLElement } }
  ).panel.host.shadowRoot!.querySelectorAll<HTMLElement>('[data-rule-id]'),
];

/** Types `text` and judges it now; resolves once the analyzer was asked. */
function judge(box: HTMLTextAreaElement, s: BoxSession, text: string, calls: Call[]) {
  box.value = text;
  const asked = calls.length;
  const done = s.refresh();
  expect(calls).toHaveLength(asked + 1);
  return { call: calls[asked]!, done };
}

describe("the worker's late answer (issue 14)", () => {
  it('replaces the fallback’s findings for the same words, keeping the rows both have', async () => {
    const { analyzer, calls } = slowAnalyzer();
    const { box, session } = open(analyzer);
    const { call, done } = judge(box, session, BSN, calls);
    call.answer([bsn(BSN)]); // the rules alone, after the worker's 200 ms
    await done;
    expect(session.findings.map((f) => f.ruleId)).toEqual(['confidentialBsn']);
    const [bsnRow] = rows(session);

    call.late([bsn(BSN), model]); // the worker's answer, with the second reader's reminder
    expect(session.findings.map((f) => f.ruleId)).toEqual(['confidentialBsn', 'secondReader.4']);
    expect(session.openFindings).toHaveLength(2); // the nudge asks about both
    const after = rows(session);
    expect(after.map((r) => r.dataset.ruleId)).toEqual(['confidentialBsn', 'secondReader.4']);
    expect(after[0]).toBe(bsnRow); // the same element: the BSN row did not flicker
  });

  it('is dropped when it is about an older text', async () => {
    const { analyzer, calls } = slowAnalyzer();
    const { box, session } = open(analyzer);
    const first = judge(box, session, BSN, calls);
    first.call.answer([bsn(BSN)]);
    await first.done;

    const newer = `${BSN} en verder niets`;
    const second = judge(box, session, newer, calls);
    second.call.answer([bsn(newer)]);
    await second.done;

    first.call.late([bsn(BSN), model]); // the worker's answer for the words before
    expect(session.findings).toEqual([bsn(newer)]);
    expect(rows(session).map((r) => r.dataset.ruleId)).toEqual(['confidentialBsn']);
  });

  it('is kept when it comes before the fallback’s own answer', async () => {
    const { analyzer, calls } = slowAnalyzer();
    const { box, session } = open(analyzer);
    const { call, done } = judge(box, session, BSN, calls);
    call.late([bsn(BSN), model]);
    call.answer([bsn(BSN)]);
    await done;
    expect(session.findings.map((f) => f.ruleId)).toEqual(['confidentialBsn', 'secondReader.4']);
  });

  it('is not shown after the box is gone', async () => {
    const { analyzer, calls } = slowAnalyzer();
    const { box, session } = open(analyzer);
    const { call, done } = judge(box, session, BSN, calls);
    call.answer([bsn(BSN)]);
    await done;
    session.destroy();
    call.late([bsn(BSN), model]);
    expect(session.findings.map((f) => f.ruleId)).toEqual(['confidentialBsn']);
  });
});
