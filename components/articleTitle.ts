import type { StringKey } from '@/core/i18n';
import type { ArticleId } from '@/core/types';

/** The i18n key of an article's short title: '3' → articles.a3, 'bg-privacy' → articles.bgPrivacy. */
export function articleTitleKey(article: ArticleId): StringKey {
  const segment = /^\d+$/.test(article)
    ? `a${article}`
    : article.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  return `articles.${segment}` as StringKey;
}
