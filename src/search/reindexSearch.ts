import type { Payload, PayloadRequest, Where } from 'payload'

import { type IndexedSlug, syncSearchEntry } from './syncSearchEntry'

const BATCH = 100

/** What readers may find: published articles only; every character and show. */
const INDEXED: Array<{ collection: IndexedSlug; where?: Where }> = [
  { collection: 'shows' },
  { collection: 'characters' },
  { collection: 'articles', where: { _status: { equals: 'published' } } },
]

/**
 * Rebuilds the search entry of every show, character and published article (or those of the
 * given collections), creating the missing ones; returns how many were written. For data
 * that predates an indexed collection (the migration that added characters and shows) and
 * for the character index's rebuild (`npm run reindex`). Drafts are never touched: the
 * plugin's hooks already removed the entries of articles that are no longer published.
 */
export const reindexSearch = async (
  payload: Payload,
  {
    req,
    collections = INDEXED.map(({ collection }) => collection),
  }: { req?: Partial<PayloadRequest>; collections?: IndexedSlug[] } = {},
) => {
  let written = 0
  for (const { collection, where } of INDEXED.filter((entry) =>
    collections.includes(entry.collection),
  )) {
    for (let page = 1, hasNextPage = true; hasNextPage; page++) {
      const batch = await payload.find({ collection, where, depth: 0, limit: BATCH, page, req })
      hasNextPage = batch.hasNextPage
      for (const doc of batch.docs) {
        await syncSearchEntry({ payload, collection, doc, req })
        written++
      }
    }
  }
  return written
}
