import 'server-only'

import type { Search } from '@/payload-types'

import { payloadClient } from './payloadClient'

const RESULTS = 20
/** Long queries are cut: nobody types more, and it bounds the LIKE scan. */
const MAX_QUERY_LENGTH = 100

export type SearchResult = Pick<Search, 'id' | 'title' | 'slug' | 'dek' | 'publishedAt'>

/**
 * Published articles whose title, dek, tagged character names or show titles contain the
 * query. Reads plugin-search's index, which never holds body text, so no spoiler can match
 * or appear in a result. Not cached: every query is different.
 */
export const searchArticles = async (query: string): Promise<SearchResult[]> => {
  const q = query.trim().slice(0, MAX_QUERY_LENGTH)
  if (!q) return []
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'search',
    overrideAccess: false,
    where: { or: [{ title: { like: q } }, { dek: { like: q } }, { keywords: { like: q } }] },
    select: { title: true, slug: true, dek: true, publishedAt: true },
    sort: ['-priority', '-publishedAt'],
    limit: RESULTS,
    depth: 0,
    pagination: false,
  })
  return docs
}
