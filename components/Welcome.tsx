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
          </div>
        )}
      </section>
    </main>
  );
}
