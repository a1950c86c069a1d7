import { randomBytes } from 'node:crypto'

import type { Payload, PayloadRequest, Where } from 'payload'

import { inTransaction } from '@/db/inTransaction'
import type { Article } from '@/payload-types'
import { normalizeDocumentId } from '@/utilities/normalizeDocumentId'

import {
  applyToFeed,
  createListCollector,
  type FeedSource,
  RECENT_ARTICLES_KEPT,
  type ListedArticle,
  sameFeed,
  toListedArticle,
} from './feed'

type Id = number | string

const idOf = (value: Id | { id: Id }): Id => (typeof value === 'object' ? value.id : value)

const feedSelect = {
  title: true,
  slug: true,
  publishedAt: true,
  spoilerWarnings: { show: true, season: true, episode: true },
} as const

type ListDoc = { id: Id; character: Id | { id: Id }; articles?: unknown[] | null }

const storedFeed = (list: ListDoc | undefined): ListedArticle[] =>
  (list?.articles ?? []) as ListedArticle[]

/**
 * Writes one character's list through the adapter, the whole document each time (the SQLite
 * adapter's partial update empties every array it is not given).
 */
const writeFeed = async (
  payload: Payload,
  characterId: Id,
  list: ListDoc | undefined,
  feed: ListedArticle[],
  req?: PayloadRequest,
) => {
  const data = {
    character: characterId,
    // Array rows need ids, which Payload's field hooks would otherwise assign; ObjectId-sized.
    articles: feed.map((item) => ({ ...item, id: randomBytes(12).toString('hex') })),
  }
  // `returning: false`: nobody reads the written row back, and reading it doubles the cost.
  if (list) {
    await payload.db.updateOne({
      collection: 'recent-articles',
      id: list.id,
      data,
      req,
      returning: false,
    })
  } else {
    await payload.db.create({ collection: 'recent-articles', data, req, returning: false })
  }
}

/** Lists of existing characters; an orphan (character removed below Payload) is skipped. */
const findLists = async (payload: Payload, where: Where, req?: PayloadRequest) =>
  (
    await payload.find({
      collection: 'recent-articles',
      where: { and: [where, { character: { exists: true } }] },
      depth: 0,
      pagination: false,
      req,
    })
  ).docs.flatMap((list): ListDoc[] =>
    list.character === null || list.character === undefined
      ? []
      : [{ id: list.id, character: idOf(list.character), articles: list.articles }],
  )

/** One character's list read from the articles: the slow path, for the rare cases below. */
const readFeedFromArticles = async (
  payload: Payload,
  characterId: Id,
  req?: PayloadRequest,
): Promise<ListedArticle[]> => {
  const { docs } = await payload.find({
    collection: 'articles',
    where: {
      and: [{ characters: { in: [characterId] } }, { _status: { equals: 'published' } }],
    },
    select: feedSelect,
    // The same order as `newerFirst`, so a list read here equals one a rebuild collects.
    sort: ['-publishedAt', '-id'],
    depth: 0,
    limit: RECENT_ARTICLES_KEPT,
    pagination: false,
    req,
  })
  return docs.map((doc) => toListedArticle(doc as FeedSource))
}

/**
 * Brings every character list that shows, or should show, one article up to date with what
 * readers now see of it. Called after every save and delete of an article.
 *
 * The public state is the article document, not the saved data: a draft saved over a
 * published article changes nothing readers see. Cost: one read of the article by id, one
 * read of the affected lists, and one write per list that changed. Only when an
 * article leaves a full list is that character's list read again from the articles.
 */
