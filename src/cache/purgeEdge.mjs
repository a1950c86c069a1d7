/**
 * Tells every edge cache (EDGE_PURGE_URL, comma-separated) to drop the pages carrying any of
 * the given keys: `PURGE /` with an `xkey-purge` header, which deploy/varnish/spoilerproof.vcl
 * accepts from its purgers ACL only.
 */

/** Below Varnish's default 8 KB request-header limit, with room for the rest of the request. */
const MAX_HEADER_CHARS = 6_000
const TIMEOUT_MS = 2_000

/**
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export const edgePurgeUrls = (env = process.env) =>
  (env.EDGE_PURGE_URL ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)

/**
 * Splits keys into header values under the size limit, so a save that touches hundreds of
 * pages (a character tagged in many articles) still purges all of them.
 * @param {readonly string[]} keys
 * @returns {string[]}
 */
export const purgeBatches = (keys) => {
  const batches = []
  let current = ''
  for (const key of keys) {
    if (current && current.length + key.length + 1 > MAX_HEADER_CHARS) {
      batches.push(current)
      current = ''
    }
    current = current ? `${current} ${key}` : key
  }
  if (current) batches.push(current)
  return batches
}

/**
 * Never throws: a save must not fail because an edge could not be told. Failures are logged;
 * the page then stays at the edge until its next purge or its edge TTL (spoilerproof.vcl).
 * @param {{ keys: readonly string[], urls: readonly string[], log: Pick<Console, 'warn'> }} args
 */
export const purgeEdge = async ({ keys, urls, log }) => {
  if (keys.length === 0 || urls.length === 0) return
  const requests = urls.flatMap((url) =>
    purgeBatches(keys).map(async (batch) => {
      try {
        const response = await fetch(url, {
          method: 'PURGE',
          headers: { 'xkey-purge': batch },
          signal: AbortSignal.timeout(TIMEOUT_MS),
        })
        if (!response.ok) throw new Error(`status ${response.status}`)
      } catch (error) {
        log.warn(`[cache] could not purge the edge at ${url}: ${String(error)}`)
      }
    }),
  )
  await Promise.all(requests)
}
