import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'

import { ArticleSpoilers } from '@/components/ArticleSpoilers'
import { RichText } from '@/components/RichText'
import { getArticleBySlug, getRenamedArticleSlug } from '@/queries/articles'

type SpoilersPageProps = { params: Promise<{ slug: string }> }

// Rendered per request from the cached article read: unknown slugs write nothing to disk.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: SpoilersPageProps): Promise<Metadata> {
  const { slug } = await params
  const article = await getArticleBySlug(slug)
  if (!article) return {}
  return {
    title: `${article.title} (spoilers shown)`,
    robots: { index: false, follow: false },
    alternates: { canonical: `/articles/${article.slug}` },
  }
}

/**
 * An article with every spoiler's words in place, marked: where the reveal buttons lead a
 * reader without JavaScript, or one whose spoilers failed to load. Not indexed; the canonical
 * page is the article itself.
 */
export default async function ArticleWithSpoilersPage({ params }: SpoilersPageProps) {
  const { slug } = await params
  const article = await getArticleBySlug(slug)
  if (!article) {
    const renamedTo = await getRenamedArticleSlug(slug)
    if (renamedTo) permanentRedirect(`/articles/${renamedTo}/spoilers`)
    notFound()
  }
  return (
    <article className="article">
      <header>
        <p>
          <Link href={`/articles/${article.slug}`}>Back to the article with spoilers hidden</Link>
        </p>
        <h1 className="article__title">{article.title}</h1>
        <p className="article__dek">{article.dek}</p>
      </header>
      <ArticleSpoilers article={article}>
        <p className="article__notice">This version of the article shows every spoiler.</p>
        <RichText className="article__body" data={article.body} spoilers="shown" />
      </ArticleSpoilers>
    </article>
  )
}