export const refreshRecentArticles = async ({
  articleId,
  req,
}: {
  articleId: Id
  req: PayloadRequest
}): Promise<void> => {
  const { payload } = req
  const current = (await payload.db.findOne({
    collection: 'articles',
    where: { id: { equals: articleId } },
    req,
  })) as Article | null
  const isPublic = current?._status === 'published'
  const entry = isPublic ? toListedArticle(current) : null
  const tagged = new Set(isPublic ? (current.characters ?? []).map((c) => String(idOf(c))) : [])

  const listing: Where = { 'articles.articleId': { equals: String(articleId) } }
  const lists = await findLists(
    payload,
    tagged.size > 0 ? { or: [listing, { character: { in: [...tagged] } }] } : listing,
    req,
  )
  const byCharacter = new Map(lists.map((list) => [String(idOf(list.character)), list]))
  for (const characterId of new Set([...byCharacter.keys(), ...tagged])) {
    const list = byCharacter.get(characterId)
    const update = applyToFeed(
      storedFeed(list),
      String(articleId),
      tagged.has(characterId) ? entry : null,
    )
    const id = list
      ? idOf(list.character)
      : (normalizeDocumentId(payload, characterId) ?? characterId)
    if (update.incomplete) {
      await writeFeed(payload, id, list, await readFeedFromArticles(payload, id, req), req)
    } else if (update.changed) {
      await writeFeed(payload, id, list, update.feed, req)
    }
  }
}

const REBUILD_PAGE_SIZE = 1000

type StaleList = { characterId: Id; list: ListDoc | undefined; feed: ListedArticle[] }

/**
 * Every character whose stored list differs from the list the published articles give, with
 * the list it should have. One pass over the published articles.
 */
export const findStaleRecentArticles = async (
  payload: Payload,
  req?: PayloadRequest,
): Promise<StaleList[]> => {
  // Pages in id order, each starting after the last id seen: every page is a primary-key
  // range, so the pass stays linear at 100k articles (offset pages sorted by date were not).
  const collector = createListCollector()
  let after: Id | undefined
  for (;;) {
    const conditions: Where[] = [{ _status: { equals: 'published' } }]
    if (after !== undefined) conditions.push({ id: { greater_than: after } })
    const { docs } = await payload.find({
      collection: 'articles',
      where: { and: conditions },
      select: { ...feedSelect, characters: true },
      sort: 'id',
      depth: 0,
      limit: REBUILD_PAGE_SIZE,
      pagination: false,
      req,
    })
    for (const doc of docs) {
      collector.add(toListedArticle(doc as FeedSource), (doc.characters ?? []).map(idOf))
    }
    if (docs.length < REBUILD_PAGE_SIZE) break
    after = docs[docs.length - 1].id
  }

  const feeds = collector.lists()
  const lists = await findLists(payload, {}, req)
  const byCharacter = new Map(lists.map((list) => [String(idOf(list.character)), list]))
  return [...new Set([...byCharacter.keys(), ...feeds.keys()])].flatMap((key): StaleList[] => {
    const list = byCharacter.get(key)
    const feed = feeds.get(key) ?? []
    if (sameFeed(storedFeed(list), feed)) return []
    const characterId = list ? idOf(list.character) : (normalizeDocumentId(payload, key) ?? key)
    return [{ characterId, list, feed }]
  })
}

/** How many lists one transaction of a rebuild rewrites: short, so saves never wait long. */
const REBUILD_WRITE_BATCH = 50

/**
 * Rebuilds every character's list from the published articles, newest first, and writes the
 * lists that differ. For `npm run reindex`, bulk imports and the migration that introduced the
 * lists. Returns how many lists it rewrote.
 *
 * One read-only pass finds the stale lists; then each batch of them is read again from the
 * articles and written in one short transaction, so a save that changes a list meanwhile is
 * never overwritten by the pass's older view, and the server's saves wait for one batch at
 * most. (Inside a caller's transaction, e.g. a migration, everything joins that one.)
 */
export const rebuildRecentArticles = async (
  payload: Payload,
  req?: PayloadRequest,
): Promise<number> => {
  const stale = await findStaleRecentArticles(payload, req)
  let rewritten = 0
  for (let start = 0; start < stale.length; start += REBUILD_WRITE_BATCH) {
    const batch = stale.slice(start, start + REBUILD_WRITE_BATCH)
    rewritten += await inTransaction(req ? { req } : { payload }, async (txReq) => {
      let written = 0
      for (const { characterId } of batch) {
        const [list] = await findLists(payload, { character: { equals: characterId } }, txReq)
        const feed = await readFeedFromArticles(payload, characterId, txReq)
        if (sameFeed(storedFeed(list), feed)) continue
        await writeFeed(payload, characterId, list, feed, txReq)
        written += 1
      }
      return written
    })
  }
  return rewritten
}
