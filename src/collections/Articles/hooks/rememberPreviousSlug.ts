import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'

/**
 * When an article that readers can already see is published under a new slug, keeps the slug
 * readers knew in `previousSlugs`, so the old address answers with a permanent redirect to the
 * new one (`getRenamedArticleSlug`). Only a published address is remembered: a draft's slugs
 * were never public. The live slug itself is never kept as an old one, so renaming back works.
 */
export const rememberPreviousSlug: CollectionBeforeChangeHook<Article> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || data._status !== 'published' || !originalDoc?.id) return data
  // `originalDoc` is the newest version, maybe a draft; readers see the published document.
  const published = await req.payload.findByID({
    collection: 'articles',
    id: originalDoc.id,
    draft: false,
    depth: 0,
    select: { slug: true, _status: true, previousSlugs: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const newSlug = data.slug ?? originalDoc.slug
  const kept = (data.previousSlugs ?? published?.previousSlugs ?? []).filter(
    (entry) => entry.slug && entry.slug !== newSlug,
  )
  const oldSlug = published?._status === 'published' ? published.slug : null
  if (oldSlug && oldSlug !== newSlug && !kept.some((entry) => entry.slug === oldSlug)) {
    kept.push({ slug: oldSlug })
  }
  return { ...data, previousSlugs: kept.map(({ slug }) => ({ slug })) }
}
