import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { refreshRecentArticles } from '@/collections/RecentArticles/refresh'
import type { Article } from '@/payload-types'

/**
 * Keeps each tagged character's list of recent articles (read by the "also appears in"
 * sidebar) in step with what readers see, within the save's request (and its transaction,
 * where the adapter has them: SQLite, and MongoDB replica sets). Runs before
 * the revalidation hook, so the refreshed pages read the new lists.
 */
export const refreshCharacterLists: CollectionAfterChangeHook<Article> = async ({ doc, req }) => {
  await refreshRecentArticles({ articleId: doc.id, req })
  return doc
}

export const refreshCharacterListsAfterDelete: CollectionAfterDeleteHook<Article> = async ({
  id,
  req,
}) => {
  await refreshRecentArticles({ articleId: id, req })
}
