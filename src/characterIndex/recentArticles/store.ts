import { randomBytes } from 'node:crypto'

import type { Payload, PayloadRequest, Where } from 'payload'
import { extractID } from 'payload/shared'
import type { DocumentId as Id } from '@/utilities/documentId'

import {
  RECENT_ARTICLES_KEPT,
  type RecentArticle,
  type RecentArticleSource,
  toRecentArticle,
} from './entry'

/** The fields of an article its recent-articles entry copies, as a `select`. */
export const recentArticleSelect = {
  title: true,
  slug: true,
  publishedAt: true,
  spoilerWarnings: { show: true, season: true, episode: true },
} as const

/** One character's stored recent articles (a `recent-articles` document). */
export type StoredRecentArticles = { id: Id; character: Id; articles?: unknown[] | null }

export const storedArticles = (stored: StoredRecentArticles | undefined): RecentArticle[] =>
  (stored?.articles ?? []) as RecentArticle[]

/**
 * Writes one character's recent articles through the adapter, the whole document each time
 * (the SQLite adapter's partial update empties every array it is not given).
 */
export const writeRecentArticles = async ({
  payload,
  characterId,
  stored,
  articles,
  req,
}: {
  payload: Payload
  characterId: Id
  stored: StoredRecentArticles | undefined
  articles: RecentArticle[]
  req?: PayloadRequest
}) => {
  const data = {
    character: characterId,
    // Array rows need ids, which Payload's field hooks would otherwise assign; ObjectId-sized.
    articles: articles.map((item) => ({ ...item, id: randomBytes(12).toString('hex') })),
  }
  // `returning: false`: nobody reads the written row back, and reading it doubles the cost.
  if (stored) {
    await payload.db.updateOne({
      collection: 'recent-articles',
      id: stored.id,
      data,
      req,
      returning: false,
    })
  } else {
    await payload.db.create({ collection: 'recent-articles', data, req, returning: false })
  }
}

/** Stored recent articles of existing characters; an orphan (character removed below Payload) is skipped. */
export const findStoredRecentArticles = async (
  payload: Payload,
  where: Where,
  req?: PayloadRequest,
): Promise<StoredRecentArticles[]> =>
  (
    await payload.find({
      collection: 'recent-articles',
      where: { and: [where, { character: { exists: true } }] },
      depth: 0,
      pagination: false,
      req,
    })
  ).docs.flatMap((doc): StoredRecentArticles[] =>
    doc.character === null || doc.character === undefined
      ? []
      : [{ id: doc.id, character: extractID(doc.character), articles: doc.articles }],
  )

/** One character's recent articles read from the articles: the slow path, for the rare cases. */
export const readRecentArticlesFromArticles = async (
  payload: Payload,
  characterId: Id,
  req?: PayloadRequest,
): Promise<RecentArticle[]> => {
  const { docs } = await payload.find({
    collection: 'articles',
    where: {
      and: [{ characters: { in: [characterId] } }, { _status: { equals: 'published' } }],
    },
    select: recentArticleSelect,
    // The same order as `newerFirst`, so what is read here equals what a rebuild collects.
    sort: ['-publishedAt', '-id'],
    depth: 0,
    limit: RECENT_ARTICLES_KEPT,
    pagination: false,
    req,
  })
  return docs.map((doc) => toRecentArticle(doc as RecentArticleSource))
}

/**
 * A character's recent articles go with it. Before the delete, because the document points
 * at the character and SQLite would refuse to leave that pointer empty.
 */
export const deleteRecentArticles = async (characterId: Id, req: PayloadRequest) => {
  await req.payload.db.deleteMany({
    collection: 'recent-articles',
    where: { character: { equals: characterId } },
    req,
  })
}
