import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { findArticlesTagging } from '../findArticlesTagging'

const TITLES_SHOWN = 3

/**
 * Deleting a character that articles still tag would leave those tags pointing nowhere.
 * Refuse, say how many articles and which, and point the editor at merging instead.
 */
export const preventDeletingTaggedCharacter: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const articles = await findArticlesTagging({ payload: req.payload, characterId: id, req })
  if (articles.length === 0) return
  const titles = articles.slice(0, TITLES_SHOWN).map((article) => `"${article.title}"`)
  const more = articles.length > TITLES_SHOWN ? ` and ${articles.length - TITLES_SHOWN} more` : ''
  const count = articles.length === 1 ? '1 article tags' : `${articles.length} articles tag`
  throw new APIError(
    `Cannot delete: ${count} this character (${titles.join(', ')}${more}). Use "Merge into another character" to move the tags first.`,
    409,
    null,
    true,
  )
}
