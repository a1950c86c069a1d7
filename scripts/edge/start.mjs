#!/usr/bin/env node
/**
 * `npm run start:edge`: `next start` on 127.0.0.1:$PORT (default 3000) and Varnish in front of
 * it on 127.0.0.1:$EDGE_PORT (default 6081), with deploy/varnish/spoilerproof.vcl. Pages carry
 * their cache tags to the edge and every save purges them there (EDGE_PURGE_URL is set for
 * you). Set REDIS_URL too for the shared cache. Run `npm run build` first. Ctrl+C stops both.
 * Production layout (several instances, systemd): docs/operations.md.
 */
import path from 'node:path'

import { startNext } from './startNext.mjs'
import { startVarnish } from './startVarnish.mjs'

const root = path.resolve(import.meta.dirname, '../..')
const port = Number(process.env.PORT || 3000)
const edgePort = Number(process.env.EDGE_PORT || 6081)
const edgeUrl = `http://127.0.0.1:${edgePort}`

const next = await startNext({
  port,
  env: { ...process.env, EDGE_PURGE_URL: process.env.EDGE_PURGE_URL || edgeUrl },
})
const varnish = await startVarnish({
  port: edgePort,
  backends: [{ host: '127.0.0.1', port }],
  workDir: path.join(root, '.tmp/varnish'),
}).catch(async (error) => {
  await next.stop()
  throw error
})
console.log(`Edge ready: ${edgeUrl} → next start on 127.0.0.1:${port}`)

const stop = async (code) => {
  await Promise.all([varnish.stop(), next.stop()])
  process.exit(code)
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stop(0))
void next.exited.then((code) => stop(code || 1))
