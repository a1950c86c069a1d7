import 'server-only'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { TAGS } from '@/cache/cacheTags'
import type { Character, Show } from '@/payload-types'

import {
  type ArticleListing,
  findIndexPage,
  findOneBySlug,
  findPublishedArticles,
  findSlugs,
  type IndexPage,
} from './listings'
import { payloadClient } from './payloadClient'

const SHOW_PAGE_ARTICLES = 20

export type ShowCastMember = Pick<Character, 'id' | 'name' | 'slug' | 'portrayedBy' | 'appearances'>

/** One show by slug, readers' access applied; read once per request (page and metadata). */
export const getShowBySlug = cache((slug: string): Promise<Show | null> =>
  findOneBySlug({ collection: 'shows', slug, tags: [TAGS.showSlug(slug), TAGS.showData] }),
)

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
export const getShowArticles = (showId: number | string): Promise<ArticleListing[]> =>
  unstable_cache(
    () => findPublishedArticles({ shows: { in: [showId] } }, SHOW_PAGE_ARTICLES),
    ['show-articles', String(showId)],
    { tags: [TAGS.showArticles(showId), TAGS.showData] },
  )()

/** Every show slug, for static generation and the sitemap. */
export const getShowSlugs = unstable_cache(() => findSlugs('shows'), ['show-slugs'], {
  tags: [TAGS.showData],
})

/** A show as the /shows index lists it. */
export type ShowIndexEntry = Pick<Show, 'id' | 'title' | 'slug' | 'network' | 'poster' | 'seasons'>

/** One page of every show, by title, for /shows; null past the last page. */
export const getShowIndex = (page: number): Promise<IndexPage<ShowIndexEntry> | null> =>
  findIndexPage({
    collection: 'shows',
    page,
    select: { title: true, slug: true, network: true, poster: true, seasons: { number: true } },
    sort: 'title',
    tags: [TAGS.showData],
  })
