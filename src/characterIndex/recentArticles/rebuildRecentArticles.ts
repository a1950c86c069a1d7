import type { Payload, PayloadRequest, Where } from 'payload'
import { extractID } from 'payload/shared'

import type { DocumentId as Id } from '@/utilities/documentId'
import { inTransaction } from '@/db/inTransaction'
import { normalizeDocumentId } from '@/utilities/normalizeDocumentId'

import { collectRecentArticles } from './collectRecentArticles'
import {
  type RecentArticle,
  type RecentArticleSource,
  sameRecentArticles,
  toRecentArticle,
} from './entry'
import {
  findStoredRecentArticles,
  readRecentArticlesFromArticles,
  recentArticleSelect,
  type StoredRecentArticles,
  storedArticles,
  writeRecentArticles,
} from './store'

const READ_PAGE_SIZE = 1000

type Stale = {
  characterId: Id
  stored: StoredRecentArticles | undefined
  articles: RecentArticle[]
}

/**
 * Every character whose stored recent articles differ from those the published articles
 * give, with the ones it should have. One pass over the published articles.
 */
export const findStaleRecentArticles = async (
  payload: Payload,
  req?: PayloadRequest,
): Promise<Stale[]> => {
  // Pages in id order, each starting after the last id seen: every page is a primary-key
  // range, so the pass stays linear at 100k articles (offset pages sorted by date were not).
  const collector = collectRecentArticles()
  let after: Id | undefined
  for (;;) {
    const conditions: Where[] = [{ _status: { equals: 'published' } }]
    if (after !== undefined) conditions.push({ id: { greater_than: after } })
    const { docs } = await payload.find({
      collection: 'articles',
      where: { and: conditions },
      select: { ...recentArticleSelect, characters: true },
      sort: 'id',
      depth: 0,
      limit: READ_PAGE_SIZE,
      pagination: false,
      req,
    })
    for (const doc of docs) {
      collector.add(
        toRecentArticle(doc as RecentArticleSource),
        (doc.characters ?? []).map(extractID),
      )
    }
    if (docs.length < READ_PAGE_SIZE) break
    after = docs[docs.length - 1].id
  }

  const collected = collector.byCharacter()
  const found = await findStoredRecentArticles(payload, {}, req)
  const byCharacter = new Map(found.map((stored) => [String(stored.character), stored]))
  return [...new Set([...byCharacter.keys(), ...collected.keys()])].flatMap((key): Stale[] => {
    const stored = byCharacter.get(key)
    const articles = collected.get(key) ?? []
    if (sameRecentArticles(storedArticles(stored), articles)) return []
    const characterId = stored ? stored.character : (normalizeDocumentId(payload, key) ?? key)
    return [{ characterId, stored, articles }]
  })
}

/** How many characters one transaction of a rebuild rewrites: short, so saves never wait long. */
const WRITE_BATCH = 50

/**
 * Rebuilds every character's recent articles from the published articles and writes those
 * that differ. Returns how many it rewrote.
 *
 * One read-only pass finds the stale ones; then each batch of them is read again from the
 * articles and written in one short transaction, so a save that changes them meanwhile is
 * never overwritten by the pass's older view, and the server's saves wait for one batch at
 * most. (Inside a caller's transaction, e.g. a migration, everything joins that one.)
 *
 * `isBulkImport`: the caller has just written the articles below Payload into a database
 * nothing else writes to (`seed:large`), so what the pass collected is written as it is.
 * Re-reading each character's set from the articles would cost a query per character that
 * sorts every article tagging it: a minute at 100k articles on SQLite, hours on FerretDB.
 */
export const rebuildRecentArticles = async (
  payload: Payload,
  { req, isBulkImport = false }: { req?: PayloadRequest; isBulkImport?: boolean } = {},
): Promise<number> => {
  const stale = await findStaleRecentArticles(payload, req)
  let rewritten = 0
  for (let start = 0; start < stale.length; start += WRITE_BATCH) {
    const batch = stale.slice(start, start + WRITE_BATCH)
    rewritten += await inTransaction(req ? { req } : { payload }, async (txReq) => {
      if (isBulkImport) {
        for (const { characterId, stored, articles } of batch) {
          await writeRecentArticles({ payload, characterId, stored, articles, req: txReq })
        }
        return batch.length
      }
      let written = 0
      for (const { characterId } of batch) {
        const [stored] = await findStoredRecentArticles(
          payload,
          { character: { equals: characterId } },
          txReq,
        )
        const articles = await readRecentArticlesFromArticles(payload, characterId, txReq)
        if (sameRecentArticles(storedArticles(stored), articles)) continue
        await writeRecentArticles({ payload, characterId, stored, articles, req: txReq })
        written += 1
      }
      return written
    })
  }
  return rewritten
}
