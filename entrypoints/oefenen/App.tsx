import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NudgeDialog, type NudgeAction } from '@/components/NudgeDialog';
import { PracticeComposer } from '@/components/PracticeComposer';
import { ReminderPanel, type PanelAction, type PanelNotice } from '@/components/ReminderPanel';
import { analyze } from '@/core/analyze';
import type { Config, PolicyChoice } from '@/core/config';
import { secondReader } from '@/core/model';
import { planDisclaimer } from '@/core/disclaimer';
import { contactMessage, mailtoUrl, safeChatUrl, telUrl } from '@/core/mailto';
import type { Policy } from '@/core/policy/schema';
import { isWarningOrStop, type Finding, type PlatformId, type Role } from '@/core/types';
import { translator, uiLocale } from '@/utils/i18n';
import { activePolicy, loadPolicyState, onPolicyChanged } from '@/utils/policy';
import { send } from '@/utils/send';
import { loadConfig, localeOf, onConfigChanged } from '@/utils/settings';
import nudgeCss from '@/compose/nudge.css?inline';
import panelCss from '@/compose/panel.css?inline';
import { practiceBoxes, practiceExamples } from './boxes';
import { ShadowHost } from './ShadowHost';

type Loaded = { config: Config; choice: PolicyChoice; policy: Policy };
type Draft = { text: string; media: boolean };
type Posted = { id: number; platform: string; text: string };

const HOST_CSS = ':host{all:initial !important;}\n';
const theme = () => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

/**
 * The practice page "Oefenen": compose boxes styled after each platform, judged by the same
 * analyze, pack and settings as on the sites, with the same panel, disclaimer insert and
 * nudge. Nothing typed here is posted or sent; parking stores it only when asked.
 */
export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [boxId, setBoxId] = useState<PlatformId>(practiceBoxes[0]!.platform.id);
  const [drafts, setDrafts] = useState<Partial<Record<PlatformId, Draft>>>({});
  const [practiceRole, setPracticeRole] = useState<Role | null>(null);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [collapsed, setCollapsed] = useState(false);
  const [notice, setNotice] = useState<PanelNotice | null>(null);
  const [nudge, setNudge] = useState<{ park: 'idle' | 'busy' | 'done' | 'failed' } | null>(null);
  const [contactOpen, setContactOpen] = useState(false);
  const [feed, setFeed] = useState<Posted[]>([]);
  const textarea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const reload = () =>
      void Promise.all([loadConfig(), loadPolicyState(), activePolicy()]).then(
        ([config, choice, policy]) => setLoaded({ config, choice, policy }),
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

  const findings = useMemo<Finding[]>(() => {
    if (!loaded || draft.text.trim() === '') return [];
    return analyze(
      {
        text: draft.text,
        platform: box.platform.id,
        hasMedia: draft.media,
        isReply: box.surface.isReply ?? false,
      },
      { policy: loaded.policy, role, locale, secondReader },
    );
  }, [loaded, draft.text, draft.media, box, role, locale]);

  if (!loaded) return <p class="bd-page">{t('options.loading')}</p>;
  document.documentElement.lang = locale;
  document.title = `${t('oefenen.title')} · ${t('extName')}`;
  const { policy, config } = loaded;

  const keyOf = (f: Finding) =>
    `${f.ruleId}|${f.span ? draft.text.slice(f.span.start, f.span.end).toLowerCase() : ''}`;
  const visible = findings.filter((f) => !dismissed.has(keyOf(f)));
  const open = visible.filter((f) => isWarningOrStop(f.severity));

  const setDraft = (next: Partial<Draft>) =>
    setDrafts((all) => ({ ...all, [boxId]: { ...draft, ...next } }));
  const onText = (text: string) => {
    setDraft({ text });
    setNotice(null);
  };

  const insertDisclaimer = () => {
    const el = textarea.current;
    const plan = planDisclaimer(draft.text, policy.disclaimer, box.surface.maxLength);
    if (plan.kind === 'present') {
      setNotice({ tone: 'info', text: t('panel.noticePresent') });
      return;
    }
    const before = draft.text;
    if (el) {
      // Through the editing commands, as on the sites, so one Ctrl+Z takes it away again.
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
      document.execCommand('insertText', false, plan.insert);
    }
    if (!el || el.value !== before + plan.insert) setDraft({ text: before + plan.insert });
    const max = box.surface.maxLength ?? 0;
    setNotice(
      plan.version === 'long'
        ? { tone: 'info', text: t('panel.noticeInserted') }
        : plan.over === 0
          ? { tone: 'info', text: t('panel.noticeShort', { max }) }
          : { tone: 'warning', text: t('panel.noticeTooLong', { over: plan.over, max }) },
    );
  };

  const onAction = (finding: Finding, action: PanelAction) => {
    if (action === 'insert-disclaimer') insertDisclaimer();
    else if (action === 'contact') setContactOpen(true);
    else setDismissed(new Set([...dismissed, keyOf(finding)]));
  };

  const post = () => {
    setFeed((list) => [{ id: Date.now(), platform: box.platform.name, text: draft.text }, ...list]);
    setDraft({ text: '', media: false });
    setNotice(null);
    setNudge(null);
  };

  const onNudge = (action: NudgeAction) => {
    if (action === 'post-anyway') post();
    else if (action === 'cancel') {
      setNudge(null);
      textarea.current?.focus();
    } else {
      setNudge({ park: 'busy' });
      send('park', {
        text: draft.text,
        platform: box.platform.id,
        url: location.href,
        findings: open,
      }).then(
        () => setNudge({ park: 'done' }),
        () => setNudge({ park: 'failed' }),
      );
    }
  };

  const loadExample = (example: (typeof practiceExamples)[number]) => {
    setDraft({ text: t(example.text), media: example.media });
    setNotice(null);
    setDismissed(new Set());
    setCollapsed(false);
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
                setNotice(null);
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
            platform={box.platform}
            surface={box.surface}
            text={draft.text}
            hasMedia={draft.media}
            userName={settings?.name ?? ''}
            t={t}
            textareaRef={textarea}
            onText={onText}
            onToggleMedia={() => setDraft({ media: !draft.media })}
            onPost={() => (open.length > 0 ? setNudge({ park: 'idle' }) : post())}
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
        <ShadowHost
          tag="bedenk-dat-panel"
          css={HOST_CSS + panelCss}
          attrs={{ 'data-state': visible.length > 0 ? 'findings' : 'clean' }}
        >
          <div class="bd-root" data-theme={theme()}>
            <ReminderPanel
              findings={visible}
              text={draft.text}
              articles={policy.articles}
              collapsed={collapsed}
              actions={['insert-disclaimer', 'contact', 'check-consent', 'dismiss']}
              t={t}
              notice={notice}
              onToggle={() => setCollapsed(!collapsed)}
              onAction={onAction}
            />
          </div>
        </ShadowHost>
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

      {nudge && (
        <ShadowHost tag="bedenk-dat-nudge" css={HOST_CSS + panelCss + nudgeCss}>
          <NudgeDialog
            findings={open}
            text={draft.text}
            t={t}
            theme={theme()}
            park={nudge.park}
            onAction={onNudge}
          />
        </ShadowHost>
      )}
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
