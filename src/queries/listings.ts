import 'server-only'

import { unstable_cache } from 'next/cache'
import type {
  CollectionSlug,
  DataFromCollectionSlug,
  JoinQuery,
  TypedCollectionSelect,
  Where,
} from 'payload'

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

/** How many documents one page of the /characters or /shows index lists. */
export const INDEX_PAGE_SIZE = 48

/** One page of a browse index, or null for a page past the end (so no cache entry is made). */
export type IndexPage<Doc> = { docs: Doc[]; page: number; totalPages: number }

type FindIndexPageArgs<Slug extends SluggedCollection> = {
  collection: Slug
  /** 1-based; anything past the last page answers null. */
  page: number
  select: TypedCollectionSelect[Slug]
  sort: string
  /** Cache tags whose revalidation refreshes this index (see `TAGS`). */
  tags: string[]
}

/**
 * One page of a public collection, sorted for browsing, as readers may see it. The count is
 * read (and cached) first, so a page number past the end costs one cached read and adds no
 * cache entry: only real pages are ever stored.
 */
export const findIndexPage = async <Slug extends SluggedCollection>({
  collection,
  page,
  select,
  sort,
  tags,
}: FindIndexPageArgs<Slug>): Promise<IndexPage<DataFromCollectionSlug<Slug>> | null> => {
  const totalDocs = await unstable_cache(
    async () => {
      const payload = await payloadClient()
      return (await payload.count({ collection, overrideAccess: false })).totalDocs
    },
    [`${collection}-index-count`],
    { tags },
  )()
  const totalPages = Math.max(1, Math.ceil(totalDocs / INDEX_PAGE_SIZE))
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null
  const docs = await unstable_cache(
    async () => {
      const payload = await payloadClient()
      const result = await payload.find({
        collection,
        overrideAccess: false,
        select,
        sort,
        depth: 1,
        limit: INDEX_PAGE_SIZE,
        page,
      })
      return result.docs as DataFromCollectionSlug<Slug>[]
    },
    [`${collection}-index`, String(page)],
    { tags },
  )()
  return { docs, page, totalPages }
}
