import Link from 'next/link'

import type { Article } from '@/payload-types'
import { formatDate } from '@/utilities/formatDate'

import { SpoilerBadge } from '../SpoilerBadge'

type ArticleListProps = {
  articles: Array<
    Pick<Article, 'id' | 'title' | 'slug' | 'dek' | 'publishedAt' | 'spoilerWarnings'>
  >
  emptyText: string
}

/** A compact list of articles with date and spoiler badge; the dek is spoiler-safe by design. */
export const ArticleList = ({ articles, emptyText }: ArticleListProps) => {
  if (articles.length === 0) return <p className="empty-state">{emptyText}</p>
  return (
    <ul className="compact-list">
      {articles.map((article) => (
        <li key={article.id}>
          <Link href={`/articles/${article.slug}`}>{article.title}</Link>
          <p className="compact-list__meta">
            {article.publishedAt && (
              <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
            )}{' '}
            <SpoilerBadge warnings={article.spoilerWarnings} />
          </p>
          {article.dek && <p className="compact-list__dek">{article.dek}</p>}
        </li>
      ))}
    </ul>
  )
}
