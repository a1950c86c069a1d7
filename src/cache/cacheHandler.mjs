/**
 * Next's cache handler (`cacheHandler` in next.config.mjs), used only when REDIS_URL or
 * EDGE_PURGE_URL is set; otherwise Next keeps its own cache, as it always has.
 *
 * - REDIS_URL: one cache for every instance, in Redis, through @fortedigital/nextjs-cache-handler.
 *   A tag expired by any instance is expired for all of them. Redis down: every request is a
 *   cache miss and renders (degraded, logged), nothing fails.
 * - Without it (one instance behind the edge): an in-process LRU from the same package.
 * - Either way every page's cache tags go out as its edge keys, and every expired tag is then
 *   purged at the edge (EDGE_PURGE_URL), after the shared cache has dropped it, so the edge can
 *   never re-fetch the old page from the origin.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'

import { connectRedis } from '../redis/connectRedis.mjs'
import { addEdgeKeys, edgeKeys, responseTags } from './edgeKeys.mjs'
import { edgePurgeUrls, purgeEdge } from './purgeEdge.mjs'
import { withRevalidationReplay } from './withRevalidationReplay.mjs'

const log = console
const purge = (tags) => purgeEdge({ keys: edgeKeys(tags), urls: edgePurgeUrls(), log })

CacheHandler.onCreation(({ buildId }) => {
  const url = process.env.REDIS_URL
  if (!url || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) {
    return { handlers: [createLruHandler()] }
  }
  let store = null
  const client = connectRedis({ url, name: 'cache', onReady: () => void store?.replayPending() })
  store = withRevalidationReplay(
    createRedisHandler({
      client,
      // Entries hold references to one build's scripts: a deploy starts with a cache of its own.
      keyPrefix: `spoilerproof:${buildId ?? 'dev'}:`,
      // A slow Redis must not hold a page up: past this, the request renders instead.
      timeoutMs: 1_000,
    }),
    { log, onReplayed: purge },
  )
  return { handlers: [store] }
})

/** Not-found answers are never stored: any URL can be asked for, and none may grow the cache. */
const isNotFound = (value) => value?.kind === 'APP_PAGE' && value.status === 404

/**
 * Next knows a page's lifetime (`cacheControl`) only if this process stored the page or the
 * entry says it. The package keeps it (as `lifespan.revalidate`) but does not hand it back, so
 * every other instance took its default of "stale after 1 s": it served the stored page as
 * STALE and re-rendered it in the background on each request, and such a render, begun before
 * a save and stored after it, put the old page back (at the edge too, after its purge).
 */
const withLifetime = (entry) => {
  const revalidate = entry?.lifespan?.revalidate
  const isResponse = entry?.value?.kind === 'APP_PAGE' || entry?.value?.kind === 'APP_ROUTE'
  if (
    isResponse &&
    !entry.cacheControl &&
    (revalidate === false || typeof revalidate === 'number')
  ) {
    entry.cacheControl = { revalidate, expire: undefined }
  }
  return entry
}

export default class SpoilerproofCacheHandler extends CacheHandler {
  async get(key, ctx) {
    const entry = await super.get(key, ctx)
    addEdgeKeys(entry?.value)
    return withLifetime(entry)
  }

  async set(key, value, ctx) {
    addEdgeKeys(value)
    if (isNotFound(value)) return
    // The package reads a page's tags from its headers but a route handler's (the sitemap)
    // from `ctx.tags`, which Next 16 leaves empty: such entries then never expired.
    const tagged = value?.kind === 'APP_ROUTE' ? { ...ctx, tags: responseTags(value) } : ctx
    await super.set(key, value, tagged)
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags
    // The package expires one tag after another, each a round trip or more to Redis; a save
    // expires 10-40 tags, so side by side. Then the edge, which must not refetch before.
    await Promise.all(list.map((tag) => super.revalidateTag(tag, durations)))
    await purge(list)
  }
}
