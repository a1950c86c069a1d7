import { newerFirst, RECENT_ARTICLES_KEPT, type RecentArticle, sameRecentArticles } from './entry'

export type RecentArticlesUpdate = {
  articles: RecentArticle[]
  changed: boolean
  /**
   * The recent articles can no longer be completed from what they hold: an article left a
   * full set, or moved to its end by getting older, so an article the set never held may
   * belong in it. The caller reads them again from the articles.
   */
  incomplete: boolean
}

/**
 * The incremental algorithm: one character's recent articles after one article changed.
 * `entry` is the article as readers now see it when it is published and tags the character,
 * `null` otherwise. The set holds the newest RECENT_ARTICLES_KEPT articles; a shorter set
 * holds every one there is, which is what lets a change be applied without reading the
 * articles.
 */
export const applyArticleChange = (
  recent: RecentArticle[],
  articleId: string,
  entry: RecentArticle | null,
): RecentArticlesUpdate => {
  const previous = recent.find((item) => item.articleId === articleId)
  const wasFull = recent.length >= RECENT_ARTICLES_KEPT
  const others = recent.filter((item) => item.articleId !== articleId)
  const next = (entry ? [...others, entry] : others).sort(newerFirst).slice(0, RECENT_ARTICLES_KEPT)

  const leftFullSet = Boolean(previous) && wasFull && !next.includes(entry as RecentArticle)
  const agedToEnd =
    Boolean(previous && entry) &&
    wasFull &&
    next.at(-1) === entry &&
    newerFirst(entry as RecentArticle, previous as RecentArticle) > 0
  return {
    articles: next,
    changed: !sameRecentArticles(recent, next),
    incomplete: leftFullSet || agedToEnd,
  }
}
