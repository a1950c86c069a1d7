import Link from 'next/link'

import type { ArticleListItem } from '@/queries/articles'

import { Byline } from '../Byline'
import { MediaImage } from '../MediaImage'
import { SpoilerBadge } from '../SpoilerBadge'

export const ArticleCard = ({ article }: { article: ArticleListItem }) => (
  <article className="article-card">
    <MediaImage
      className="article-card__image"
      media={article.heroImage}
      sizes="(max-width: 640px) 100vw, 240px"
    />
    <div>
      <h2 className="article-card__title">
        <Link href={`/articles/${article.slug}`}>{article.title}</Link>
      </h2>
      <p className="article-card__dek">{article.dek}</p>
      <div className="article-card__meta">
        <Byline populatedAuthors={article.populatedAuthors} publishedAt={article.publishedAt} />
        <SpoilerBadge warnings={article.spoilerWarnings} />
      </div>
    </div>
  </article>
)
