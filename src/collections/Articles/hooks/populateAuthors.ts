import type { CollectionAfterReadHook } from 'payload'

import type { Article } from '@/payload-types'

const authorId = (author: NonNullable<Article['authors']>[number]): number | string =>
  typeof author === 'object' ? author.id : author

/**
 * Copies each author's public name onto the article. Readers cannot read the users
 * collection (it holds e-mail addresses), so the byline cannot come from population.
 */
export const populateAuthors: CollectionAfterReadHook<Article> = async ({ doc, req }) => {
  const ids = (doc.authors ?? []).map(authorId)
  if (ids.length === 0) return { ...doc, populatedAuthors: [] }
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    select: { name: true },
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const names = new Map(docs.map((user) => [String(user.id), user.name]))
  return {
    ...doc,
    populatedAuthors: ids
      .filter((id) => names.has(String(id)))
      .map((id) => ({ id: String(id), name: names.get(String(id)) })),
  }
}
