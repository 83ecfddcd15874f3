import { useEffect, useRef } from 'preact/hooks';
import type { Finding } from '@/core/types';
import type { Translate } from '@/utils/i18n';
import { articleLabel, FindingText } from './FindingText';

/** What the user chose in the nudge. */
export type NudgeAction = 'cancel' | 'park' | 'contact' | 'post-anyway';

export type NudgeDialogProps = {
  /** The open warnings and stops of the draft. */
  findings: readonly Finding[];
  /** The draft, to quote the words a finding is about. */
  text: string;
  t: Translate;
  theme: 'light' | 'dark';
  /** Parking: not yet, running, done, failed. */
  park: 'idle' | 'busy' | 'done' | 'failed';
  /** Called only for trusted input: a page script cannot press the nudge's buttons. */
  onAction: (action: NudgeAction) => void;
};

/**
 * The pre-publish nudge: article 5's "Bij twijfel publiceert men niet", the open reminders,
 * and the choice — back to the text (also Esc), keep the draft for later, or post anyway.
 * Focus starts on "back to your text" and stays inside the dialog.
 */
export function NudgeDialog({ findings, text, t, theme, park, onAction }: NudgeDialogProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      if (e.isTrusted) onAction('cancel');
      return;
    }
    if (e.key !== 'Tab' || !dialog.current) return;
    // Keep Tab inside the dialog: wrap around at either end.
    const buttons = [...dialog.current.querySelectorAll('button')].filter((b) => !b.disabled);
    const root = dialog.current.getRootNode() as ShadowRoot | Document;
    const at = buttons.indexOf(root.activeElement as HTMLButtonElement);
    const next = e.shiftKey
      ? at <= 0
        ? buttons.length - 1
        : at - 1
      : at === buttons.length - 1
        ? 0
        : at + 1;
    e.preventDefault();
    buttons[next]?.focus();
  };

  const press = (action: NudgeAction) => (e: MouseEvent) => {
    if (e.isTrusted) onAction(action);
  };

  return (
    <div
      class="bd-root bd-nudge-backdrop"
      data-theme={theme}
      // A press beside the dialog must not take focus out of it.
      onMouseDown={(e) => e.target === e.currentTarget && e.preventDefault()}
    >
      <div
        ref={dialog}
        class="bd-nudge"
        data-bedenk-dat="nudge"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="bd-nudge-title"
        aria-describedby="bd-nudge-quote"
        onKeyDown={onKeyDown}
      >
        <h2 id="bd-nudge-title" class="bd-nudge-title">
          {t('nudge.title')}
        </h2>
        <blockquote id="bd-nudge-quote" class="bd-nudge-quote">
          <p>{t('nudge.quote')}</p>
          <cite>{t('nudge.source')}</cite>
        </blockquote>
        <p class="bd-nudge-intro">{t('nudge.intro')}</p>
        <ul class="bd-nudge-list">
          {findings.map((f, i) => (
            <li
              key={`${f.ruleId}:${f.span?.start ?? i}`}
              class={`bd-finding bd-${f.severity}`}
              data-rule-id={f.ruleId}
              data-article={f.article}
              data-severity={f.severity}
            >
              <FindingText finding={f} text={text} t={t} />
              <span class="bd-nudge-article">{articleLabel(t, f.article)}</span>
            </li>
          ))}
        </ul>
        {park !== 'idle' && (
          <p
            class={`bd-nudge-status${park === 'failed' ? ' bd-nudge-error' : ''}`}
            role={park === 'failed' ? 'alert' : 'status'}
          >
            {t(
              park === 'busy'
                ? 'nudge.parking'
                : park === 'done'
                  ? 'nudge.parked'
                  : 'nudge.parkFailed',
            )}
          </p>
        )}
        <div class="bd-nudge-actions">
          <button
            ref={first}
            type="button"
            class="bd-primary"
            data-action="cancel"
            onClick={press('cancel')}
          >
            {t('nudge.cancel')}
          </button>
          <button
            type="button"
            class="bd-secondary"
            data-action="park"
            disabled={park === 'busy' || park === 'done'}
            onClick={press('park')}
          >
            {t('nudge.park')}
          </button>
          <button
            type="button"
            class="bd-secondary"
            data-action="contact"
            onClick={press('contact')}
          >
            {t('nudge.contact')}
          </button>
          <button
            type="button"
            class="bd-secondary"
            data-action="post-anyway"
            onClick={press('post-anyway')}
          >
            {t('nudge.postAnyway')}
          </button>
        </div>
      </div>
    </div>
  );
}
