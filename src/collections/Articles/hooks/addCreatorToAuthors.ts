import type { CollectionBeforeChangeHook } from 'payload'
import { extractID } from 'payload/shared'

import type { Article } from '@/payload-types'
import { checkRole } from '@/utilities/checkRole'

/**
 * A writer may only edit articles they are an author of, so the writer who creates an article
 * is always added to `authors`; otherwise their own new draft would lock them out. Editors are
 * added only when they name no author, since they often file pieces for someone else.
 */
export const addCreatorToAuthors: CollectionBeforeChangeHook<Article> = ({
  data,
  operation,
  req: { user },
}) => {
  if (operation !== 'create' || !user || user.collection !== 'users') return data
  const authors = data.authors ?? []
  const isListed = authors.some((author) => String(extractID(author)) === String(user.id))
  if (isListed) return data
  if (checkRole(user, ['writer']) || authors.length === 0) {
    return { ...data, authors: [...authors, user.id] }
  }
  return data
}
