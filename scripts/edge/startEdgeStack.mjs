/**
 * The production layout, small: Redis, N `next start` instances of the existing build on one
 * database, and Varnish in front of them all, every part on 127.0.0.1 on a port the OS picks,
 * stopped by PID. Used by the edge browser test and the bench.
 */
import fs from 'node:fs'
import path from 'node:path'

import { freePort } from '../lib/mongoTestServer.mjs'
import { startNext } from './startNext.mjs'
import { startRedis } from './startRedis.mjs'
import { startVarnish } from './startVarnish.mjs'

/**
 * @param {{
 *   dir: string,
 *   databaseUri: string,
 *   secret: string,
 *   instances?: number,
 *   env?: Record<string, string | undefined>,
 * }} options `dir` holds the logs, media and Varnish's work files
 */
export const startEdgeStack = async ({ dir, databaseUri, secret, instances = 2, env = {} }) => {
  /** @type {Array<{ stop: () => Promise<void> }>} */
  const started = []
  const stopAll = async () => {
    for (const part of [...started].reverse()) await part.stop().catch(() => {})
  }
  try {
    const redisPort = await freePort()
    let redis = await startRedis({ port: redisPort, dir })
    started.push({ stop: () => redis.stop() })

    const edgePort = await freePort()
    const edgeUrl = `http://127.0.0.1:${edgePort}`
    const nextEnv = {
      ...process.env,
      ...env,
      DATABASE_URI: databaseUri,
      MEDIA_DIR: path.join(dir, 'media'),
      PAYLOAD_SECRET: secret,
      SITE_URL: edgeUrl,
      REDIS_URL: redis.url,
      EDGE_PURGE_URL: edgeUrl,
    }
    const nexts = []
    // One at a time: on a fresh SQLite file the first applies the migrations, the rest find
    // them done.
    for (let index = 0; index < instances; index += 1) {
      const instance = await startNext({
        port: await freePort(),
        env: nextEnv,
        logFile: path.join(dir, `next-${index + 1}.log`),
      })
      started.push(instance)
      nexts.push(instance)
    }
    const varnish = await startVarnish({
      port: edgePort,
      backends: nexts.map(({ url }) => ({ host: '127.0.0.1', port: Number(new URL(url).port) })),
      workDir: path.join(dir, 'varnish'),
      memory: '64m',
      log: fs.openSync(path.join(dir, 'varnish.log'), 'a'),
    })
    started.push(varnish)

    return {
      instances: nexts,
      edgeUrl,
      varnishPid: varnish.pid,
      get redisPid() {
        return redis.pid
      },
      stopRedis: () => redis.stop(),
      /** Stops Redis and starts it again on the same port: an outage and its end. */
      restartRedis: async () => {
        await redis.stop()
        redis = await startRedis({ port: redisPort, dir })
      },
      stop: stopAll,
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}
