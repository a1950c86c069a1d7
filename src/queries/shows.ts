import 'server-only'

import { unstable_cache } from 'next/cache'

import type { Article, Character, Show } from '@/payload-types'

import { TAGS } from './cacheTags'
import { payloadClient } from './payloadClient'

const SHOW_PAGE_ARTICLES = 20

export type ShowCastMember = Pick<Character, 'id' | 'name' | 'slug' | 'portrayedBy' | 'appearances'>
export type ShowArticle = Pick<
  Article,
  'id' | 'title' | 'slug' | 'dek' | 'publishedAt' | 'spoilerWarnings'
>

/** One show by slug, readers' access applied. */
export const getShowBySlug = (slug: string): Promise<Show | null> =>
  unstable_cache(
    async () => {
      const payload = await payloadClient()
      const { docs } = await payload.find({
        collection: 'shows',
        overrideAccess: false,
        where: { slug: { equals: slug } },
        depth: 1,
        limit: 1,
        pagination: false,
      })
      return docs[0] ?? null
    },
    ['show-by-slug', slug],
    { tags: [TAGS.showSlug(slug), TAGS.showData] },
  )()

/** The characters whose canon includes this show, by name: one indexed query. */
export const getShowCast = (showId: number | string): Promise<ShowCastMember[]> =>
  unstable_cache(
    async () => {
      const payload = await payloadClient()
      const { docs } = await payload.find({
        collection: 'characters',
        overrideAccess: false,
        where: { 'appearances.show': { equals: showId } },
        select: {
          name: true,
          slug: true,
          portrayedBy: true,
          appearances: { show: true, seasons: true },
        },
        sort: 'name',
        depth: 0,
        pagination: false,
      })
      return docs as ShowCastMember[]
    },
    ['show-cast', String(showId)],
    // Any character edit may add or remove someone from the cast.
    { tags: [TAGS.characterLists] },
  )()

/** Published articles covering the show, newest first: one indexed query. */
export const getShowArticles = (showId: number | string): Promise<ShowArticle[]> =>
  unstable_cache(
    async () => {
      const payload = await payloadClient()
      const { docs } = await payload.find({
        collection: 'articles',
        overrideAccess: false,
        where: { and: [{ _status: { equals: 'published' } }, { shows: { in: [showId] } }] },
        select: { title: true, slug: true, dek: true, publishedAt: true, spoilerWarnings: true },
        populate: { shows: { title: true } },
        sort: '-publishedAt',
        depth: 1,
        limit: SHOW_PAGE_ARTICLES,
        pagination: false,
      })
      return docs as ShowArticle[]
    },
    ['show-articles', String(showId)],
    { tags: [TAGS.showArticles(showId), TAGS.showData] },
  )()

/** Every show slug, for static generation and the sitemap. */
export const getShowSlugs = unstable_cache(
  async (): Promise<Array<{ slug: string; updatedAt: string }>> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'shows',
      overrideAccess: false,
      select: { slug: true, updatedAt: true },
      depth: 0,
      pagination: false,
    })
    return docs
      .filter((doc) => doc.slug)
      .map((doc) => ({ slug: doc.slug!, updatedAt: doc.updatedAt }))
  },
  ['show-slugs'],
  { tags: [TAGS.showData] },
)
