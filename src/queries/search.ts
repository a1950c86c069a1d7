import 'server-only'

import type { Search } from '@/payload-types'

import { payloadClient } from './payloadClient'

const RESULTS = 20
/** Long queries are cut: nobody types more, and it bounds the LIKE scan. */
const MAX_QUERY_LENGTH = 100

/** What a result links to: the public page of each indexed collection. */
export type SearchResultKind = Search['doc']['relationTo']

export type SearchResult = Pick<Search, 'id' | 'title' | 'slug' | 'dek' | 'publishedAt'> & {
  kind: SearchResultKind
}

/**
 * Shows, characters and published articles whose title or name, excerpt or keywords (a
 * character's aliases and actor; an article's tagged characters and shows) contain the query.
 * Reads plugin-search's index, which never holds article bodies, so no spoiler can match or
 * appear in a result. Not cached: every query is different.
 */
export const searchSite = async (query: string): Promise<SearchResult[]> => {
  const q = query.trim().slice(0, MAX_QUERY_LENGTH)
  if (!q) return []
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'search',
    overrideAccess: false,
    where: { or: [{ title: { like: q } }, { dek: { like: q } }, { keywords: { like: q } }] },
    select: { title: true, slug: true, dek: true, publishedAt: true, doc: true },
    sort: ['-priority', '-publishedAt'],
    limit: RESULTS,
    depth: 0,
    pagination: false,
  })
  // An entry whose document was removed below Payload's hooks (a bulk script) points nowhere.
  return docs.flatMap(({ doc, ...result }) =>
    doc?.value ? [{ ...result, kind: doc.relationTo }] : [],
  )
}
