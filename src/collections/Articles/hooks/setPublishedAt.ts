import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'

/** Stamp the first publication time; later edits keep it so feeds and sort order stay stable. */
export const setPublishedAt: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  const isPublishing = data._status === 'published'
  if (isPublishing && !data.publishedAt && !originalDoc?.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
