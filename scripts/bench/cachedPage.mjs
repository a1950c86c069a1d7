/**
 * The cached article page beside its physical limit: `next start`, a bare node:http server
 * returning the very same bytes, and the edge (Varnish in front of two instances sharing
 * Redis, scripts/edge/), in interleaved wrk rounds. While the edge is up, publish to visible
 * is also measured across it: written on instance A, polled on B and through Varnish.
 */
import fs from 'node:fs'
import path from 'node:path'

import { startEdgeStack } from '../edge/startEdgeStack.mjs'
import { waitForPort } from '../lib/waitForPort.mjs'
import { log, PORT_BARE, SECRET, siteUrl, work } from './benchEnv.mjs'
import { startChild, stopChild } from './children.mjs'
import { loadRounds } from './loadRounds.mjs'
import { adminAuth, fetchCharacter, get } from './nextServer.mjs'
import { publishToVisible } from './publishToVisible.mjs'

const ratio = (a, b) => Math.round((a / b) * 100) / 100

/** A bare node:http server answering every request with the bytes in `htmlFile`. */
const startBareServer = async (htmlFile) => {
  const bare = startChild(
    process.execPath,
    [
      '-e',
      `const fs=require('fs');const body=fs.readFileSync(${JSON.stringify(htmlFile)});` +
        `require('http').createServer((q,s)=>{s.writeHead(200,{'content-type':'text/html; charset=utf-8','content-length':body.length});s.end(body)})` +
        `.listen(${PORT_BARE},'127.0.0.1')`,
    ],
    process.env,
    'bare.log',
  )
  await waitForPort(PORT_BARE, bare, 10)
  return bare
}

/** Publish to visible in the edge layout (fixtures from the served corpus). */
const publishThroughEdge = async ({ edge, fixtures, options }) => {
  const [a, b] = edge.instances
  const { admin, target, probeBody } = fixtures
  const auth = await adminAuth(a.url, admin)
  const character = await fetchCharacter(a.url, auth, target.characters[0])
  const paths = [`/articles/${target.slug}`, `/characters/${character.slug}`, '/']
  return publishToVisible({
    writeUrl: a.url,
    auth,
    body: probeBody,
    pageUrls: paths.flatMap((pathname) => [`${b.url}${pathname}`, `${edge.edgeUrl}${pathname}`]),
    runs: options.publishRuns,
    label: 'edge',
  })
}

/**
 * @param {{ next: import('node:child_process').ChildProcess, served: object,
 *   targetSlug: string, options: object, results: object }} args `next` serves `served`
 */
export const measureCachedPage = async ({ next, served, targetSlug, options, results }) => {
  const pathname = `/articles/${targetSlug}`
  await get(pathname)
  const page = await get(pathname)
  const htmlFile = path.join(work, 'article.html')
  fs.writeFileSync(htmlFile, page.body)
  const bare = await startBareServer(htmlFile)
  const edgeDir = path.join(work, 'edge')
  fs.rmSync(edgeDir, { recursive: true, force: true })
  fs.mkdirSync(edgeDir, { recursive: true })
  log('edge: Redis, two next start instances, Varnish')
  const edge = await startEdgeStack({
    dir: edgeDir,
    databaseUri: `file:${served.file}`,
    secret: SECRET,
  })
  try {
    const edgePage = `${edge.edgeUrl}${pathname}`
    for (let i = 0; i < 3; i += 1) await fetch(edgePage).then((r) => r.text())
    const edgeCheck = await fetch(edgePage)
    const edgeBytes = Buffer.byteLength(await edgeCheck.text())
    const load = await loadRounds({
      targets: [
        { name: 'next', url: `${siteUrl}${pathname}`, pids: [next.pid] },
        { name: 'bare', url: `http://127.0.0.1:${PORT_BARE}/`, pids: [bare.pid] },
        { name: 'edge', url: edgePage, pids: [edge.varnishPid] },
      ],
      rounds: options.rounds,
      seconds: options.loadSeconds,
      connections: options.connections,
      log,
    })
    results.web.cachedPage = {
      path: pathname,
      bytes: Buffer.byteLength(page.body),
      edgeBytes,
      nextCacheHeader: page.headers.get('x-nextjs-cache'),
      edgeCacheHeader: edgeCheck.headers.get('x-edge-cache'),
      ...load,
      ratio: ratio(load.next.requestsPerSecond, load.bare.requestsPerSecond),
      edgeRatio: ratio(load.edge.requestsPerSecond, load.bare.requestsPerSecond),
    }
    results.web.publishToVisibleEdge = await publishThroughEdge({
      edge,
      fixtures: served.data.fixtures,
      options,
    })
  } finally {
    await edge.stop()
    await stopChild(bare)
  }
}
