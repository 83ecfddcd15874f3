import { useState } from 'preact/hooks';
import { isLocked, type Config } from '@/core/config';
import type { SettingsInput } from '@/core/settings';
import type { Role } from '@/core/types';
import type { Translate } from '@/utils/i18n';
import { fieldErrors } from './OptionsForm';
import { SetBySchool } from './SetBySchool';

export type WelcomeProps = {
  config: Config;
  school: string;
  t: Translate;
  onSave: (
    patch: Partial<SettingsInput>,
  ) => Promise<{ ok: true } | { ok: false; errors: string[] }>;
  practiceUrl: string;
  optionsUrl: string;
};

type LeaderForm = { leaderName: string; leaderEmail: string; leaderPhone: string };

type ContactField = 'phones' | 'emails';

/** One entry per line; blank lines do not count. */
const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** The save's problems per field ("schoolContacts.phones.1: …" → phones), all of them. */
function contactErrors(
  errors: readonly string[],
): Partial<Record<ContactField | 'general', string[]>> {
  const out: Partial<Record<ContactField | 'general', string[]>> = {};
  for (const line of errors) {
    const field = /^schoolContacts\.(phones|emails)\b/.exec(line)?.[1] as ContactField | undefined;
    const message = field ? line.slice(line.indexOf(':') + 1).trim() : line;
    (out[field ?? 'general'] ??= []).push(message);
  }
  return out;
}

