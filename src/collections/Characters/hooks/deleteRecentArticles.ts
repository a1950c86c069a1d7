import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A character's list of recent articles goes with it. Before the delete, because the list
 * points at the character and SQLite would refuse to leave that pointer empty.
 */
export const deleteRecentArticles: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.db.deleteMany({
    collection: 'recent-articles',
    where: { character: { equals: id } },
    req,
  })
}
