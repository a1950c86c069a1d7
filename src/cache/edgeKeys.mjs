/**
 * The edge (Varnish with the xkey vmod, deploy/varnish/) purges pages by key. Each page's keys
 * are exactly the cache tags Next recorded for it, so a save purges at the edge precisely what
 * it expires in Next's cache: no second dependency map to keep in step.
 */

/** The response header the xkey vmod reads a response's keys from (space-separated). */
export const EDGE_KEYS_HEADER = 'xkey'

/** Where Next keeps a page's tags on its cache entry; `next start` strips it from responses. */
const NEXT_CACHE_TAGS_HEADER = 'x-next-cache-tags'

/** Cache entries that are whole HTTP responses (pages, route handlers); others are data. */
const RESPONSE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE'])

/**
 * The cache tags Next recorded on a response entry (a page or a route handler's answer).
 * @param {{ kind?: string, headers?: Record<string, unknown> } | null | undefined} value
 * @returns {string[]}
 */
export const responseTags = (value) => {
  if (!value || !RESPONSE_KINDS.has(value.kind ?? '') || !value.headers) return []
  const tags = value.headers[NEXT_CACHE_TAGS_HEADER]
  return typeof tags === 'string' && tags !== '' ? tags.split(',') : []
}

/**
 * Copies a response entry's cache tags into the edge-keys header, in place: the entry Next is
 * about to store is also the one it answers this request with, so the first response carries
 * its keys as well as every cached one after it. Other entries are returned untouched.
 * @template {{ kind?: string, headers?: Record<string, unknown> } | null | undefined} T
 * @param {T} value a Next cache value (IncrementalCacheValue)
 * @returns {T}
 */
export const addEdgeKeys = (value) => {
  const tags = responseTags(value)
  if (value?.headers && tags.length > 0) value.headers[EDGE_KEYS_HEADER] = edgeKeys(tags).join(' ')
  return value
}

/**
 * Tags as xkey keys: xkey separates keys by spaces and commas, which no tag of ours holds
 * (slugs, ids, paths). A tag that did would be split into keys that purge too much, never too
 * little, so such tags are dropped rather than guessed at.
 * @param {readonly string[]} tags
 * @returns {string[]}
 */
export const edgeKeys = (tags) => [
  ...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag !== '' && !/[\s,]/.test(tag))),
]
