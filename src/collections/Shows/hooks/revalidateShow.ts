import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Show } from '@/payload-types'
import { TAGS } from '@/cache/cacheTags'
import { revalidate } from '@/utilities/revalidate'

const showTags = (docs: Array<Show | undefined>) => {
  const tags: string[] = [TAGS.showData]
  for (const doc of docs) {
    if (!doc) continue
    if (doc.slug) tags.push(TAGS.showSlug(doc.slug))
  }
  return tags
}

/** A show's title and seasons are printed on many pages; `showData` refreshes them all. */
export const revalidateShow: CollectionAfterChangeHook<Show> = ({ doc, previousDoc, req }) => {
  revalidate({ req, tags: showTags([doc, previousDoc]) })
  return doc
}

export const revalidateShowDelete: CollectionAfterDeleteHook<Show> = ({ doc, req }) => {
  revalidate({ req, tags: showTags([doc]) })
  return doc
}
