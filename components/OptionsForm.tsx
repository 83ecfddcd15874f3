import { useState } from 'preact/hooks';
import { isLocked, type Config, type LockPath } from '@/core/config';
import { ruleChoices } from '@/core/ruleChoices';
import { isStringKey } from '@/core/i18n';
import type { Policy } from '@/core/policy/schema';
import type { Settings, SettingsInput } from '@/core/settings';
import type { ArticleId, PlatformId } from '@/core/types';
import type { Translate } from '@/utils/i18n';
import { articleTitleKey } from './articleTitle';
import { DisclaimerField } from './DisclaimerField';
import { SetBySchool } from './SetBySchool';

/** What the form edits, as the inputs hold it (strings; '' = not set). */
export type OptionsValues = {
  role: Settings['role'];
  name: string;
  leaderName: string;
  leaderEmail: string;
  leaderPhone: string;
  leaderChat: string;
  disclaimerLong: string;
  disclaimerShort: string;
  locale: Settings['locale'];
  platforms: Partial<Record<PlatformId, boolean>>;
  disabledRules: string[];
};

/** The form's starting values: the user's own settings (not the school's). */
export function formValues(user: Settings): OptionsValues {
  return {
    role: user.role,
    name: user.name,
    leaderName: user.leidinggevende.name,
    leaderEmail: user.leidinggevende.email,
    leaderPhone: user.leidinggevende.phone ?? '',
    leaderChat: user.leidinggevende.chatUrl ?? '',
    disclaimerLong: user.disclaimer?.long ?? '',
    disclaimerShort: user.disclaimer?.short ?? '',
    locale: user.locale,
    platforms: { ...user.platforms },
    disabledRules: [...user.disabledRules],
  };
}

const orUndefined = (s: string) => (s.trim() === '' ? undefined : s.trim());

/** The settings the options page writes: empty optional fields are left out, not stored as ''. */
export function settingsPatch(values: OptionsValues): Partial<SettingsInput> {
  const long = orUndefined(values.disclaimerLong);
  const short = orUndefined(values.disclaimerShort);
  return {
    role: values.role,
    name: values.name,
    leidinggevende: {
      name: values.leaderName,
      email: values.leaderEmail.trim(),
      phone: orUndefined(values.leaderPhone),
      chatUrl: orUndefined(values.leaderChat),
    },
    disclaimer: long || short ? { long, short } : undefined,
    locale: values.locale,
    platforms: values.platforms,
    disabledRules: values.disabledRules,
  };
}

/** Which input a problem from the schema belongs to ("leidinggevende.email: …" → leaderEmail). */
const FIELD_OF: Record<string, keyof OptionsValues> = {
  role: 'role',
  name: 'name',
  'leidinggevende.name': 'leaderName',
  'leidinggevende.email': 'leaderEmail',
  'leidinggevende.phone': 'leaderPhone',
  'leidinggevende.chatUrl': 'leaderChat',
  'disclaimer.long': 'disclaimerLong',
  'disclaimer.short': 'disclaimerShort',
  locale: 'locale',
};

/** Sorts readable problems onto the inputs they are about; the rest stay general. */
export function fieldErrors(errors: readonly string[]): {
  fields: Partial<Record<keyof OptionsValues, string>>;
  general: string[];
} {
  const fields: Partial<Record<keyof OptionsValues, string>> = {};
  const general: string[] = [];
  for (const line of errors) {
    const path = line.slice(0, line.indexOf(':'));
    const field = FIELD_OF[path];
    if (field && !fields[field]) fields[field] = line.slice(path.length + 1).trim();
    else general.push(line);
  }
  return { fields, general };
}

/** One platform as the form lists it. */
export type PlatformChoice = { id: PlatformId; name: string; defaultOn: boolean };

export type OptionsFormProps = {
  config: Config;
  /** The pack in force: its disclaimer is the fallback, its rules are listed. */
  policy: Policy;
  platforms: readonly PlatformChoice[];
  t: Translate;
  /** Writes the settings; answers with the stored settings or the problems. */
  onSave: (
    patch: Partial<SettingsInput>,
  ) => Promise<{ ok: true } | { ok: false; errors: string[] }>;
};

/**
 * The user's settings: who they are, their leidinggevende, disclaimers, sites, language and
 * reminders. Values the school set are shown read-only; nothing is stored until "Opslaan",
 * and a value that does not pass the schema is named and stored not at all.
 */
