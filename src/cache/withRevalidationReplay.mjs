/** Enough for any realistic outage; past it, replaying tag by tag is no longer the answer. */
const MAX_PENDING_TAGS = 10_000

/**
 * Wraps a shared-cache store so that a tag it could not expire (Redis unreachable during a
 * save) is expired once Redis is back. Without this, entries that outlived the outage in Redis
 * would be served after it as if the save had never happened.
 * @template {{ name: string, revalidateTag: (tag: string) => Promise<void> }} H
 * @param {H} store a `@fortedigital/nextjs-cache-handler` Handler
 * @param {{ log: Pick<Console, 'warn' | 'error'>, onReplayed: (tags: string[]) => Promise<void> }} options
 * @returns {H & { replayPending: () => Promise<void> }}
 */
export const withRevalidationReplay = (store, { log, onReplayed }) => {
  const pending = new Set()
  let hasOverflowed = false
  return {
    ...store,
    async revalidateTag(tag) {
      try {
        await store.revalidateTag(tag)
      } catch (error) {
        if (pending.size < MAX_PENDING_TAGS) pending.add(tag)
        else if (!hasOverflowed) {
          hasOverflowed = true
          log.error(
            `[cache] more than ${MAX_PENDING_TAGS} cache tags could not be expired while Redis was away; flush the cache's Redis database (FLUSHDB) once it is back`,
          )
        }
        throw error
      }
    },
    async replayPending() {
      const tags = [...pending]
      const replayed = []
      for (const tag of tags) {
        try {
          await store.revalidateTag(tag)
          pending.delete(tag)
          replayed.push(tag)
        } catch {
          // Still away: the next reconnect tries again.
        }
      }
      if (replayed.length > 0) {
        log.warn(`[cache] expired ${replayed.length} cache tags missed while Redis was away`)
        await onReplayed(replayed)
      }
    },
  }
}
