import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Article } from '@/payload-types'
import { TAGS } from '@/queries/cacheTags'
import { revalidate } from '@/utilities/revalidate'

const articleTargets = (docs: Array<Partial<Article> | undefined>) => {
  const tags: string[] = [TAGS.articleLists]
  const paths: string[] = ['/']
  for (const doc of docs) {
    if (!doc) continue
    if (doc.id !== undefined) tags.push(TAGS.article(doc.id))
    if (doc.slug) {
      tags.push(TAGS.articleSlug(doc.slug))
      paths.push(`/articles/${doc.slug}`)
    }
  }
  return { tags, paths }
}

/**
 * Readers only see published versions, so autosaves of a draft touch no public page. Any
 * change that publishes, unpublishes or edits a published article refreshes its page (old
 * and new slug) and the lists.
 */
export const revalidateArticle: CollectionAfterChangeHook<Article> = ({
  doc,
  previousDoc,
  req: { context, payload },
}) => {
  const isPublic = doc._status === 'published' || previousDoc?._status === 'published'
  if (isPublic) revalidate({ context, payload, ...articleTargets([doc, previousDoc]) })
  return doc
}

export const revalidateArticleDelete: CollectionAfterDeleteHook<Article> = ({
  doc,
  req: { context, payload },
}) => {
  revalidate({ context, payload, ...articleTargets([doc]) })
  return doc
}
