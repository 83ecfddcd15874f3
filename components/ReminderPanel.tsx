import { useState } from 'preact/hooks';
import type { ArticleId, Finding, FindingAction } from '@/core/types';
import type { Translate } from '@/utils/i18n';
import { articleLabel, FindingText } from './FindingText';

/** What a button in the panel asks for. */
export type PanelAction = FindingAction | 'dismiss';

/** A message about the last thing the panel did (the disclaimer insert), with a copy offer. */
export type PanelNotice = {
  tone: 'info' | 'warning' | 'error';
  text: string;
  /** Offer "copy disclaimer" (the insert could not be verified). */
  copy?: boolean;
};

export type ReminderPanelProps = {
  findings: readonly Finding[];
  /** The draft, to quote the words a finding is about. */
  text: string;
  /** The protocol's own words per article (from the policy pack). */
  articles: Partial<Record<ArticleId, string>>;
  collapsed: boolean;
  /** The draft could not be checked (an error): say so instead of "no remarks". */
  unchecked?: boolean;
  /** Actions this surface can carry out; other action buttons are not shown. */
  actions: readonly PanelAction[];
  t: Translate;
  onToggle: () => void;
  /** Called only for trusted clicks: a page script cannot press the panel's buttons. */
  onAction: (finding: Finding, action: PanelAction) => void;
  /** Shown in both the badge and the list view, until the draft changes. */
  notice?: PanelNotice | null;
  /** An action is running (an insert): its buttons are disabled meanwhile. */
  busy?: boolean;
  /** "Copy disclaimer" pressed (trusted clicks only). */
  onCopy?: () => void;
};

const ACTION_LABEL = {
  'insert-disclaimer': 'panel.actionInsertDisclaimer',
  contact: 'panel.actionContact',
  'check-consent': 'panel.actionCheckConsent',
  dismiss: 'panel.actionDismiss',
} as const;

/**
 * A pasted list (a class list with every pupil's name) can give thousands of findings: the
 * panel then shows the reminders about the whole draft and those nearest its end, where one
 * types, and counts the rest, so rendering stays quick and what was just typed is answered.
 */
export const ROWS_SHOWN = 30;

function rowsToShow(findings: readonly Finding[]): readonly Finding[] {
  if (findings.length <= ROWS_SHOWN) return findings;
  const whole = findings.filter((f) => !f.span).slice(0, ROWS_SHOWN);
  const placed = findings.filter((f) => f.span).sort((a, b) => a.span!.start - b.span!.start);
  return [...whole, ...placed.slice(Math.max(0, placed.length - (ROWS_SHOWN - whole.length)))];
}

/** Keeps the editor's focus and selection when a panel button is pressed. */
const keepFocus = (e: MouseEvent) => e.preventDefault();

