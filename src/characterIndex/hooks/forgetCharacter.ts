import type { CollectionBeforeDeleteHook } from 'payload'

import { deleteRecentArticles } from '../recentArticles/store'

/** A deleted character's recent articles go with it (deleting a tagged one is refused first). */
export const forgetCharacter: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await deleteRecentArticles(id, req)
}
