import 'server-only'

import type { CollectionSlug, Where } from 'payload'

import type { Article } from '@/payload-types'

import { payloadClient } from './payloadClient'

/** An article as lists show it: title, date, dek (spoiler-safe) and spoiler scopes. */
export type ArticleListing = Pick<
  Article,
  'id' | 'title' | 'slug' | 'dek' | 'publishedAt' | 'spoilerWarnings'
>

/** Published articles matching `where`, newest first, as readers may see them. */
export const findPublishedArticles = async (
  where: Where,
  limit: number,
): Promise<ArticleListing[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    overrideAccess: false,
    where: { and: [{ _status: { equals: 'published' } }, where] },
    select: { title: true, slug: true, dek: true, publishedAt: true, spoilerWarnings: true },
    populate: { shows: { title: true } },
    sort: '-publishedAt',
    depth: 1,
    limit,
    pagination: false,
  })
  return docs as ArticleListing[]
}

/** Slug and last change of every document in a collection, for static params and the sitemap. */
export const findSlugs = async (
  collection: Extract<CollectionSlug, 'characters' | 'shows'>,
): Promise<Array<{ slug: string; updatedAt: string }>> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    overrideAccess: false,
    select: { slug: true, updatedAt: true },
    depth: 0,
    pagination: false,
  })
  return docs.flatMap((doc) => (doc.slug ? [{ slug: doc.slug, updatedAt: doc.updatedAt }] : []))
}
