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

export type ListedArticle = {
  articleId: string
  title: string
  slug: string
  publishedAt: string | null
  spoilerWarnings: RecentSpoilerWarning[]
}

export type FeedSource = Pick<Article, 'id' | 'title' | 'slug' | 'publishedAt' | 'spoilerWarnings'>

const idOf = (value: number | string | { id: number | string }): number | string =>
  typeof value === 'object' ? value.id : value

/** The copy of an article kept in a character's list: what a sidebar link shows. */
export const toListedArticle = (article: FeedSource): ListedArticle => ({
  articleId: String(article.id),
  title: article.title,
  slug: article.slug ?? '',
  // ISO text whatever the adapter hands back (MongoDB's raw reads give Date objects).
  publishedAt: article.publishedAt ? new Date(article.publishedAt).toISOString() : null,
  spoilerWarnings: (article.spoilerWarnings ?? []).map(({ show, season, episode }) => ({
    show: idOf(show),
    season: season ?? null,
    episode: episode ?? null,
  })),
})

/** Orders ids as the database does: numbers numerically, ObjectIds as hex text. */
const compareIds = (a: string, b: string): number =>
  a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)

/** Newest first; undated last; ties broken by newest id, as `sort: ['-publishedAt', '-id']`. */
export const newerFirst = (a: ListedArticle, b: ListedArticle): number => {
  const [left, right] = [a.publishedAt ?? '', b.publishedAt ?? '']
  if (left !== right) return left < right ? 1 : -1
  return compareIds(b.articleId, a.articleId)
}

export type FeedUpdate = {
  feed: ListedArticle[]
  changed: boolean
  /**
   * The list can no longer be completed from what it holds: an article left a full list, or
   * moved to its end by getting older, so an article the list never held may belong in it.
   * The caller rebuilds it from the articles.
   */
  incomplete: boolean
}

/** Comparable form of a stored list: the database adds row ids and may reorder keys. */
const fingerprint = (feed: ListedArticle[]): string =>
  JSON.stringify(
    feed.map(({ articleId, title, slug, publishedAt, spoilerWarnings }) => [
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

export const sameFeed = (a: ListedArticle[], b: ListedArticle[]): boolean =>
  fingerprint(a) === fingerprint(b)

/**
 * A character's list after one article changed: `entry` is the article as readers now see
 * it when it is published and tags the character, `null` otherwise. The list holds the
 * newest RECENT_ARTICLES_KEPT articles; a shorter list holds every one there is, which is
 * what lets a change be applied without reading the articles.
 */
export const applyToFeed = (
  feed: ListedArticle[],
  articleId: string,
  entry: ListedArticle | null,
): FeedUpdate => {
  const previous = feed.find((item) => item.articleId === articleId)
  const wasFull = feed.length >= RECENT_ARTICLES_KEPT
  const others = feed.filter((item) => item.articleId !== articleId)
  const next = (entry ? [...others, entry] : others).sort(newerFirst).slice(0, RECENT_ARTICLES_KEPT)

  const leftFullList = Boolean(previous) && wasFull && !next.includes(entry as ListedArticle)
  const agedToEnd =
    Boolean(previous && entry) &&
    wasFull &&
    next.at(-1) === entry &&
    newerFirst(entry as ListedArticle, previous as ListedArticle) > 0
  return {
    feed: next,
    changed: !sameFeed(feed, next),
    incomplete: leftFullList || agedToEnd,
  }
}

/**
 * Collects every character's list from published articles seen in any order: what a full
 * rebuild computes, for `rebuildRecentArticles` and for seed:large's bulk path.
 */
export const createListCollector = () => {
  const lists = new Map<string, ListedArticle[]>()
  return {
    add(entry: ListedArticle, characterIds: Array<number | string>) {
      for (const characterId of characterIds) {
        const key = String(characterId)
        const list = [...(lists.get(key) ?? []), entry].sort(newerFirst)
        lists.set(key, list.slice(0, RECENT_ARTICLES_KEPT))
      }
    },
    lists: (): ReadonlyMap<string, ListedArticle[]> => lists,
  }
}
