import type { PayloadRequest } from 'payload'

import { refreshRecentArticles } from './recentArticles/refreshRecentArticles'

/**
 * Brings what the character index derives from one article in step with what readers now
 * see of it, after a save or delete, within the save's request (and its transaction, where
 * the adapter has them: SQLite, and MongoDB replica sets).
 *
 * Of the chain, `deriveCharacters` already wrote the article's `characters` before the write,
 * plugin-search's own hook writes the article's search entry from them, and the article's
 * revalidation hook expires the cache tags; what is left are the recent articles of every
 * character the article is, or was, listed under.
 */
export const syncCharacterIndex = ({
  articleId,
  req,
}: {
  articleId: number | string
  req: PayloadRequest
}): Promise<void> => refreshRecentArticles({ articleId, req })
