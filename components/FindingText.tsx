import type { ArticleId, Finding } from '@/core/types';
import type { Translate } from '@/utils/i18n';
import { articleTitleKey } from './articleTitle';

const SEVERITY_LABEL = {
  info: 'panel.severityInfo',
  warning: 'panel.severityWarning',
  stop: 'panel.severityStop',
} as const;

/** "Art. 3: Geen vertrouwelijke informatie" for a finding's article. */
export function articleLabel(t: Translate, article: ArticleId): string {
  return t('panel.article', {
    article: article.replace('bg-', ''),
    title: t(articleTitleKey(article)),
  });
}

/** A finding's severity and message, and the words it is about (shortened), as text only. */
export function FindingText({
  finding: f,
  text,
  t,
}: {
  finding: Finding;
  text: string;
  t: Translate;
}) {
  const quote = f.span ? text.slice(f.span.start, f.span.end) : '';
  return (
    <>
      <p class="bd-message">
        <span class="bd-severity">{t(SEVERITY_LABEL[f.severity])}</span> {f.message}
      </p>
      {quote && <q class="bd-quote">{quote.length > 60 ? `${quote.slice(0, 57)}…` : quote}</q>}
    </>
  );
}
