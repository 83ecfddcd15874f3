import { useState } from 'preact/hooks';
import type { ParkedDraft } from '@/core/messages';
import { platforms } from '@/core/platforms';
import type { Locale } from '@/core/types';
import type { Translate } from '@/utils/i18n';

export type ParkedListProps = {
  /** The parked drafts, newest first; null while loading. */
  drafts: readonly ParkedDraft[] | null;
  /** Storage could not be read: say so, and offer the current draft for copying. */
  storageFailed: boolean;
  /** The draft in the tab's compose box, offered for copying when storage fails. */
  currentDraft: string | null;
  /** A compose box on the tab can take a draft back. */
  canRestore: boolean;
  locale: Locale;
  t: Translate;
  onCopy: (text: string) => Promise<boolean>;
  onRestore: (draft: ParkedDraft) => Promise<boolean>;
  onDelete: (draft: ParkedDraft) => void;
  onClearAll: () => void;
};

type Note = 'copied' | 'copyFailed' | 'restored' | 'restoreFailed';

const NOTE_KEY = {
  copied: 'popup.parked.copied',
  copyFailed: 'popup.contact.copyFailed',
  restored: 'popup.parked.restored',
  restoreFailed: 'popup.parked.restoreFailed',
} as const;

/** Parked drafts: copy, put back into the compose box, delete one, delete all (confirmed). */
export function ParkedList(props: ParkedListProps) {
  const { drafts, t } = props;
  const [confirming, setConfirming] = useState(false);
  const [notes, setNotes] = useState<Record<string, Note>>({});
  const note = (id: string, value: Note) => setNotes((all) => ({ ...all, [id]: value }));
  const when = new Intl.DateTimeFormat(props.locale, { dateStyle: 'medium', timeStyle: 'short' });
  const platformName = (d: ParkedDraft) =>
    platforms.find((p) => p.id === d.platform)?.name ?? t('popup.parked.otherSite');

  return (
    <section class="bd-section" aria-labelledby="bd-parked-heading" data-testid="parked">
      <h2 id="bd-parked-heading">{t('popup.parked.heading')}</h2>
      {props.storageFailed && (
        <div role="alert" class="bd-alert">
          <p>{t('popup.parked.storageError')}</p>
          {props.currentDraft?.trim() && (
            <>
              <textarea
                readOnly
                rows={3}
                value={props.currentDraft}
                aria-label={t('popup.parked.copyDraft')}
              />
              <button
                type="button"
                onClick={() =>
                  void props
                    .onCopy(props.currentDraft ?? '')
                    .then((ok) => note('', ok ? 'copied' : 'copyFailed'))
                }
              >
                {t('popup.parked.copyDraft')}
              </button>
              {notes[''] && <p role="status">{t(NOTE_KEY[notes['']])}</p>}
            </>
          )}
        </div>
      )}
      {drafts?.length === 0 && !props.storageFailed && (
        <p class="bd-muted">{t('popup.parked.none')}</p>
      )}
      {drafts && drafts.length > 0 && (
        <>
          <ul class="bd-parked">
            {drafts.map((d) => (
              <li key={d.id} data-parked-id={d.id}>
                <p class="bd-muted">
                  {platformName(d)},{' '}
                  <time dateTime={new Date(d.createdAt).toISOString()}>
                    {when.format(d.createdAt)}
                  </time>
                </p>
                <p class="bd-parked-text">{d.text}</p>
                <div class="bd-actions">
                  <button
                    type="button"
                    onClick={() =>
                      void props
                        .onCopy(d.text)
                        .then((ok) => note(d.id, ok ? 'copied' : 'copyFailed'))
                    }
                  >
                    {t('popup.parked.copy')}
                  </button>
                  <button
                    type="button"
                    disabled={!props.canRestore}
                    title={props.canRestore ? undefined : t('popup.parked.noBox')}
                    onClick={() =>
                      void props
                        .onRestore(d)
                        .then((ok) => note(d.id, ok ? 'restored' : 'restoreFailed'))
                    }
                  >
                    {t('popup.parked.restore')}
                  </button>
                  <button type="button" onClick={() => props.onDelete(d)}>
                    {t('popup.parked.delete')}
                  </button>
                </div>
                {notes[d.id] && <p role="status">{t(NOTE_KEY[notes[d.id]!])}</p>}
              </li>
            ))}
          </ul>
          {!props.canRestore && <p class="bd-muted">{t('popup.parked.noBox')}</p>}
          {confirming ? (
            <div role="alertdialog" aria-labelledby="bd-confirm-clear" class="bd-confirm">
              <p id="bd-confirm-clear">{t('popup.parked.confirmClear', { n: drafts.length })}</p>
              <button
                type="button"
                class="bd-danger"
                onClick={() => {
                  setConfirming(false);
                  props.onClearAll();
                }}
              >
                {t('popup.parked.confirmYes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('popup.parked.cancel')}
              </button>
            </div>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              {t('popup.parked.clearAll')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
