import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ConfigNotices } from '@/components/ConfigNotices';
import { OptionsForm } from '@/components/OptionsForm';
import { PolicyImport, type ImportOutcome } from '@/components/PolicyImport';
import type { Config } from '@/core/config';
import { platforms } from '@/core/platforms';
import { translator, uiLocale } from '@/utils/i18n';
import {
  importPolicy,
  loadPolicyState,
  onPolicyChanged,
  policyJson,
  resetPolicy,
  type PolicyChoice,
} from '@/utils/policy';
import { loadConfig, localeOf, onConfigChanged, updateSettings } from '@/utils/settings';

type State = { config: Config; choice: PolicyChoice };

const platformChoices = platforms.map(({ id, name, defaultOn }) => ({ id, name, defaultOn }));

/** Offers `text` as a file download (the exported pack). */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The options page: loads settings and pack, keeps them fresh, wires the components. */
export function App() {
  const [state, setState] = useState<State | null>(null);

  useEffect(() => {
    const reload = () =>
      void Promise.all([loadConfig(), loadPolicyState()]).then(([config, choice]) =>
        setState({ config, choice }),
      );
    reload();
    const stopConfig = onConfigChanged(reload);
    const stopPolicy = onPolicyChanged(reload);
    return () => {
      stopConfig();
      stopPolicy();
    };
  }, []);

  if (!state) return <p class="bd-page">{translator(uiLocale())('options.loading')}</p>;
  const { config, choice } = state;
  const locale = localeOf(config.settings);
  const t = translator(locale);
  document.documentElement.lang = locale;
  document.title = `${t('options.title')} · ${t('extName')}`;
  const school = choice.policy.school.name;

  const onImport = async (file: File): Promise<ImportOutcome> => {
    const result = await importPolicy(await file.text());
    return result.ok ? { ok: true, school: result.policy.school.name } : result;
  };

  return (
    <main class="bd-page">
      <header class="bd-page-header">
        <h1>
          {t('extName')} · {t('options.title')}
        </h1>
        <p>{t('options.intro', { school })}</p>
        <nav class="bd-links">
          <a href={browser.runtime.getURL('/oefenen.html')}>{t('options.openPractice')}</a>
          <a href={browser.runtime.getURL('/welcome.html')}>{t('options.openWelcome')}</a>
          <a href={browser.runtime.getURL('/privacy.html')}>{t('options.openPrivacy')}</a>
        </nav>
      </header>
      <ConfigNotices notices={[...config.notices, ...choice.notices]} t={t} />
      <OptionsForm
        config={config}
        policy={choice.policy}
        platforms={platformChoices}
        t={t}
        onSave={(patch) => updateSettings(patch)}
      />
      <PolicyImport
        school={school}
        source={choice.source}
        t={t}
        onImport={onImport}
        onExport={() => download(`${choice.policy.id}.json`, policyJson(choice))}
        onReset={resetPolicy}
      />
    </main>
  );
}
