import type { GlobalAfterChangeHook } from 'payload'

import { TAGS } from '@/cache/cacheTags'
import { revalidate } from '@/utilities/revalidate'

/**
 * The policy decides, on every article page, which warnings have softened and which spoilers
 * show. Articles read it into their cached data, so a change must refresh every published
 * article (one query for the slugs; policy changes are rare) and every list.
 */
export const revalidateAllArticles: GlobalAfterChangeHook = async ({ doc, req }) => {
  const { context, payload } = req
  if (context.disableRevalidate) return doc
  const { docs } = await payload.find({
    collection: 'articles',
    where: { _status: { equals: 'published' } },
    select: { slug: true },
    depth: 0,
    pagination: false,
    req,
  })
  const tags = [
    TAGS.articleLists,
    TAGS.showData,
    ...docs.flatMap((a) => (a.slug ? [TAGS.articleSlug(a.slug)] : [])),
  ]
  revalidate({ req, tags })
  return doc
}
