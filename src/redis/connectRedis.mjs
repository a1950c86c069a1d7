import { createClient } from '@redis/client'

/**
 * A Redis client that never holds a request up and never takes the site down: it connects in
 * the background, reconnects forever with a capped backoff, fails commands at once while
 * disconnected (no offline queue) and logs each outage once, when it starts and when it ends.
 * Callers treat a failed command as "no shared state right now" (docs/scaling.md).
 * @param {{
 *   url: string,
 *   name: string,
 *   log?: Pick<Console, 'info' | 'warn'>,
 *   onReady?: () => void,
 * }} options `name` says which part of the app the log lines come from; `onReady` runs on
 *   every (re)connection
 */
export const connectRedis = ({ url, name, log = console, onReady }) => {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 1_000,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000),
    },
  })
  let isDown = false
  client.on('error', (error) => {
    if (isDown) return
    isDown = true
    log.warn(
      `[${name}] Redis unavailable, carrying on without it: ${String(error?.message ?? error)}`,
    )
  })
  client.on('ready', () => {
    const wasDown = isDown
    isDown = false
    if (wasDown) log.info(`[${name}] Redis is back`)
    onReady?.()
  })
  // Not awaited: until the first connection, commands fail and callers degrade as above.
  client.connect().catch(() => {})
  return client
}

/**
 * Resolves once the client is connected, or after `timeoutMs` whatever its state: for a
 * caller's first command, which would otherwise fail while the first connection is made.
 * @param {{ isReady: boolean, once: (event: string, listener: () => void) => unknown }} client
 * @param {number} timeoutMs
 * @returns {Promise<void>}
 */
export const waitForReady = (client, timeoutMs) =>
  client.isReady
    ? Promise.resolve()
    : new Promise((resolve) => {
        const timer = setTimeout(resolve, timeoutMs)
        client.once('ready', () => {
          clearTimeout(timer)
          resolve()
        })
      })
