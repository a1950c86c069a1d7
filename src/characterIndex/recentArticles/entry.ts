import { extractID } from 'payload/shared'

import type { Article } from '@/payload-types'

/**
 * How many of a character's newest published articles are kept: the sidebar lists five
 * besides the article it sits on, which may itself be one of them.
 */
export const RECENT_ARTICLES_KEPT = 6

export type RecentSpoilerWarning = {
  show: number | string
  season?: number | null
  episode?: number | null
}

/** One of a character's recent articles: the copy of the article a sidebar link shows. */
export type RecentArticle = {
  articleId: string
  title: string
  slug: string
  publishedAt: string | null
  spoilerWarnings: RecentSpoilerWarning[]
}

/** The fields of an article its recent-articles entry copies. */
export type RecentArticleSource = Pick<
  Article,
  'id' | 'title' | 'slug' | 'publishedAt' | 'spoilerWarnings'
>

export const toRecentArticle = (article: RecentArticleSource): RecentArticle => ({
  articleId: String(article.id),
  title: article.title,
  slug: article.slug ?? '',
  // ISO text whatever the adapter hands back (MongoDB's raw reads give Date objects).
  publishedAt: article.publishedAt ? new Date(article.publishedAt).toISOString() : null,
  spoilerWarnings: (article.spoilerWarnings ?? []).map(({ show, season, episode }) => ({
    show: extractID(show),
    season: season ?? null,
    episode: episode ?? null,
  })),
})

/** Orders ids as the database does: numbers numerically, ObjectIds as hex text. */
const compareIds = (a: string, b: string): number =>
  a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)

/** Newest first; undated last; ties broken by newest id, as `sort: ['-publishedAt', '-id']`. */
export const newerFirst = (a: RecentArticle, b: RecentArticle): number => {
  const [left, right] = [a.publishedAt ?? '', b.publishedAt ?? '']
  if (left !== right) return left < right ? 1 : -1
  return compareIds(b.articleId, a.articleId)
}

/** Comparable form of stored recent articles: the database adds row ids and may reorder keys. */
const fingerprint = (articles: RecentArticle[]): string =>
  JSON.stringify(
    articles.map(({ articleId, title, slug, publishedAt, spoilerWarnings }) => [
      articleId,
      title,
      slug,
      publishedAt ? new Date(publishedAt).toISOString() : null,
      (spoilerWarnings ?? []).map(({ show, season, episode }) => [
        String(show),
        season ?? null,
        episode ?? null,
      ]),
    ]),
  )

export const sameRecentArticles = (a: RecentArticle[], b: RecentArticle[]): boolean =>
  fingerprint(a) === fingerprint(b)