/** The reminders for one compose box: a small badge when clean or collapsed, else a list. */
export function ReminderPanel(props: ReminderPanelProps) {
  const { findings, t, collapsed } = props;
  const count = findings.length;
  const worst = findings.some((f) => f.severity === 'stop')
    ? 'stop'
    : findings.some((f) => f.severity === 'warning')
      ? 'warning'
      : 'info';
  const summary =
    count === 0
      ? t(props.unchecked ? 'panel.unchecked' : 'panel.clean')
      : t(count === 1 ? 'panel.countOne' : 'panel.countMany', { n: count });
  const notice = props.notice ? <Notice notice={props.notice} t={t} onCopy={props.onCopy} /> : null;

  if (count === 0 || collapsed) {
    return (
      <div class="bd-root">
        <button
          type="button"
          class={`bd-badge bd-${count > 0 ? worst : props.unchecked ? 'unchecked' : 'clean'}`}
          aria-expanded="false"
          disabled={count === 0}
          title={summary}
          onMouseDown={keepFocus}
          onClick={(e) => e.isTrusted && props.onToggle()}
        >
          <span aria-hidden="true">{count > 0 ? count : props.unchecked ? '?' : '✓'}</span>
          <span class="bd-sr">{summary}</span>
        </button>
        <div role="status" aria-live="polite" class="bd-sr">
          {summary}
        </div>
        {notice}
      </div>
    );
  }

  return (
    <div class="bd-root">
      <section class="bd-panel" aria-label={t('panel.title')}>
        <header class="bd-header">
          <strong>{t('panel.title')}</strong>
          <span role="status" aria-live="polite" class="bd-count">
            {summary}
          </span>
          <button
            type="button"
            class="bd-collapse"
            aria-expanded="true"
            title={t('panel.collapse')}
            onMouseDown={keepFocus}
            onClick={(e) => e.isTrusted && props.onToggle()}
          >
            <span aria-hidden="true">–</span>
            <span class="bd-sr">{t('panel.collapse')}</span>
          </button>
        </header>
        <ul class="bd-list">
          {count > ROWS_SHOWN && (
            <li class="bd-more" data-bedenk-dat="more">
              {t('panel.more', { n: count - ROWS_SHOWN })}
            </li>
          )}
          {rowsToShow(findings).map((f) => (
            <FindingRow key={`${f.ruleId}:${f.span?.start ?? ''}`} finding={f} {...props} />
          ))}
        </ul>
        {notice}
      </section>
    </div>
  );
}

/** The result of the last action, and "copy disclaimer" when the insert could not be made. */
function Notice({
  notice,
  t,
  onCopy,
}: {
  notice: PanelNotice;
  t: Translate;
  onCopy?: (() => void) | undefined;
}) {
  return (
    <div
      class={`bd-notice bd-notice-${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      data-bedenk-dat="notice"
    >
      <p>{notice.text}</p>
      {notice.copy && onCopy && (
        <div class="bd-actions">
          <button
            type="button"
            class="bd-primary"
            data-action="copy-disclaimer"
            onMouseDown={keepFocus}
            onClick={(e) => e.isTrusted && onCopy()}
          >
            {t('panel.actionCopyDisclaimer')}
          </button>
        </div>
      )}
    </div>
  );
}

function FindingRow({
  finding: f,
  text,
  articles,
  actions,
  t,
  onAction,
  busy,
}: ReminderPanelProps & { finding: Finding }) {
  const [open, setOpen] = useState(false);
  const buttons: PanelAction[] = [];
  if (f.action && actions.includes(f.action)) buttons.push(f.action);
  if (f.action !== 'contact' && f.severity !== 'info' && actions.includes('contact'))
    buttons.push('contact');
  if (actions.includes('dismiss')) buttons.push('dismiss');
  const articleText = articles[f.article];
  return (
    <li
      class={`bd-finding bd-${f.severity}`}
      data-rule-id={f.ruleId}
      data-article={f.article}
      data-severity={f.severity}
    >
      <FindingText finding={f} text={text} t={t} />
      <button
        type="button"
        class="bd-article"
        aria-expanded={open}
        onMouseDown={keepFocus}
        onClick={(e) => e.isTrusted && setOpen(!open)}
      >
        {articleLabel(t, f.article)}
      </button>
      {open && articleText && <blockquote class="bd-article-text">{articleText}</blockquote>}
      {buttons.length > 0 && (
        <div class="bd-actions">
          {buttons.map((action) => (
            <button
              type="button"
              key={action}
              data-action={action}
              class={action === 'dismiss' ? 'bd-secondary' : 'bd-primary'}
              // Not `disabled`: a press on a disabled button would take focus from the editor.
              aria-disabled={busy && action === 'insert-disclaimer' ? 'true' : undefined}
              onMouseDown={keepFocus}
              onClick={(e) => e.isTrusted && onAction(f, action)}
            >
              {t(ACTION_LABEL[action])}
            </button>
          ))}
        </div>
      )}
    </li>
  );
}
