import { describe, expect, it } from 'vitest'

import {
  applyToFeed,
  type ListedArticle,
  RECENT_ARTICLES_KEPT,
  toListedArticle,
} from '@/collections/RecentArticles/feed'

const day = (n: number) => new Date(Date.UTC(2026, 0, n)).toISOString()
const item = (id: number, published: number): ListedArticle =>
  toListedArticle({
    id,
    title: `Article ${id}`,
    slug: `article-${id}`,
    publishedAt: day(published),
    spoilerWarnings: [],
  })
/** A full list: articles 1..KEPT published on days 1..KEPT, newest first. */
const full = () =>
  Array.from({ length: RECENT_ARTICLES_KEPT }, (_, i) => item(i + 1, i + 1)).reverse()
const ids = (feed: ListedArticle[]) => feed.map((entry) => Number(entry.articleId))

describe('a character list of recent articles', () => {
  it('should put a newly published article first and drop the oldest from a full list', () => {
    const update = applyToFeed(full(), '99', item(99, 30))
    expect(ids(update.feed)).toEqual([99, 6, 5, 4, 3, 2])
    expect(update).toMatchObject({ changed: true, incomplete: false })
  })

  it('should leave a full list alone for an article older than all it holds', () => {
    const update = applyToFeed(full(), '99', { ...item(99, 0) })
    expect(ids(update.feed)).toEqual([6, 5, 4, 3, 2, 1])
    expect(update).toMatchObject({ changed: false, incomplete: false })
  })

  it('should ask for a rebuild when an article leaves a full list, but not a short one', () => {
    expect(applyToFeed(full(), '4', null)).toMatchObject({ changed: true, incomplete: true })
    const short = [item(2, 2), item(1, 1)]
    const update = applyToFeed(short, '2', null)
    expect(ids(update.feed)).toEqual([1])
    expect(update).toMatchObject({ changed: true, incomplete: false })
  })

  it('should ask for a rebuild when an article in a full list gets older and falls to its end', () => {
    expect(applyToFeed(full(), '5', item(5, 0))).toMatchObject({ incomplete: true })
    // Getting older but staying ahead of the last one needs nothing from outside the list.
    const moved = applyToFeed(full(), '6', { ...item(6, 1), publishedAt: day(3) })
    expect(moved).toMatchObject({ changed: true, incomplete: false })
  })

  it('should see a retitled article as a change, and the same article as none', () => {
    expect(applyToFeed(full(), '3', { ...item(3, 3), title: 'New title' }).changed).toBe(true)
    expect(applyToFeed(full(), '3', item(3, 3)).changed).toBe(false)
    expect(applyToFeed([], '3', null)).toMatchObject({ changed: false, incomplete: false })
  })

  it('should order same-day articles by newest id, numerically', () => {
    const update = applyToFeed([item(9, 5)], '10', item(10, 5))
    expect(ids(update.feed)).toEqual([10, 9])
  })
})
