import { type CollectionAfterReadHook, createDataloaderCacheKey } from 'payload'
import { extractID } from 'payload/shared'

import type { Article, User } from '@/payload-types'

/**
 * Copies each author's public name onto the article. Readers cannot read the users
 * collection (it holds e-mail addresses), so the byline cannot come from population. The
 * lookups go through the request's data loader, so a list of 20 articles costs one users
 * query, not 20.
 */
export const populateAuthors: CollectionAfterReadHook<Article> = async ({ doc, req }) => {
  const ids = (doc.authors ?? []).map(extractID)
  if (ids.length === 0) return { ...doc, populatedAuthors: [] }
  const users = await Promise.all(
    ids.map(
      (id) =>
        req.payloadDataLoader?.load(
          createDataloaderCacheKey({
            collectionSlug: 'users',
            currentDepth: 0,
            depth: 0,
            docID: id,
            draft: false,
            // Passed through as-is, as Payload's own population does; the types are stricter
            // than the loader, which serialises undefined as null.
            fallbackLocale: req.fallbackLocale as unknown as null,
            locale: req.locale as string,
            overrideAccess: true,
            select: { name: true },
            showHiddenFields: false,
            transactionID: req.transactionID as number | string,
          }),
        ) as Promise<Pick<User, 'id' | 'name'> | null | undefined>,
    ),
  )
  return {
    ...doc,
    populatedAuthors: users
      .filter((user): user is Pick<User, 'id' | 'name'> => Boolean(user))
      .map((user) => ({ id: String(user.id), name: user.name })),
  }
}
