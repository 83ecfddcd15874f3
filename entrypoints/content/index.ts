import { defaultPolicy } from '@/core/policy/musselhorst';
import { defaultMatches, platformForHost, platformForPage } from '@/core/platforms';
import { defaultSettings, type Settings } from '@/core/settings';
import { translator } from '@/utils/i18n';
import { loadSettings, localeOf, onSettingsChanged } from '@/utils/settings';
import { createAnalyzer } from './analyzer';
import { ComposeWatcher } from './watcher';

export default defineContentScript({
  // The covered platforms; sites the user enables get this script registered at run time.
  matches: [...defaultMatches],
  runAt: 'document_idle',
  async main(ctx) {
    const platform = platformForHost(location.hostname) ?? platformForPage(document);
    let settings: Settings = defaultSettings;
    const watcher = new ComposeWatcher(platform, {
      analyzer: createAnalyzer(() => ({ role: settings.role, locale: localeOf(settings) })),
      t: () => translator(localeOf(settings)),
      articles: defaultPolicy.articles,
      actions: ['dismiss', 'check-consent'],
    });
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    watcher.start(controller.signal);
    settings = await loadSettings();
    onSettingsChanged((next) => {
      settings = next;
      for (const session of watcher.all) session.schedule();
    });
  },
});
