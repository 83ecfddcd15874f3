import type { Notice } from '@/core/config';
import type { Translate } from '@/utils/i18n';

/** One line per notice about damaged or unusable stored and pushed values. */
export function ConfigNotices({ notices, t }: { notices: readonly Notice[]; t: Translate }) {
  if (notices.length === 0) return null;
  return (
    <ul class="bd-notices" role="alert" data-testid="notices">
      {notices.map((n, i) => (
        <li key={i} data-notice={n.kind}>
          {n.kind === 'settingsDamaged' &&
            t('options.noticeSettingsDamaged', { fields: n.fields.join(', ') })}
          {n.kind === 'managedDamaged' &&
            t('options.noticeManagedDamaged', { fields: n.fields.join('; ') })}
          {n.kind === 'managedPackInvalid' && (
            <>
              {t('options.noticeManagedPackInvalid')}
              <Problems lines={n.errors} />
            </>
          )}
          {n.kind === 'packDamaged' && (
            <>
              {t('options.noticePackDamaged')}
              <Problems lines={n.errors} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function Problems({ lines }: { lines: readonly string[] }) {
  return (
    <ul>
      {lines.slice(0, 10).map((line) => (
        <li key={line}>
          <code>{line}</code>
        </li>
      ))}
    </ul>
  );
}
