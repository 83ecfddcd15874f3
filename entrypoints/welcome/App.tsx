import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Welcome } from '@/components/Welcome';
import type { Config, PolicyChoice } from '@/core/config';
import { translator, uiLocale } from '@/utils/i18n';
import { loadPolicyState } from '@/utils/policy';
import { loadConfig, localeOf, onConfigChanged, updateSettings } from '@/utils/settings';

/** The first-run welcome: loads the settings, then the three steps. */
export function App() {
  const [state, setState] = useState<{ config: Config; choice: PolicyChoice } | null>(null);
  useEffect(() => {
    const reload = () =>
      void Promise.all([loadConfig(), loadPolicyState()]).then(([config, choice]) =>
        setState({ config, choice }),
      );
    reload();
    // The school's values can arrive a moment later (see readManagedStorage).
    return onConfigChanged(reload);
  }, []);
  if (!state) return <p class="bd-page">{translator(uiLocale())('options.loading')}</p>;
  const locale = localeOf(state.config.settings);
  const t = translator(locale);
  document.documentElement.lang = locale;
  document.title = `${t('welcome.title')}`;
  return (
    <Welcome
      config={state.config}
      school={state.choice.policy.school.name}
      t={t}
      onSave={updateSettings}
      practiceUrl={browser.runtime.getURL('/oefenen.html')}
      optionsUrl={browser.runtime.getURL('/options.html')}
    />
  );
}
