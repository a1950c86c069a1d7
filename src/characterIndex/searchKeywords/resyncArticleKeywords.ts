import type { CollectionAfterChangeHook, PayloadRequest, Where } from 'payload'

import type { Character, Show } from '@/payload-types'
import { syncSearchEntry } from '@/search/syncSearchEntry'

const PAGE_SIZE = 100

/**
 * Rewrites the search entry of every published article matching `where`: their keywords
 * copy the names of the characters they tag and the titles of the shows they cover, which
 * plugin-search syncs only when the article itself is saved. In pages, inside the save's
 * request (and its transaction, where there is one).
 */
const resyncPublishedArticles = async (req: PayloadRequest, where: Where) => {
  const { payload } = req
  for (let page = 1, hasNextPage = true; hasNextPage; page += 1) {
    const batch = await payload.find({
      collection: 'articles',
      where: { and: [{ _status: { equals: 'published' } }, where] },
      // What an article's search entry is built from; never the body.
      select: {
        title: true,
        dek: true,
        slug: true,
        publishedAt: true,
        characters: true,
        shows: true,
      },
      depth: 0,
      limit: PAGE_SIZE,
      page,
      req,
    })
    hasNextPage = batch.hasNextPage
    for (const doc of batch.docs) {
      await syncSearchEntry({ payload, collection: 'articles', doc, req })
    }
  }
}

const namesOf = (character: Partial<Character> | undefined) =>
  JSON.stringify([character?.name, (character?.aliases ?? []).map(({ alias }) => alias)])

/** A character's new name or aliases reach the search keywords of the articles tagging it. */
export const resyncKeywordsOfTaggingArticles: CollectionAfterChangeHook<Character> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation === 'update' && namesOf(doc) !== namesOf(previousDoc)) {
    await resyncPublishedArticles(req, { characters: { in: [doc.id] } })
  }
  return doc
}

/** A show's new title reaches the search keywords of the articles covering it. */
export const resyncKeywordsOfCoveringArticles: CollectionAfterChangeHook<Show> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation === 'update' && doc.title !== previousDoc?.title) {
    await resyncPublishedArticles(req, { shows: { in: [doc.id] } })
  }
  return doc
}
