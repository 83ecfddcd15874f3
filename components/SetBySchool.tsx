import type { Translate } from '@/utils/i18n';

/** The mark next to a value the school set through managed storage: read-only. */
export function SetBySchool({ t }: { t: Translate }) {
  return (
    <span class="bd-school" data-set-by-school="">
      {t('options.setBySchool')}
    </span>
  );
}
