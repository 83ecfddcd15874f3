import type { Response } from '@/core/messages';
import type { Translate } from '@/utils/i18n';

/** This week's numbers: reminders shown and disclaimers inserted (counts only, never text). */
export function PopupWeek({ stats, t }: { stats: Response<'weekStats'>; t: Translate }) {
  return (
    <section class="bd-section" aria-labelledby="bd-week-heading" data-testid="week">
      <h2 id="bd-week-heading">{t('popup.week.heading')}</h2>
      <dl class="bd-week">
        <div>
          <dt>{t('popup.week.reminders')}</dt>
          <dd data-count="reminderShown">{stats.counts.reminderShown}</dd>
        </div>
        <div>
          <dt>{t('popup.week.disclaimers')}</dt>
          <dd data-count="disclaimerInserted">{stats.counts.disclaimerInserted}</dd>
        </div>
      </dl>
    </section>
  );
}
