import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PracticeComposer } from '@/components/PracticeComposer';
import { localAnalyzer } from '@/compose/analyzer';
import { SubmitGuard } from '@/compose/nudge';
import { ComposeWatcher } from '@/compose/watcher';
import type { Config, PolicyChoice } from '@/core/config';
import type { SecondReader } from '@/core/model/reader';
import { contactMessage, mailtoUrl, safeChatUrl, telUrl } from '@/core/mailto';
import type { Policy } from '@/core/policy/schema';
import type { PlatformId, Role } from '@/core/types';
import { translator, uiLocale } from '@/utils/i18n';
import { activePolicy, loadPolicyState, onPolicyChanged } from '@/utils/policy';
import { send } from '@/utils/messaging';
import { loadSecondReader } from '@/utils/secondReader';
import { loadConfig, localeOf, onConfigChanged } from '@/utils/settings';
import { practiceBoxes, practiceExamples, practicePlatform } from './boxes';

/** What the page judges with; the second reader is absent when its weights could not be read. */
type Loaded = {
  config: Config;
  choice: PolicyChoice;
  policy: Policy;
  secondReader: SecondReader | undefined;
};
type Draft = { text: string; media: boolean };
type Posted = { id: number; platform: string; text: string };

/**
 * The practice page "Oefenen": compose boxes styled after each platform, run by the same
 * compose-box framework as the sites (`compose/`: watcher, box session, panel, marks,
 * disclaimer insert, nudge), with an analyzer that runs `analyze` here with the same pack and
 * settings. This page only wires it up. Nothing typed here is posted or sent; parking stores
 * it only when asked.
 */
