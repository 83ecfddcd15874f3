import type { SiteState } from '@/core/siteState';
import type { Translate } from '@/utils/i18n';

/** What the popup knows about the current tab. */
export type TabView =
  | { kind: 'loading' }
  /** The content script answered: Bedenk dat runs here (or is paused). */
  | { kind: 'covered'; site: string; platformName: string; openReminders: number }
  /** A covered site whose page was opened before the extension was (re)loaded. */
  | { kind: 'reload'; site: string }
  /** A web site Bedenk dat does not watch: it can be enabled. */
  | { kind: 'notCovered'; site: string }
  /** A browser page, or a tab whose address we may not see. */
  | { kind: 'unsupported' };

export type PopupStatusProps = {
  view: TabView;
  /** Whether Bedenk dat checks here, or who switched it off (core/siteState.ts). */
  state: SiteState;
  /** What came of "enable on this site", once asked. */
  enableResult: 'enabled' | 'denied' | null;
  t: Translate;
  onPausedChange: (paused: boolean) => void;
  onEnable: () => void;
  onOpenOptions: () => void;
};

/** The current tab: platform recognised or not, open reminders, the pause switch, enable. */
export function PopupStatus({ view, state, enableResult, t, ...on }: PopupStatusProps) {
  const paused = state === 'paused';
  return (
    <section class="bd-section" aria-labelledby="bd-status-heading" data-testid="tab-status">
      <h2 id="bd-status-heading">{t('popup.status.heading')}</h2>
      {view.kind === 'loading' && <p>{t('popup.status.loading')}</p>}
      {view.kind === 'covered' && (
        <>
          <p data-state={state}>
            {state === 'paused' && t('popup.status.paused', { site: view.site })}
            {state === 'active' && t('popup.status.covered', { platform: view.platformName })}
            {state === 'offBySchool' &&
              t('popup.status.offBySchool', { platform: view.platformName })}
            {state === 'offInOptions' &&
              t('popup.status.offInOptions', { platform: view.platformName })}
            {state === 'notChecked' && t('popup.status.notChecked')}
          </p>
          {state === 'offInOptions' && (
            <button type="button" onClick={on.onOpenOptions}>
              {t('popup.status.toOptions')}
            </button>
          )}
          {state === 'active' && (
            <p class="bd-reminders" data-open-reminders={view.openReminders}>
              {view.openReminders === 0
                ? t('popup.status.remindersNone')
                : view.openReminders === 1
                  ? t('popup.status.remindersOne')
                  : t('popup.status.remindersMany', { n: view.openReminders })}
            </p>
          )}
          {/* The pause switch only where it decides: not over a platform switched off. */}
          {(state === 'active' || state === 'paused' || state === 'notChecked') && (
            <label class="bd-switch">
              <input
                type="checkbox"
                role="switch"
                checked={!paused}
                onChange={(e) => on.onPausedChange(!e.currentTarget.checked)}
              />{' '}
              {t('popup.status.switch', { site: view.site })}
            </label>
          )}
        </>
      )}
      {view.kind === 'reload' && <p>{t('popup.status.reload')}</p>}
      {view.kind === 'notCovered' && (
        <>
          <p>{t('popup.status.notCovered', { site: view.site })}</p>
          {enableResult !== 'enabled' && (
            <button type="button" onClick={on.onEnable}>
              {t('popup.status.enable')}
            </button>
          )}
          {enableResult !== null && (
            <p role="status">
              {t(enableResult === 'enabled' ? 'popup.status.enabled' : 'popup.status.enableDenied')}
            </p>
          )}
        </>
      )}
      {view.kind === 'unsupported' && <p>{t('popup.status.unsupported')}</p>}
    </section>
  );
}