export function OptionsForm({ config, policy, platforms, t, onSave }: OptionsFormProps) {
  const [values, setValues] = useState(() => formValues(config.user));
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const [errors, setErrors] = useState<ReturnType<typeof fieldErrors>>({ fields: {}, general: [] });
  const locked = (path: LockPath) => isLocked(config, path);
  const shown = config.settings; // what is in force, for the locked inputs
  const set = <K extends keyof OptionsValues>(key: K, value: OptionsValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setStatus('idle');
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setStatus('saving');
    const result = await onSave(settingsPatch(values));
    if (result.ok) {
      setErrors({ fields: {}, general: [] });
      setStatus('saved');
    } else {
      setErrors(fieldErrors(result.errors));
      setStatus('failed');
    }
  };

  const text = (
    key: 'name' | 'leaderName' | 'leaderEmail' | 'leaderPhone' | 'leaderChat',
    label: string,
    opts: {
      type?: 'text' | 'email' | 'tel' | 'url';
      lockedValue?: string;
      isLocked?: boolean;
      hint?: string;
    } = {},
  ) => {
    const id = `bd-${key}`;
    const error = errors.fields[key];
    return (
      <div class="bd-field">
        <label for={id}>
          {label} {opts.isLocked && <SetBySchool t={t} />}
        </label>
        <input
          id={id}
          // Preact types each input type separately; all four take a plain string value.
          type={(opts.type ?? 'text') as 'text'}
          value={opts.isLocked ? (opts.lockedValue ?? '') : values[key]}
          disabled={opts.isLocked}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : opts.hint ? `${id}-hint` : undefined}
          onInput={(e) => set(key, e.currentTarget.value)}
        />
        {opts.hint && (
          <p id={`${id}-hint`} class="bd-hint">
            {opts.hint}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} class="bd-error" role="alert">
            {error}
          </p>
        )}
      </div>
    );
  };

  const leaderLocked = locked('leidinggevende');
  const rules = ruleChoices(policy, values.disabledRules);
  const byArticle = new Map<ArticleId, typeof rules>();
  for (const rule of rules)
    byArticle.set(rule.article, [...(byArticle.get(rule.article) ?? []), rule]);

  return (
    <form class="bd-options" onSubmit={submit} noValidate>
      <section aria-labelledby="bd-about">
        <h2 id="bd-about">{t('options.aboutYou')}</h2>
        <fieldset class="bd-roles" disabled={locked('role')}>
          <legend>
            {t('options.role')} {locked('role') && <SetBySchool t={t} />}
          </legend>
          {(['medewerker', 'leidinggevende'] as const).map((role) => (
            <label class="bd-choice" key={role}>
              <input
                type="radio"
                name="role"
                value={role}
                checked={(locked('role') ? shown.role : values.role) === role}
                onChange={() => set('role', role)}
              />
              <span>
                <strong>
                  {t(
                    role === 'medewerker' ? 'options.roleMedewerker' : 'options.roleLeidinggevende',
                  )}
                </strong>
                <span class="bd-hint">
                  {t(
                    role === 'medewerker'
                      ? 'options.roleMedewerkerHint'
                      : 'options.roleLeidinggevendeHint',
                  )}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        {text('name', t('options.name'), { hint: t('options.nameHint') })}
      </section>

      <section aria-labelledby="bd-leader">
        <h2 id="bd-leader">
          {t('options.leader')} {leaderLocked && <SetBySchool t={t} />}
        </h2>
        <p class="bd-intro">{t('options.leaderIntro')}</p>
        {text('leaderName', t('options.leaderName'), {
          isLocked: leaderLocked,
          lockedValue: shown.leidinggevende.name,
        })}
        {text('leaderEmail', t('options.leaderEmail'), {
          type: 'email',
          isLocked: leaderLocked,
          lockedValue: shown.leidinggevende.email,
        })}
        {text('leaderPhone', t('options.leaderPhone'), {
          type: 'tel',
          isLocked: leaderLocked,
          lockedValue: shown.leidinggevende.phone ?? '',
        })}
        {text('leaderChat', t('options.leaderChat'), {
          type: 'url',
          isLocked: leaderLocked,
          lockedValue: shown.leidinggevende.chatUrl ?? '',
        })}
      </section>

      <section aria-labelledby="bd-disclaimer">
        <h2 id="bd-disclaimer">{t('options.disclaimer')}</h2>
        <p class="bd-intro">{t('options.disclaimerIntro')}</p>
        <DisclaimerField
          id="bd-disclaimerLong"
          label={t('options.disclaimerLong')}
          value={locked('disclaimer.long') ? (shown.disclaimer?.long ?? '') : values.disclaimerLong}
          fallback={policy.disclaimer.long}
          locked={locked('disclaimer.long')}
          error={errors.fields.disclaimerLong}
          warnOverX
          t={t}
          onInput={(v) => set('disclaimerLong', v)}
        />
        <DisclaimerField
          id="bd-disclaimerShort"
          label={t('options.disclaimerShort')}
          value={
            locked('disclaimer.short') ? (shown.disclaimer?.short ?? '') : values.disclaimerShort
          }
          fallback={policy.disclaimer.short}
          locked={locked('disclaimer.short')}
          error={errors.fields.disclaimerShort}
          t={t}
          onInput={(v) => set('disclaimerShort', v)}
        />
      </section>

      <section aria-labelledby="bd-sites">
        <h2 id="bd-sites">{t('options.sites')}</h2>
        <p class="bd-intro">{t('options.sitesIntro')}</p>
        <ul class="bd-switches">
          {platforms.map((p) => {
            const isSchool = locked(`platforms.${p.id}`);
            const on = (isSchool ? shown.platforms[p.id] : values.platforms[p.id]) !== false;
            return (
              <li key={p.id}>
                <label class="bd-switch">
                  <input
                    type="checkbox"
                    name={`platform-${p.id}`}
                    checked={on}
                    disabled={isSchool}
                    onChange={(e) =>
                      set('platforms', { ...values.platforms, [p.id]: e.currentTarget.checked })
                    }
                  />
                  <span>{p.name}</span>
                  {!p.defaultOn && <span class="bd-hint">{t('options.sitesMastodon')}</span>}
                  {isSchool && <SetBySchool t={t} />}
                </label>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="bd-language">
        <h2 id="bd-language">{t('options.language')}</h2>
        <label for="bd-locale" class="bd-sr">
          {t('options.language')}
        </label>
        <select
          id="bd-locale"
          value={locked('locale') ? shown.locale : values.locale}
          disabled={locked('locale')}
          onChange={(e) => set('locale', e.currentTarget.value as Settings['locale'])}
        >
          <option value="auto">{t('options.languageAuto')}</option>
          <option value="nl">{t('options.languageNl')}</option>
          <option value="en">{t('options.languageEn')}</option>
        </select>{' '}
        {locked('locale') && <SetBySchool t={t} />}
      </section>

      <section aria-labelledby="bd-rules">
        <h2 id="bd-rules">{t('options.rules')}</h2>
        <p class="bd-intro">{t('options.rulesIntro')}</p>
        {[...byArticle].map(([article, list]) => (
          <fieldset class="bd-rule-group" key={article}>
            <legend>
              {t('panel.article', {
                article: article.replace('bg-', ''),
                title: t(articleTitleKey(article)),
              })}
            </legend>
            <ul class="bd-switches">
              {list.map((rule) => {
                const key = `rules.${rule.id}.message`;
                const label = isStringKey(key) ? t(key, { school: policy.school.name }) : rule.id;
                return (
                  <li key={rule.id}>
                    <label class="bd-switch bd-rule" data-rule-id={rule.id}>
                      <input
                        type="checkbox"
                        checked={rule.on}
                        disabled={rule.locked}
                        onChange={(e) => {
                          const rest = values.disabledRules.filter((id) => id !== rule.id);
                          set('disabledRules', e.currentTarget.checked ? rest : [...rest, rule.id]);
                        }}
                      />
                      <span>{label}</span>
                      {rule.locked && (
                        <span class="bd-school" data-set-by-school="">
                          {t('options.ruleRequired')}
                        </span>
                      )}
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
      </section>

      <div class="bd-savebar">
        <button type="submit" class="bd-primary" disabled={status === 'saving'}>
          {t('options.save')}
        </button>
        <span role="status" aria-live="polite" data-testid="save-status">
          {status === 'saved' && t('options.saved')}
          {status === 'failed' && t('options.saveFailed')}
        </span>
        {errors.general.length > 0 && (
          <ul class="bd-error" role="alert">
            {errors.general.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </div>
    </form>
  );
}
