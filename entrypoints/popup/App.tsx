import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ContactForm } from '@/components/ContactForm';
import { ParkedList } from '@/components/ParkedList';
import { PopupDiagnosis } from '@/components/PopupDiagnosis';
import { PopupStatus, type TabView } from '@/components/PopupStatus';
import { PopupTry } from '@/components/PopupTry';
import { PopupWeek } from '@/components/PopupWeek';
import type { ParkedDraft, Response } from '@/core/messages';
import type { Settings } from '@/core/settings';
import { siteState } from '@/core/siteState';
import { setSitePaused } from '@/core/sites';
import type { Config } from '@/core/config';
import type { Finding, Locale } from '@/core/types';
import { wordedFindings } from '@/core/i18n';
import { translator } from '@/utils/i18n';
import { askTab, send } from '@/utils/messaging';
import {
  loadConfig,
  localeOf,
  onConfigChanged,
  quickSettings,
  updateSettings,
} from '@/utils/settings';
import { copyText, describeTab, enableSite, openOptions, targetTab, type TargetTab } from './glue';

/** The popup: this tab's status, contact the leidinggevende, parked drafts, this week, try it. */
export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tab, setTab] = useState<TargetTab>({ id: undefined, url: undefined });
  const [view, setView] = useState<TabView>({ kind: 'loading' });
  const [status, setStatus] = useState<Response<'tabStatus'> | null>(null);
  const [enableResult, setEnableResult] = useState<'enabled' | 'denied' | null>(null);
  const [parked, setParked] = useState<ParkedDraft[] | null>(null);
  const [storageFailed, setStorageFailed] = useState(false);
  const [week, setWeek] = useState<Response<'weekStats'> | null>(null);
  const [diagnosis, setDiagnosis] = useState<Response<'diagnose'> | null>(null);
  const [locked, setLocked] = useState<Config['locked']>([]);
  // The content script's "active" is read once, as the popup opens: after the user toggles
  // the switch here, the settings alone say what is true until the popup opens again.
  const [toggled, setToggled] = useState(false);

  const refreshParked = useCallback(async () => {
    try {
      setParked((await send('listParked', {})).drafts);
      setStorageFailed(false);
    } catch {
      setStorageFailed(true); // the drafts stay where they are; the message says so
    }
  }, []);

  useEffect(() => {
    let full = false; // the settings in force win over the quick first read
    void quickSettings().then((quick) => !full && setSettings(quick));
    const apply = (config: Config) => {
      full = true;
      setSettings(config.settings);
      setLocked(config.locked);
    };
    void loadConfig().then(apply);
    const stop = onConfigChanged(apply);
    void refreshParked();
    send('weekStats', {}).then(setWeek, () => setWeek(null));
    void (async () => {
      const target = await targetTab();
      setTab(target);
      const described = await describeTab(target);
      setView(described.view);
      setStatus(described.status);
      // What the content script sees on the tab (only where one answered).
      if (described.status && target.id !== undefined)
        askTab(target.id, 'diagnose', {}).then(setDiagnosis, () => setDiagnosis(null));
    })();
    return stop;
  }, [refreshParked]);

  if (!settings) return <main class="bd-popup" aria-busy="true" />;
  const locale: Locale = localeOf(settings);
  const t = translator(locale);
  const host = status ? new URL(status.url).hostname : '';
  const state = status
    ? siteState({
        host,
        platform: status.platform,
        config: { settings, locked },
        reportedActive: toggled ? null : status.active,
      })
    : 'active';

  const setPaused = async (next: boolean) => {
    setToggled(true);
    const { user } = await loadConfig();
    await updateSettings({ pausedSites: setSitePaused(user.pausedSites, host, next) });
  };

  const restore = async (draft: ParkedDraft): Promise<boolean> => {
    if (tab.id === undefined) return false;
    try {
      return (await askTab(tab.id, 'insertDraft', { text: draft.text })).ok;
    } catch {
      return false;
    }
  };

  const mutate = (work: Promise<unknown>) =>
    void work.then(refreshParked, () => setStorageFailed(true));

  return (
    <main class="bd-popup" lang={locale}>
      <h1>{t('extName')}</h1>
      <PopupStatus
        view={view}
        state={state}
        enableResult={enableResult}
        t={t}
        onPausedChange={(next) => void setPaused(next)}
        onOpenOptions={openOptions}
        onEnable={() =>
          void enableSite(tab).then((ok) => setEnableResult(ok ? 'enabled' : 'denied'))
        }
      />
      <ContactForm
        locale={locale}
        t={t}
        leader={settings.leidinggevende}
        userName={settings.name}
        draft={status?.draft ?? null}
        url={status?.url ?? tab.url ?? ''}
        platformName={status && status.platform !== 'other' ? status.platformName : null}
        onOpenOptions={openOptions}
        onCopy={copyText}
      />
      <ParkedList
        drafts={parked}
        storageFailed={storageFailed}
        currentDraft={status?.draft ?? null}
        canRestore={status !== null && status.active && status.draft !== null}
        locale={locale}
        t={t}
        onCopy={copyText}
        onRestore={restore}
        onDelete={(draft) => mutate(send('deleteParked', { id: draft.id }))}
        onClearAll={() => mutate(send('clearParked', {}))}
      />
      {diagnosis && <PopupDiagnosis diagnosis={diagnosis} t={t} onCopy={copyText} />}
      {week && <PopupWeek stats={week} t={t} />}
      <Try locale={locale} t={t} />
      <nav class="bd-popup-links">
        <a href={browser.runtime.getURL('/oefenen.html')} target="_blank" rel="noopener">
          {t('popup.linkPractice')}
        </a>{' '}
        <a
          href="#"
          onClick={(e) => {
            e.preventDefault();
            openOptions();
          }}
        >
          {t('popup.linkOptions')}
        </a>
      </nav>
    </main>
  );
}

/** The try-a-text box: runs the text past the worker's rules as the user types. */
function Try({ locale, t }: { locale: Locale; t: ReturnType<typeof translator> }) {
  const [text, setText] = useState('');
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [failed, setFailed] = useState(false);
  const seq = useRef(0);

  useEffect(() => {
    if (text.trim() === '') {
      setFindings(null);
      return;
    }
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      send('analyze', { seq: mine, draft: { text, platform: 'other' } })
        .then((answer) => {
          // The worker's messages come as keys (core/i18n/say.ts): worded in the popup's language.
          if (answer.seq === seq.current) setFindings(wordedFindings(answer.findings, locale));
          setFailed(false);
        })
        .catch(() => setFailed(true));
    }, 120);
    return () => clearTimeout(timer);
  }, [text, locale]);

  return <PopupTry text={text} findings={findings} failed={failed} t={t} onText={setText} />;
}
