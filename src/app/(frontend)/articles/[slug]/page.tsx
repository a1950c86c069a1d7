import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound, permanentRedirect } from 'next/navigation'
import { extractID } from 'payload/shared'

import { AlsoAppearsIn } from '@/components/AlsoAppearsIn'
import { ArticleSpoilers } from '@/components/ArticleSpoilers'
import { Byline } from '@/components/Byline'
import { JsonLd } from '@/components/JsonLd'
import { LivePreviewRefresh } from '@/components/LivePreviewRefresh/index.client'
import { MediaImage } from '@/components/MediaImage'
import { RichText } from '@/components/RichText'
import type { Article, Media } from '@/payload-types'
import { extractSpoilerSafeText } from '@/lexical/spoiler/shared/extractSpoilerSafeText'
import { withheldBody } from '@/lexical/spoiler/shared/withheldBody'
import {
  getArticleBySlug,
  getPublishedArticleEntries,
  getRenamedArticleSlug,
} from '@/queries/articles'
import { getAlsoAppearsIn } from '@/queries/sidebar'
import { readingTime } from '@/utilities/readingTime'
import { siteUrl } from '@/utilities/siteUrl'

type ArticlePageProps = { params: Promise<{ slug: string }> }

const heroOf = (article: Article): Media | null =>
  typeof article.heroImage === 'object' ? (article.heroImage ?? null) : null

export async function generateStaticParams() {
  return (await getPublishedArticleEntries()).map(({ slug }) => ({ slug }))
}

/** Title, description (the spoiler-safe dek), canonical URL and social cards. */
export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const { slug } = await params
  const { isEnabled: isDraft } = await draftMode()
  const article = await getArticleBySlug(slug, { isDraft })
  if (!article) return {}
  const title = article.meta?.title || article.title
  // The dek is written spoiler-safe; the body fallback goes through the spoiler-safe extractor.
  const description =
    article.meta?.description ||
    article.dek ||
    extractSpoilerSafeText(article.body, { maxLength: 160 })
  const hero = heroOf(article)
  const images = hero?.url
    ? [
        {
          url: hero.url,
          width: hero.width ?? undefined,
          height: hero.height ?? undefined,
          alt: hero.alt,
        },
      ]
    : []
  return {
    title,
    description,
    alternates: { canonical: `/articles/${article.slug}` },
    openGraph: {
      type: 'article',
      title,
      description,
      url: `/articles/${article.slug}`,
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: article.updatedAt,
      images,
    },
    twitter: {
      card: images.length ? 'summary_large_image' : 'summary',
      title,
      description,
      images: images.map((i) => i.url),
    },
  }
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const { slug } = await params
  const { isEnabled: isDraft } = await draftMode()
  const article = await getArticleBySlug(slug, { isDraft })
  if (!article) {
    // A renamed article keeps its old address working: 308 to where it lives now.
    const renamedTo = await getRenamedArticleSlug(slug)
    if (renamedTo) permanentRedirect(`/articles/${renamedTo}`)
    notFound()
  }

  // Readers get the body without its spoilers' words, which load on reveal; a staff preview
  // (draft mode, never cached or crawled) keeps them, since the JSON serves published text only.
  const withheld = isDraft ? null : withheldBody(article)
  const hero = heroOf(article)
  const sidebar = await getAlsoAppearsIn(article.id, (article.characters ?? []).map(extractID))
  const authors = (article.populatedAuthors ?? []).map((author) => ({
    '@type': 'Person',
    name: author.name,
  }))

  return (
    <div className="article-layout">
      <article className="article">
        <JsonLd
          data={{
            '@context': 'https://schema.org',
            '@type': 'NewsArticle',
            headline: article.title,
            description: article.dek,
            datePublished: article.publishedAt ?? undefined,
            dateModified: article.updatedAt,
            author: authors,
            image: hero?.url ? [`${siteUrl()}${hero.url}`] : undefined,
            mainEntityOfPage: `${siteUrl()}/articles/${article.slug}`,
          }}
        />
        <header>
          <h1 className="article__title">{article.title}</h1>
          <p className="article__dek">{article.dek}</p>
          <div className="article__meta">
            <Byline populatedAuthors={article.populatedAuthors} publishedAt={article.publishedAt} />
            <span className="article__reading-time">{readingTime(article.body)}</span>
          </div>
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
        <ArticleSpoilers article={article} withheld={withheld?.urls}>
          <RichText className="article__body" data={withheld?.body ?? article.body} />
        </ArticleSpoilers>
      </article>
      <AlsoAppearsIn entries={sidebar} />
      {isDraft && <LivePreviewRefresh />}
    </div>
  )
}
