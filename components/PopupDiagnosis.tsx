import { useState } from 'preact/hooks';
import { diagnosisReport, type Diagnosis } from '@/core/diagnosis';
import type { Translate } from '@/utils/i18n';

/**
 * "What Bedenk dat sees here": the tab's compose boxes (platform · surface · editor · found by
 * selector or generically) and whether their Post button was found; "Kopieer diagnose" copies
 * the same as text for IT. Built from the diagnose answer only, which never holds draft text.
 */
export function PopupDiagnosis({
  diagnosis,
  t,
  onCopy,
}: {
  diagnosis: Diagnosis;
  t: Translate;
  /** Copies the text; false when the browser refused. */
  onCopy: (text: string) => Promise<boolean>;
}) {
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const report = diagnosisReport(diagnosis);
  return (
    <section class="bd-section" aria-labelledby="bd-diagnosis-heading" data-testid="diagnosis">
      <h2 id="bd-diagnosis-heading">{t('popup.diagnosis.heading')}</h2>
      {diagnosis.boxes.length === 0 ? (
        <p>{t('popup.diagnosis.none')}</p>
      ) : (
        <ul class="bd-diagnosis">
          {diagnosis.boxes.map((box, i) => (
            <li key={i} data-surface={box.surface} data-post={box.post}>
              <span>
                {diagnosis.platform} · {box.surface} · {box.kind} ·{' '}
                {t(
                  box.foundBy === 'selector'
                    ? 'popup.diagnosis.bySelector'
                    : 'popup.diagnosis.byGeneric',
                )}
              </span>
              <br />
              <strong role={box.post === 'none' ? 'alert' : undefined}>
                {t(
                  box.post === 'selector'
                    ? 'popup.diagnosis.postFound'
                    : box.post === 'semantic'
                      ? 'popup.diagnosis.postByName'
                      : 'popup.diagnosis.postMissing',
                )}
              </strong>
            </li>
          ))}
        </ul>
      )}
      <p class="bd-muted">{t('popup.diagnosis.note')}</p>
      <button
        type="button"
        data-action="copy-diagnosis"
        onClick={() =>
          void onCopy(report).then(
            (ok) => setCopy(ok ? 'copied' : 'failed'),
            () => setCopy('failed'),
          )
        }
      >
        {t('popup.diagnosis.copy')}
      </button>
      {copy !== 'idle' && (
        <p role="status">
          {t(copy === 'copied' ? 'popup.diagnosis.copied' : 'popup.diagnosis.copyFailed')}
        </p>
      )}
      <details>
        <summary>{t('popup.diagnosis.copy')}</summary>
        <pre data-testid="diagnosis-report">{report}</pre>
      </details>
    </section>
  );
}
