import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { extractID } from 'payload/shared'

import type { Article } from '@/payload-types'
import { TAGS } from '@/cache/cacheTags'
import type { DocumentId } from '@/utilities/documentId'
import { revalidate } from '@/utilities/revalidate'

const ids = (values: Array<DocumentId | { id: DocumentId }> | null | undefined) =>
  (values ?? []).map(extractID)

/**
 * Everything that shows this article, before and after the change: its own page (old and new
 * slug, and the addresses it had before a rename, which redirect to it only while it is
 * published), the lists (home, feed, sitemap), the pages and sidebars of every character it tags,
 * and the pages of every show it covers.
 */
const articleTargets = (docs: Array<Partial<Article> | null | undefined>) => {
  const tags: string[] = [TAGS.articleLists]
  const paths: string[] = ['/']
  for (const doc of docs) {
    if (!doc) continue
    for (const slug of [doc.slug, ...(doc.previousSlugs ?? []).map((entry) => entry.slug)]) {
      if (!slug) continue
      tags.push(TAGS.articleSlug(slug))
      paths.push(`/articles/${slug}`)
    }
    for (const id of ids(doc.characters)) tags.push(TAGS.characterArticles(id))
    for (const id of ids(doc.shows)) tags.push(TAGS.showArticles(id))
  }
  return { tags, paths }
}

/**
 * Readers only see published versions, so autosaves of a never-published draft touch no
 * public page. Publishing, unpublishing or editing a published article refreshes everything
 * that shows it, as it was and as it is.
 */
export const revalidateArticle: CollectionAfterChangeHook<Article> = ({
  doc,
  previousDoc,
  req,
}) => {
  const isPublic = doc._status === 'published' || previousDoc?._status === 'published'
  if (isPublic) revalidate({ req, ...articleTargets([doc, previousDoc]) })
  return doc
}

export const revalidateArticleDelete: CollectionAfterDeleteHook<Article> = ({ doc, req }) => {
  revalidate({ req, ...articleTargets([doc]) })
  return doc
}
