import { describe, expect, it } from 'vitest'

import { applyArticleChange } from '@/characterIndex/recentArticles/applyArticleChange'
import {
  RECENT_ARTICLES_KEPT,
  type RecentArticle,
  toRecentArticle,
} from '@/characterIndex/recentArticles/entry'

const day = (n: number) => new Date(Date.UTC(2026, 0, n)).toISOString()
const item = (id: number, published: number): RecentArticle =>
  toRecentArticle({
    id,
    title: `Article ${id}`,
    slug: `article-${id}`,
    publishedAt: day(published),
    spoilerWarnings: [],
  })
/** A full set: articles 1..KEPT published on days 1..KEPT, newest first. */
const full = () =>
  Array.from({ length: RECENT_ARTICLES_KEPT }, (_, i) => item(i + 1, i + 1)).reverse()
const ids = (recent: RecentArticle[]) => recent.map((entry) => Number(entry.articleId))

describe("a character's recent articles", () => {
  it('should put a newly published article first and drop the oldest from a full set', () => {
    const update = applyArticleChange(full(), '99', item(99, 30))
    expect(ids(update.articles)).toEqual([99, 6, 5, 4, 3, 2])
    expect(update).toMatchObject({ changed: true, incomplete: false })
  })

  it('should leave a full set alone for an article older than all it holds', () => {
    const update = applyArticleChange(full(), '99', { ...item(99, 0) })
    expect(ids(update.articles)).toEqual([6, 5, 4, 3, 2, 1])
    expect(update).toMatchObject({ changed: false, incomplete: false })
  })

  it('should ask for a rebuild when an article leaves a full set, but not a short one', () => {
    expect(applyArticleChange(full(), '4', null)).toMatchObject({ changed: true, incomplete: true })
    const short = [item(2, 2), item(1, 1)]
    const update = applyArticleChange(short, '2', null)
    expect(ids(update.articles)).toEqual([1])
    expect(update).toMatchObject({ changed: true, incomplete: false })
  })

  it('should ask for a rebuild when an article in a full set gets older and falls to its end', () => {
    expect(applyArticleChange(full(), '5', item(5, 0))).toMatchObject({ incomplete: true })
    // Getting older but staying ahead of the last one needs nothing from outside the set.
    const moved = applyArticleChange(full(), '6', { ...item(6, 1), publishedAt: day(3) })
    expect(moved).toMatchObject({ changed: true, incomplete: false })
  })

  it('should see a retitled article as a change, and the same article as none', () => {
    expect(applyArticleChange(full(), '3', { ...item(3, 3), title: 'New title' }).changed).toBe(
      true,
    )
    expect(applyArticleChange(full(), '3', item(3, 3)).changed).toBe(false)
    expect(applyArticleChange([], '3', null)).toMatchObject({ changed: false, incomplete: false })
  })

  it('should order same-day articles by newest id, numerically', () => {
    const update = applyArticleChange([item(9, 5)], '10', item(10, 5))
    expect(ids(update.articles)).toEqual([10, 9])
  })
})
