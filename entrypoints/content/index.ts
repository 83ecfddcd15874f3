import { defaultPolicy } from '@/core/policy/musselhorst';
import { platformForHost, platforms } from '@/core/platforms';
import { defaultSettings, type Settings } from '@/core/settings';
import { translator } from '@/utils/i18n';
import { loadSettings, localeOf, onSettingsChanged } from '@/utils/settings';
import { createAnalyzer } from './analyzer';
import { ComposeWatcher } from './watcher';

/** Match patterns of the platforms that are on by default (fixed hosts). */
const matches = platforms
  .filter((p) => p.defaultOn)
  .flatMap((p) => p.hosts.map((host) => `https://${host}/*`));

export default defineContentScript({
  matches,
  runAt: 'document_idle',
  async main(ctx) {
    const platform = platformForHost(location.hostname);
    if (!platform) return;
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
