import 'server-only'

import { unstable_cache } from 'next/cache'
import type { CollectionSlug, DataFromCollectionSlug, JoinQuery, Where } from 'payload'

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

/** A public collection whose documents have their own page, found by slug. */
type SluggedCollection = Extract<CollectionSlug, 'characters' | 'shows'>

type FindOneBySlugArgs<Slug extends SluggedCollection> = {
  collection: Slug
  slug: string
  /** Cache tags whose revalidation refreshes this read (see `TAGS`). */
  tags: string[]
  /** Which join fields to read; `false` skips them all. */
  joins?: JoinQuery<Slug>
}

/**
 * One document by slug, relationships populated one level deep, cached under `tags`.
 * Readers' access applies, so a document they may not see reads as `null`.
 */
export const findOneBySlug = <Slug extends SluggedCollection>({
  collection,
  slug,
  tags,
  joins,
}: FindOneBySlugArgs<Slug>): Promise<DataFromCollectionSlug<Slug> | null> =>
  unstable_cache(
    async () => {
      const payload = await payloadClient()
      const { docs } = await payload.find({
        collection,
        overrideAccess: false,
        where: { slug: { equals: slug } },
        joins,
        depth: 1,
        limit: 1,
        pagination: false,
      })
      return docs[0] ?? null
    },
    [`${collection}-by-slug`, slug],
    { tags },
  )()

/** Slug and last change of every document in a collection, for static params and the sitemap. */
export const findSlugs = async (
  collection: SluggedCollection,
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