export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [boxId, setBoxId] = useState<PlatformId>(practiceBoxes[0]!.platform.id);
  const [drafts, setDrafts] = useState<Partial<Record<PlatformId, Draft>>>({});
  const [practiceRole, setPracticeRole] = useState<Role | null>(null);
  const [contactOpen, setContactOpen] = useState(false);
  const [feed, setFeed] = useState<Posted[]>([]);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const watcher = useRef<ComposeWatcher | null>(null);

  useEffect(() => {
    const reload = () =>
      void Promise.all([loadConfig(), loadPolicyState(), activePolicy(), loadSecondReader()]).then(
        ([config, choice, policy, secondReader]) =>
          setLoaded({ config, choice, policy, secondReader }),
      );
    reload();
    const stops = [onConfigChanged(reload), onPolicyChanged(reload)];
    return () => stops.forEach((stop) => stop());
  }, []);

  const box = practiceBoxes.find((b) => b.platform.id === boxId) ?? practiceBoxes[0]!;
  const draft = drafts[boxId] ?? { text: '', media: false };
  const settings = loaded?.config.settings;
  const locale = settings ? localeOf(settings) : uiLocale();
  const role = practiceRole ?? settings?.role ?? 'medewerker';
  const t = translator(locale);

  // What the pipeline reads when it judges: always this render's values.
  const live = useRef({ loaded, role, locale });
  live.current = { loaded, role, locale };

  // The practice box's own watcher and nudge, as the content script runs them on a site,
  // for the box shown (a new box, a new pipeline).
  useEffect(() => {
    if (!loaded) return;
    const controller = new AbortController();
    const platform = practicePlatform(box);
    const t = () => translator(live.current.locale);
    const contact = () => setContactOpen(true);
    const boxWatcher = new ComposeWatcher(platform, {
      analyzer: localAnalyzer(() => ({
        policy: live.current.loaded?.policy,
        role: live.current.role,
        locale: live.current.locale,
        secondReader: live.current.loaded?.secondReader,
      })),
      t,
      articles: loaded.policy.articles,
      actions: ['insert-disclaimer', 'contact', 'check-consent', 'dismiss'],
      disclaimer: () => (live.current.loaded ?? loaded).policy.disclaimer,
      contact,
    });
    boxWatcher.start(controller.signal);
    new SubmitGuard(boxWatcher, platform, {
      t,
      park: (parked) => send('park', parked),
      contact,
    }).start(controller.signal);
    watcher.current = boxWatcher;
    return () => controller.abort();
  }, [loaded, boxId]);

  // Text this page set (an example, an emptied box after posting), the photo and the role are
  // no typing: the session is told to read and judge again.
  useEffect(() => {
    for (const session of watcher.current?.all ?? []) session.rejudge();
  }, [draft.text, draft.media, role, locale, loaded]);

  if (!loaded) return <p class="bd-page">{t('options.loading')}</p>;
  document.documentElement.lang = locale;
  document.title = `${t('oefenen.title')} · ${t('extName')}`;
  const { config } = loaded;

  const setDraft = (next: Partial<Draft>) =>
    setDrafts((all) => ({ ...all, [boxId]: { ...draft, ...next } }));

  // Reached only when the nudge let the press through (or there was nothing to ask).
  const post = () => {
    setFeed((list) => [{ id: Date.now(), platform: box.platform.name, text: draft.text }, ...list]);
    setDraft({ text: '', media: false });
  };

  const loadExample = (example: (typeof practiceExamples)[number]) => {
    setDraft({ text: t(example.text), media: example.media });
    textarea.current?.focus();
  };

  return (
    <main class="bd-page bd-practice">
      <header class="bd-page-header">
        <h1>
          {t('extName')} · {t('oefenen.title')}
        </h1>
        <p>{t('oefenen.intro')}</p>
      </header>

      <section class="bd-toolbar" aria-label={t('oefenen.sites')}>
        <div class="bd-tabs" role="group" aria-label={t('oefenen.sites')}>
          {practiceBoxes.map((b) => (
            <button
              type="button"
              key={b.platform.id}
              aria-pressed={b.platform.id === boxId}
              data-platform={b.platform.id}
              onClick={() => {
                setBoxId(b.platform.id);
                setContactOpen(false);
              }}
            >
              {b.platform.name}
            </button>
          ))}
        </div>
        <fieldset class="bd-tabs">
          <legend class="bd-sr">{t('oefenen.roleLabel')}</legend>
          <span aria-hidden="true">{t('oefenen.roleLabel')}:</span>
          {(['medewerker', 'leidinggevende'] as const).map((r) => (
            <label key={r} class="bd-choice">
              <input
                type="radio"
                name="practice-role"
                value={r}
                checked={role === r}
                onChange={() => setPracticeRole(r)}
              />
              {t(r === 'medewerker' ? 'options.roleMedewerker' : 'options.roleLeidinggevende')}
            </label>
          ))}
        </fieldset>
        <div class="bd-examples" role="group" aria-label={t('oefenen.examples')}>
          <span aria-hidden="true">{t('oefenen.examples')}:</span>
          {practiceExamples.map((example) => (
            <button
              type="button"
              key={example.id}
              data-example={example.id}
              onClick={() => loadExample(example)}
            >
              {t(example.label)}
            </button>
          ))}
        </div>
      </section>

      <div class="bd-stage">
        <div>
          <PracticeComposer
            key={box.platform.id}
            platform={box.platform}
            surface={box.surface}
            text={draft.text}
            hasMedia={draft.media}
            userName={settings?.name ?? ''}
            t={t}
            textareaRef={textarea}
            onText={(text) => setDraft({ text })}
            onToggleMedia={() => setDraft({ media: !draft.media })}
            onPost={post}
          />
          {contactOpen && (
            <Contact
              config={config}
              text={draft.text}
              platformName={box.platform.name}
              t={t}
              locale={locale}
              onClose={() => setContactOpen(false)}
            />
          )}
        </div>
      </div>

      <section aria-labelledby="bd-feed">
        <h2 id="bd-feed">{t('oefenen.feed')}</h2>
        <div role="status" aria-live="polite" data-testid="practice-status">
          {feed.length > 0 && t('oefenen.posted')}
        </div>
        <ul class="bd-feed" data-testid="practice-feed">
          {feed.map((p) => (
            <li key={p.id}>
              <strong>{p.platform}</strong>
              {'\n'}
              {p.text}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

/** The leidinggevende's contact card: mail with the draft quoted, call, chat; or how to set one. */
function Contact(props: {
  config: Config;
  text: string;
  platformName: string;
  t: ReturnType<typeof translator>;
  locale: ReturnType<typeof uiLocale>;
  onClose: () => void;
}) {
  const { config, t } = props;
  const leader = config.settings.leidinggevende;
  const known = leader.name.trim() !== '' || leader.email !== '';
  const message = contactMessage(props.locale, {
    leaderName: leader.name,
    userName: config.settings.name,
    question: '',
    draft: props.text,
    url: '',
    platformName: props.platformName,
  });
  const tel = leader.phone ? telUrl(leader.phone) : null;
  const chat = safeChatUrl(leader.chatUrl);
  return (
    <section class="bd-contact" aria-labelledby="bd-contact-title" data-testid="practice-contact">
      <h2 id="bd-contact-title">{t('oefenen.contactTitle')}</h2>
      {known ? (
        <>
          <p>{leader.name}</p>
          <div class="bd-contact-links">
            {leader.email && (
              <a class="bd-button bd-primary" href={mailtoUrl({ to: leader.email, ...message })}>
                {t('oefenen.contactMail')}
              </a>
            )}
            {tel && (
              <a class="bd-button" href={tel}>
                {t('oefenen.contactCall')}
              </a>
            )}
            {chat && (
              <a class="bd-button" href={chat} target="_blank" rel="noopener noreferrer">
                {t('oefenen.contactChat')}
              </a>
            )}
          </div>
        </>
      ) : (
        <p>
          {t('oefenen.contactNone')}{' '}
          <a href={browser.runtime.getURL('/options.html')}>{t('oefenen.contactSetUp')}</a>
        </p>
      )}
      <button type="button" onClick={props.onClose}>
        {t('oefenen.close')}
      </button>
    </section>
  );
}
