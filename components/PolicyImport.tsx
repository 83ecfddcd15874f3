import { useState } from 'preact/hooks';
import type { PolicySource } from '@/core/config';
import type { Translate } from '@/utils/i18n';
import { SetBySchool } from './SetBySchool';

/** The outcome of an import, as the page shows it. */
export type ImportOutcome =
  | { ok: true; school: string }
  | { ok: false; reason: 'tooLarge' | 'notJson' | 'invalid' | 'setBySchool'; errors: string[] };

export type PolicyImportProps = {
  /** The school the pack in force is for. */
  school: string;
  source: PolicySource;
  t: Translate;
  /** Reads and imports a chosen file; nothing is changed when it is refused. */
  onImport: (file: File) => Promise<ImportOutcome>;
  onExport: () => void;
  onReset: () => Promise<void>;
};

const REFUSAL = {
  tooLarge: 'options.importTooLarge',
  notJson: 'options.importNotJson',
  invalid: 'options.importInvalid',
  setBySchool: 'options.importSetBySchool',
} as const;

const SOURCE = {
  default: 'options.policyDefault',
  user: 'options.policyUser',
  school: 'options.policySchool',
} as const;

/** The policy pack: which one is in force, load one from a JSON file, save it, or reset. */
export function PolicyImport({
  school,
  source,
  t,
  onImport,
  onExport,
  onReset,
}: PolicyImportProps) {
  const [result, setResult] = useState<ImportOutcome | { reset: true } | null>(null);
  const bySchool = source === 'school';

  const choose = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after fixing it
    if (file) setResult(await onImport(file));
  };

  return (
    <section aria-labelledby="bd-policy" class="bd-policy">
      <h2 id="bd-policy">
        {t('options.policy')} {bySchool && <SetBySchool t={t} />}
      </h2>
      <p class="bd-intro">{t('options.policyIntro')}</p>
      <p data-testid="policy-source" data-source={source}>
        {t(SOURCE[source], { school })}
      </p>
      <div class="bd-policy-actions">
        <label class={`bd-button${bySchool ? ' bd-disabled' : ''}`}>
          {t('options.policyImport')}
          <input
            type="file"
            accept="application/json,.json"
            class="bd-sr"
            disabled={bySchool}
            data-testid="policy-file"
            onChange={choose}
          />
        </label>
        <button type="button" onClick={onExport}>
          {t('options.policyExport')}
        </button>
        <button
          type="button"
          disabled={source !== 'user'}
          onClick={async () => {
            await onReset();
            setResult({ reset: true });
          }}
        >
          {t('options.policyReset')}
        </button>
      </div>
      <div role="status" aria-live="polite" data-testid="policy-result">
        {result && 'reset' in result && <p>{t('options.policyResetDone')}</p>}
        {result && 'ok' in result && result.ok && (
          <p>{t('options.policyImported', { school: result.school })}</p>
        )}
      </div>
      {result && 'ok' in result && !result.ok && (
        <div class="bd-error" role="alert" data-testid="policy-errors">
          <p>{t(REFUSAL[result.reason])}</p>
          {result.errors.length > 0 && (
            <ul>
              {result.errors.map((line) => (
                <li key={line}>
                  <code>{line}</code>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
