// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/core/types';
import { translator } from '@/utils/i18n';
import { NudgeDialog, type NudgeDialogProps } from './NudgeDialog';
import { ReminderPanel, ROWS_SHOWN } from './ReminderPanel';

const t = translator('nl');
let root: HTMLElement;

function mount(node: preact.ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}

afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

const text = 'Het BSN van Daan is 111222333';
const bsn: Finding = {
  ruleId: 'confidentialBsn',
  article: '3',
  severity: 'stop',
  message: 'Een BSN is vertrouwelijk.',
  span: { start: 20, end: 29 },
};

function dialog(props: Partial<NudgeDialogProps> = {}) {
  const onAction = vi.fn();
  const el = mount(
    <NudgeDialog
      findings={[bsn]}
      text={text}
      t={t}
      theme="light"
      park="idle"
      onAction={onAction}
      {...props}
    />,
  );
  return { el, onAction };
}

describe('NudgeDialog', () => {
  it('quotes article 5, lists the open reminders with their words, and starts on "back"', () => {
    const { el } = dialog();
    const box = el.querySelector('[data-bedenk-dat="nudge"]')!;
    expect(box.getAttribute('role')).toBe('alertdialog');
    expect(box.textContent).toContain('Bij twijfel publiceert men niet.');
    const row = box.querySelector('[data-rule-id="confidentialBsn"]')!;
    expect(row.getAttribute('data-severity')).toBe('stop');
    expect(row.querySelector('q')?.textContent).toBe('111222333');
    expect([...box.querySelectorAll('button')].map((b) => b.dataset.action)).toEqual([
      'cancel',
      'park',
      'contact',
      'post-anyway',
    ]);
    expect(document.activeElement?.getAttribute('data-action')).toBe('cancel');
  });

  it('ignores clicks and keys that a page script makes (not trusted)', () => {
    const { el, onAction } = dialog();
    for (const b of el.querySelectorAll('button')) b.click();
    el.querySelector('[data-bedenk-dat="nudge"]')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    expect(onAction).not.toHaveBeenCalled();
  });

  it.each([
    ['busy', 'Bewaren…', false],
    ['done', 'Bewaard.', true],
    ['failed', 'Bewaren lukte niet.', false],
  ] as const)('parking %s: says so', (park, says, parkDisabled) => {
    const { el } = dialog({ park });
    expect(el.querySelector('.bd-nudge-status')?.textContent).toContain(says);
    const button = el.querySelector<HTMLButtonElement>('[data-action="park"]')!;
    expect(button.disabled).toBe(park === 'busy' || parkDisabled);
  });
});

describe('ReminderPanel notice', () => {
  const panel = (notice: Parameters<typeof ReminderPanel>[0]['notice'], findings: Finding[]) =>
    mount(
      <ReminderPanel
        findings={findings}
        text={text}
        articles={{}}
        collapsed={false}
        actions={['insert-disclaimer', 'dismiss']}
        t={t}
        onToggle={() => undefined}
        onAction={() => undefined}
        notice={notice}
        onCopy={() => undefined}
      />,
    );

  it('shows the result of an insert in the badge view as well', () => {
    const el = panel({ tone: 'info', text: 'Disclaimer toegevoegd.' }, []);
    expect(el.querySelector('.bd-badge')).not.toBeNull();
    expect(el.querySelector('[data-bedenk-dat="notice"]')?.textContent).toBe(
      'Disclaimer toegevoegd.',
    );
    expect(el.querySelector('[data-action="copy-disclaimer"]')).toBeNull();
  });

  it('offers "copy disclaimer" when the insert could not be made', () => {
    const el = panel({ tone: 'error', text: 'Toevoegen lukte niet.', copy: true }, [bsn]);
    const notice = el.querySelector('[data-bedenk-dat="notice"]')!;
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.querySelector('[data-action="copy-disclaimer"]')?.textContent).toBe(
      'Disclaimer kopiëren',
    );
  });

  it('shows the rows nearest the end of a very long list (where one types) and counts the rest', () => {
    const many = Array.from({ length: ROWS_SHOWN + 15 }, (_, i) => ({
      ...bsn,
      span: { start: i, end: i + 1 },
    }));
    const whole: Finding = { ...bsn, ruleId: 'leaderRepresents', span: undefined };
    const el = panel(null, [...many.reverse(), whole]);
    const rows = [...el.querySelectorAll('[data-rule-id]')];
    expect(rows).toHaveLength(ROWS_SHOWN);
    // The reminder about the whole draft, then the last findings in text order.
    expect(rows[0]!.getAttribute('data-rule-id')).toBe('leaderRepresents');
    expect(el.querySelector('[data-bedenk-dat="more"]')?.textContent).toBe(
      'En nog 16 herinneringen eerder in je tekst.',
    );
    expect(el.querySelector('.bd-count')?.textContent).toBe(`${ROWS_SHOWN + 16} herinneringen`);
  });

  it('says a draft it could not check is not checked, rather than "no remarks"', () => {
    const el = mount(
      <ReminderPanel
        findings={[]}
        text={text}
        articles={{}}
        collapsed={false}
        unchecked
        actions={[]}
        t={t}
        onToggle={() => undefined}
        onAction={() => undefined}
      />,
    );
    expect(el.querySelector('.bd-badge')?.textContent).toContain('?');
    expect(el.textContent).toContain('Niet nagekeken');
    expect(el.textContent).not.toContain('Geen opmerkingen');
  });
});
