import type { Finding } from '@/core/types';
import type { Translate } from '@/utils/i18n';

/** The reminders for one draft, most serious first; an empty list says the draft is fine. */
export function FindingList({ findings, t }: { findings: readonly Finding[]; t: Translate }) {
  if (findings.length === 0) return <p class="bd-clean">{t('panel.clean')}</p>;
  return (
    <ul class="bd-findings">
      {findings.map((f, i) => (
        <li
          key={`${f.ruleId}-${f.span?.start ?? i}`}
          class={`bd-finding bd-${f.severity}`}
          data-rule-id={f.ruleId}
          data-article={f.article}
          data-severity={f.severity}
        >
          <span class="bd-article">{t('cli.article', { article: f.article })}</span>{' '}
          <span class="bd-message">{f.message}</span>
        </li>
      ))}
    </ul>
  );
}
