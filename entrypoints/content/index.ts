import type { COUNTED_EVENTS } from '@/core/messages';
import { defaultPolicy } from '@/core/policy/musselhorst';
import { defaultMatches, platformForHost, platformForPage } from '@/core/platforms';
import { defaultSettings, platformOn, type Settings } from '@/core/settings';
import { siteKey } from '@/core/sites';
import { translator } from '@/core/i18n'; // the core's text only: pages' text stays out
import { activePolicy, onPolicyChanged } from '@/utils/policy';
import { badgeReporter } from '@/utils/badge';
import { listen, send } from '@/utils/messaging';
import { loadSettings, localeOf, onSettingsChanged, quickSettings } from '@/utils/settings';
import { browser } from 'wxt/browser';
import { createAnalyzer } from './analyzer';
import { SubmitGuard } from '@/compose/nudge';
import { reminderCounter } from '@/compose/reminderCount';
import { SiteSwitch } from './sitePause';
import { tabMessageListener } from './tabMessages';
import { ComposeWatcher } from '@/compose/watcher';

export default defineContentScript({
  // The covered platforms; sites the user enables get this script registered at run time.
  matches: [...defaultMatches],
  runAt: 'document_idle',
  async main(ctx) {
    const platform = platformForHost(location.hostname) ?? platformForPage(document);
    let settings: Settings = defaultSettings;
    // The disclaimer in force (the user's or school's own texts are applied to the pack).
    let disclaimer = defaultPolicy.disclaimer;
    // The protocol's own words per article, from the pack in force (updated in place).
    const articles = { ...defaultPolicy.articles };
    // Counts are numbers only; a worker that cannot count must not disturb the page.
    const count = (event: (typeof COUNTED_EVENTS)[number]) =>
      void send('count', { event }).catch(() => undefined);
    // Article 8: the contact form for the leidinggevende, quoting this tab's draft.
    const contact = () => void send('openContact', {}).catch(() => undefined);
    // The toolbar badge: open reminders over this tab's boxes, or paused (utils/badge.ts).
    const badge = badgeReporter(
      () => ({
        open: watcher.all.reduce((n, s) => n + (s.isDestroyed ? 0 : s.openFindings.length), 0),
        paused: !site.active,
      }),
      (state) => send('badge', state),
    );
    const watcher = new ComposeWatcher(platform, {
      analyzer: createAnalyzer(() => ({ role: settings.role, locale: localeOf(settings) })),
      t: () => translator(localeOf(settings)),
      articles,
      actions: ['insert-disclaimer', 'contact', 'dismiss', 'check-consent'],
      contact,
      disclaimer: () => disclaimer,
      count,
      onFindings: reminderCounter(count), // the popup's "reminders shown this week"
      onPaint: () => badge.update(),
    });
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    // Runs the watcher unless the user paused this site (popup); answers the popup either way.
    const site = new SiteSwitch(watcher, location.hostname, controller.signal);
    // Paused by the user (never by the school): known before managed storage answers.
    void quickSettings().then(({ pausedSites }) => {
      site.apply(pausedSites);
      badge.update();
    });
    // The popup's questions and the disclaimer's keyboard command (no boxes while paused).
    const tab = {
      platform,
      version: browser.runtime.getManifest().version,
      sessions: () => watcher.all,
      current: () => watcher.current(),
      active: () => site.active,
    };
    listen(tabMessageListener(tab, browser.runtime.id), controller.signal);
    // The pre-publish nudge.
    new SubmitGuard(watcher, platform, {
      t: () => translator(localeOf(settings)),
      count,
      park: (draft) => send('park', draft),
      contact,
    }).start(controller.signal);
    const setPolicy = (policy: Pick<typeof defaultPolicy, 'disclaimer' | 'articles'>) => {
      disclaimer = policy.disclaimer;
      for (const key of Object.keys(articles) as (keyof typeof articles)[]) delete articles[key];
      Object.assign(articles, policy.articles);
    };
    void activePolicy().then(setPolicy, () => undefined);
    // A new pack (imported, pushed, or the settings applied to it) judges the same words anew.
    ctx.onInvalidated(
      onPolicyChanged((policy) => {
        setPolicy(policy);
        for (const session of watcher.all) session.rejudge();
      }),
    );
    // A platform switched off in the options counts as paused here.
    const pausedHere = (s: Settings) =>
      platformOn(s, platform.id) ? s.pausedSites : [...s.pausedSites, siteKey(location.hostname)];
    settings = await loadSettings();
    site.apply(pausedHere(settings));
    badge.update();
    onSettingsChanged((next) => {
      settings = next;
      site.apply(pausedHere(next));
      badge.update();
      for (const session of watcher.all) session.rejudge(); // a new role judges differently
    });
  },
});
