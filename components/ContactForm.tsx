import { useEffect, useState } from 'preact/hooks';
import { contactMessage, mailtoUrl, safeChatUrl, telUrl } from '@/core/mailto';
import type { Locale } from '@/core/types';
import type { Translate } from '@/utils/i18n';

/** The leidinggevende as the settings hold them (settings.leidinggevende). */
export type Leader = { name: string; email: string; phone?: string; chatUrl?: string };

export type ContactFormProps = {
  locale: Locale;
  t: Translate;
  leader: Leader;
  /** The user's own name, to sign the message. */
  userName: string;
  /** The draft of the compose box used last, or null when the page has none. */
  draft: string | null;
  /** The page the draft is for ('' when not known). */
  url: string;
  /** The platform ("X"), or null for a site that is no known platform. */
  platformName: string | null;
  onOpenOptions: () => void;
  /** Copies text to the clipboard; resolves false when that failed. */
  onCopy: (text: string) => Promise<boolean>;
};

/** Above this length some mail programs cut a mailto: link short. */
const LONG_MAILTO = 1800;

/**
 * Contact the leidinggevende (protocol article 8): the draft quoted (editable, removable),
 * the page, a question; open the mail program, copy, call or chat.
 */
export function ContactForm(props: ContactFormProps) {
  const { t, leader } = props;
  const [question, setQuestion] = useState(() => t('popup.contact.defaultQuestion'));
  const [draft, setDraft] = useState(props.draft ?? '');
  const [withDraft, setWithDraft] = useState(Boolean(props.draft?.trim()));
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);

  // The tab's draft arrives after the popup opens.
  useEffect(() => {
    setDraft(props.draft ?? '');
    setWithDraft(Boolean(props.draft?.trim()));
  }, [props.draft]);

  const leaderName = leader.name.trim();
  const email = leader.email.trim();
  if (!leaderName && !email) {
    return (
      <section class="bd-section" aria-labelledby="bd-contact-heading" data-testid="contact">
        <h2 id="bd-contact-heading">{t('popup.contact.heading')}</h2>
        <p>{t('popup.contact.notSet')}</p>
        <button type="button" onClick={props.onOpenOptions}>
          {t('popup.contact.openOptions')}
        </button>
      </section>
    );
  }

  const message = contactMessage(props.locale, {
    leaderName,
    userName: props.userName,
    question,
    draft: withDraft ? draft : null,
    url: props.url,
    platformName: props.platformName,
  });
  const mailto = email ? mailtoUrl({ to: email, ...message }) : null;
  const tel = leader.phone ? telUrl(leader.phone) : null;
  const chat = safeChatUrl(leader.chatUrl);

  return (
    <section class="bd-section" aria-labelledby="bd-contact-heading" data-testid="contact">
      <h2 id="bd-contact-heading">{t('popup.contact.heading')}</h2>
      <p>{t('popup.contact.to', { name: leaderName || email })}</p>
      <label for="bd-question">{t('popup.contact.questionLabel')}</label>
      <textarea
        id="bd-question"
        rows={2}
        value={question}
        onInput={(e) => setQuestion(e.currentTarget.value)}
      />
      {withDraft ? (
        <>
          <label for="bd-draft">{t('popup.contact.draftLabel')}</label>
          <textarea
            id="bd-draft"
            rows={4}
            value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="button" class="bd-link" onClick={() => setWithDraft(false)}>
            {t('popup.contact.removeDraft')}
          </button>
        </>
      ) : draft.trim() ? (
        <button type="button" class="bd-link" onClick={() => setWithDraft(true)}>
          {t('popup.contact.addDraft')}
        </button>
      ) : (
        <p class="bd-muted">{t('popup.contact.noDraft')}</p>
      )}
      {props.url && (
        <p class="bd-url">
          {t('popup.contact.pageLabel')}: <span>{props.url}</span>
        </p>
      )}
      <div class="bd-actions">
        {mailto && (
          <a class="bd-button bd-primary" href={mailto} target="_blank" rel="noreferrer">
            {t('popup.contact.mail')}
          </a>
        )}
        <button
          type="button"
          onClick={() =>
            void props.onCopy(message.body).then((ok) => setCopied(ok ? 'copied' : 'failed'))
          }
        >
          {t('popup.contact.copy')}
        </button>
        {tel && (
          <a class="bd-button" href={tel}>
            {t('popup.contact.call', { phone: leader.phone ?? '' })}
          </a>
        )}
        {chat && (
          <a class="bd-button" href={chat} target="_blank" rel="noreferrer">
            {t('popup.contact.chat')}
          </a>
        )}
      </div>
      {!email && <p class="bd-muted">{t('popup.contact.noEmail', { name: leaderName })}</p>}
      {mailto && mailto.length > LONG_MAILTO && (
        <p class="bd-muted">{t('popup.contact.longMail')}</p>
      )}
      <p role="status" class="bd-muted">
        {copied && t(copied === 'copied' ? 'popup.contact.copied' : 'popup.contact.copyFailed')}
      </p>
    </section>
  );
}
