import type { Translate } from '@/utils/i18n';
import { SetBySchool } from './SetBySchool';

/** X's limit: above it, the short disclaimer is used there. */
const X_LIMIT = 280;

export type DisclaimerFieldProps = {
  id: string;
  label: string;
  /** What the user typed ('' = the pack's text). */
  value: string;
  /** The pack's text, used when the field is empty. */
  fallback: string;
  /** Set by the school: shown, not editable. */
  locked: boolean;
  /** The problem with the value, from the last save. */
  error?: string | undefined;
  /** Warn when the disclaimer plus a typical post passes X's limit. */
  warnOverX?: boolean;
  t: Translate;
  onInput: (value: string) => void;
};

/** One disclaimer text with a live preview under a sample post and its length in characters. */
export function DisclaimerField(props: DisclaimerFieldProps) {
  const { id, label, value, fallback, locked, error, t } = props;
  const text = value.trim() || fallback;
  const length = [...text].length;
  const over = props.warnOverX && length > X_LIMIT;
  return (
    <div class="bd-field">
      <label for={id}>
        {label} {locked && <SetBySchool t={t} />}
      </label>
      <textarea
        id={id}
        rows={3}
        value={value}
        placeholder={fallback}
        disabled={locked}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ''}`}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      <p
        id={`${id}-count`}
        class={over ? 'bd-count bd-over' : 'bd-count'}
        data-testid={`${id}-count`}
      >
        {t(over ? 'options.charsOverX' : 'options.chars', { n: length })}
      </p>
      {error && (
        <p id={`${id}-error`} class="bd-error" role="alert">
          {error}
        </p>
      )}
      <figure class="bd-preview">
        <figcaption>{t('options.disclaimerPreview')}</figcaption>
        <p class="bd-preview-post" data-testid={`${id}-preview`}>
          {t('options.disclaimerSample')}
          {'\n\n'}
          {text}
        </p>
      </figure>
    </div>
  );
}
