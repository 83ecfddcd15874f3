import type { Finding } from '@/core/types';
import type { Translate } from '@/utils/i18n';
import { FindingList } from './FindingList';

export type PopupTryProps = {
  text: string;
  /** The findings for `text`, or null while there is nothing to show. */
  findings: readonly Finding[] | null;
  /** The worker did not answer. */
  failed: boolean;
  t: Translate;
  onText: (text: string) => void;
};

/** A small box to try a text against the rules (the practice page has the full version). */
export function PopupTry({ text, findings, failed, t, onText }: PopupTryProps) {
  return (
    <section class="bd-section" aria-labelledby="bd-try-heading">
      <h2 id="bd-try-heading">{t('popup.tryHeading')}</h2>
      <label for="bd-try">{t('popup.tryLabel')}</label>
      <textarea
        id="bd-try"
        rows={2}
        value={text}
        onInput={(e) => onText(e.currentTarget.value)}
        placeholder={t('popup.tryPlaceholder')}
      />
      {failed && <p role="alert">{t('popup.workerError')}</p>}
      <div role="status" aria-live="polite" data-testid="try-findings">
        {findings && <FindingList findings={findings} t={t} />}
      </div>
    </section>
  );
}