/** First run in three steps: choose your role, set your leidinggevende, done. */
export function Welcome({ config, school, t, onSave, practiceUrl, optionsUrl }: WelcomeProps) {
  const [step, setStep] = useState<1 | 2 | 3>(1);
  const [role, setRole] = useState<Role>(config.user.role);
  const [leader, setLeader] = useState<LeaderForm>({
    leaderName: config.user.leidinggevende.name,
    leaderEmail: config.user.leidinggevende.email,
    leaderPhone: config.user.leidinggevende.phone ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const roleLocked = isLocked(config, 'role');
  const leaderLocked = isLocked(config, 'leidinggevende');
  const contactsLocked = isLocked(config, 'schoolContacts');
  const [contacts, setContacts] = useState<Record<ContactField, string>>({
    phones: config.user.schoolContacts.phones.join('\n'),
    emails: config.user.schoolContacts.emails.join('\n'),
  });
  const [contactProblems, setContactProblems] = useState<ReturnType<typeof contactErrors>>({});
  const [contactsSaved, setContactsSaved] = useState(false);

  const saveContacts = async (e: Event) => {
    e.preventDefault();
    if (contactsLocked) return;
    const result = await onSave({
      schoolContacts: { phones: lines(contacts.phones), emails: lines(contacts.emails) },
    });
    setContactProblems(result.ok ? {} : contactErrors(result.errors));
    setContactsSaved(result.ok);
  };

  const contactField = (field: ContactField, label: string) => {
    const id = `bd-school-${field}`;
    const problems = contactProblems[field];
    return (
      <div class="bd-field">
        <label for={id}>{label}</label>
        <textarea
          id={id}
          rows={3}
          value={
            contactsLocked ? config.settings.schoolContacts[field].join('\n') : contacts[field]
          }
          disabled={contactsLocked}
          aria-invalid={problems ? 'true' : undefined}
          aria-describedby={problems ? `${id}-error` : undefined}
          onInput={(e) => {
            setContacts({ ...contacts, [field]: e.currentTarget.value });
            setContactsSaved(false);
          }}
        />
        {problems && (
          <p class="bd-error" role="alert" id={`${id}-error`}>
            {problems.join(' ')}
          </p>
        )}
      </div>
    );
  };

  const saveRole = async (e: Event) => {
    e.preventDefault();
    if (!roleLocked) await onSave({ role });
    setStep(2);
  };

  const saveLeader = async (e: Event) => {
    e.preventDefault();
    if (!leaderLocked) {
      const phone = leader.leaderPhone.trim();
      const result = await onSave({
        leidinggevende: {
          name: leader.leaderName,
          email: leader.leaderEmail.trim(),
          phone: phone === '' ? undefined : phone,
          chatUrl: config.user.leidinggevende.chatUrl,
        },
      });
      if (!result.ok) {
        setErrors(fieldErrors(result.errors).fields);
        return;
      }
    }
    setErrors({});
    setStep(3);
  };

  const input = (key: keyof LeaderForm, label: string, type: 'text' | 'email' | 'tel') => {
    const id = `bd-${key}`;
    const shown = config.settings.leidinggevende;
    const lockedValue =
      key === 'leaderName' ? shown.name : key === 'leaderEmail' ? shown.email : (shown.phone ?? '');
    return (
      <div class="bd-field">
        <label for={id}>{label}</label>
        <input
          id={id}
          // Preact types each input type separately; all three take a plain string value.
          type={type as 'text'}
          value={leaderLocked ? lockedValue : leader[key]}
          disabled={leaderLocked}
          aria-invalid={errors[key] ? 'true' : undefined}
          onInput={(e) => setLeader({ ...leader, [key]: e.currentTarget.value })}
        />
        {errors[key] && (
          <p class="bd-error" role="alert">
            {errors[key]}
          </p>
        )}
      </div>
    );
  };

  return (
    <main class="bd-page">
      <header class="bd-page-header">
        <h1>{t('welcome.title')}</h1>
        <p>{t('welcome.intro', { school })}</p>
      </header>
      <section aria-live="polite">
        <p class="bd-steps">{t('welcome.step', { n: step })}</p>
        {step === 1 && (
          <form onSubmit={saveRole}>
            <fieldset disabled={roleLocked}>
              <legend>
                <h2>{t('welcome.roleTitle')}</h2>
                {roleLocked && <SetBySchool t={t} />}
              </legend>
              {(['medewerker', 'leidinggevende'] as const).map((r) => (
                <label class="bd-choice" key={r}>
                  <input
                    type="radio"
                    name="role"
                    value={r}
                    checked={(roleLocked ? config.settings.role : role) === r}
                    onChange={() => setRole(r)}
                  />
                  <span>
                    <strong>
                      {t(
                        r === 'medewerker'
                          ? 'options.roleMedewerker'
                          : 'options.roleLeidinggevende',
                      )}
                    </strong>
                    <span class="bd-hint">
                      {t(
                        r === 'medewerker'
                          ? 'options.roleMedewerkerHint'
                          : 'options.roleLeidinggevendeHint',
                      )}
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>
            <div class="bd-step-actions">
              <button type="submit" class="bd-primary">
                {t('welcome.next')}
              </button>
            </div>
          </form>
        )}
        {step === 2 && (
          <form onSubmit={saveLeader} noValidate>
            <h2>
              {t('welcome.leaderTitle')} {leaderLocked && <SetBySchool t={t} />}
            </h2>
            <p class="bd-intro">{t('welcome.leaderIntro')}</p>
            {input('leaderName', t('options.leaderName'), 'text')}
            {input('leaderEmail', t('options.leaderEmail'), 'email')}
            {input('leaderPhone', t('options.leaderPhone'), 'tel')}
            <div class="bd-step-actions">
              <button type="button" onClick={() => setStep(1)}>
                {t('welcome.back')}
              </button>
              <button type="submit" class="bd-primary">
                {t('welcome.next')}
              </button>
              {!leaderLocked && (
                <button type="button" onClick={() => setStep(3)}>
                  {t('welcome.later')}
                </button>
              )}
            </div>
          </form>
        )}
        {step === 3 && (
          <div>
            <h2>{t('welcome.doneTitle')}</h2>
            <p>{t('welcome.doneText')}</p>
            <div class="bd-step-actions">
              <a class="bd-button bd-primary" href={practiceUrl}>
                {t('welcome.toPractice')}
              </a>
              <a class="bd-button" href={optionsUrl}>
                {t('welcome.toOptions')}
              </a>
            </div>
            {/* Optional: the school's own numbers (for staff, or IT setting up a machine). */}
            <form onSubmit={saveContacts} noValidate data-testid="school-contacts">
              <h2>
                {t('welcome.contactsTitle')} {contactsLocked && <SetBySchool t={t} />}
              </h2>
              <p class="bd-intro">{t('welcome.contactsIntro')}</p>
              {contactField('phones', t('welcome.contactsPhones'))}
              {contactField('emails', t('welcome.contactsEmails'))}
              {contactProblems.general && (
                <p class="bd-error" role="alert">
                  {contactProblems.general.join(' ')}
                </p>
              )}
              {!contactsLocked && (
                <div class="bd-step-actions">
                  <button type="submit">{t('welcome.contactsSave')}</button>
                  {contactsSaved && <p role="status">{t('welcome.contactsSaved')}</p>}
                </div>
              )}
            </form>
          </div>
        )}
      </section>
    </main>
  );
}
