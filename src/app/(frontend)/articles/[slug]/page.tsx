import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'

import { ArticleSpoilers } from '@/components/ArticleSpoilers'
import { Byline } from '@/components/Byline'
import { MediaImage } from '@/components/MediaImage'
import { RichText } from '@/components/RichText'
import { extractSpoilerSafeText } from '@/lexical/spoiler/shared/extractSpoilerSafeText'
import { getArticleBySlug, getPublishedArticleSlugs } from '@/queries/articles'

type ArticlePageProps = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  const slugs = await getPublishedArticleSlugs()
  return slugs.map((slug) => ({ slug }))
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const { slug } = await params
  const { isEnabled: isDraft } = await draftMode()
  const article = await getArticleBySlug(slug, { isDraft })
  if (!article) return {}
  return {
    title: article.meta?.title || article.title,
    description:
      article.meta?.description ||
      article.dek ||
      extractSpoilerSafeText(article.body, { maxLength: 160 }),
    alternates: { canonical: `/articles/${article.slug}` },
  }
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const { slug } = await params
  const { isEnabled: isDraft } = await draftMode()
  const article = await getArticleBySlug(slug, { isDraft })
  if (!article) notFound()

  const hero = typeof article.heroImage === 'object' ? article.heroImage : null
  return (
    <article className="article">
      <header>
        <h1 className="article__title">{article.title}</h1>
        <p className="article__dek">{article.dek}</p>
        <Byline populatedAuthors={article.populatedAuthors} publishedAt={article.publishedAt} />
      </header>
      {hero && (
        <figure className="article__hero">
          <MediaImage media={hero} sizes="(max-width: 720px) 100vw, 672px" isPriority />
          {(hero.caption || hero.credit) && (
            <figcaption>
              {hero.caption}
              {hero.caption && hero.credit && ' '}
              {hero.credit && <span>Image: {hero.credit}</span>}
            </figcaption>
          )}
        </figure>
      )}
      <ArticleSpoilers article={article}>
        <RichText className="article__body" data={article.body} />
      </ArticleSpoilers>
    </article>
  )
}
