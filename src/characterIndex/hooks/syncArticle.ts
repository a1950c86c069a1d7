import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Article } from '@/payload-types'

import { syncCharacterIndex } from '../syncCharacterIndex'

/** After every article save: the index follows what readers now see of the article. */
export const syncArticle: CollectionAfterChangeHook<Article> = async ({ doc, req }) => {
  await syncCharacterIndex({ articleId: doc.id, req })
  return doc
}

export const syncDeletedArticle: CollectionAfterDeleteHook<Article> = async ({ id, req }) => {
  await syncCharacterIndex({ articleId: id, req })
}
