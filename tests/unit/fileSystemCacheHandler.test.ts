import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import nodeFsModule from 'next/dist/server/lib/node-fs-methods.js'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import FileSystemCacheHandler from '@/cache/fileSystemCacheHandler.mjs'
import { isNotFoundEntry } from '@/cache/isNotFoundEntry.mjs'

const nodeFs = (nodeFsModule as { nodeFs?: unknown }).nodeFs

/** The handler as Next constructs and calls it (it extends an untyped internal class). */
type CacheHandler = { set: (key: string, data: unknown, ctx: unknown) => Promise<void> }
const Handler = FileSystemCacheHandler as unknown as new (ctx: object) => CacheHandler

/** A page entry as Next's response cache hands it over. */
const page = (status: number, html: string) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from('rsc'),
  headers: { 'x-next-cache-tags': 'article-slug:x' },
  status,
  postponed: undefined,
  segmentData: undefined,
})
const pageContext = {
  kind: 'APP_PAGE',
  isRoutePPREnabled: false,
  isFallback: false,
  cacheControl: { revalidate: false, expire: undefined },
}
/** An `unstable_cache` result as Next stores it. */
const lookup = (result: unknown) => ({
  kind: 'FETCH',
  data: { headers: {}, body: JSON.stringify(result), status: 200, url: '' },
  revalidate: 31536000,
})
const lookupContext = { fetchCache: true, tags: ['article-slug:x'] }

const routeKey = (slug: string) => `/route-cache/APP_PAGE/0123abcd/$/articles/${slug}`

describe('the file-system cache handler: answers about nothing never grow the disk', () => {
  let root: string
  let cache: CacheHandler

  const filesOnDisk = () => (fs.readdirSync(root, { recursive: true }) as string[]).length

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-handler-'))
    fs.mkdirSync(path.join(root, 'server'))
    cache = new Handler({
      fs: nodeFs,
      serverDistDir: path.join(root, 'server'),
      flushToDisk: true,
      maxMemoryCacheSize: 0,
      revalidatedTags: [],
    })
  })

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

  it('should tell a 404 page or an empty lookup from a real answer', () => {
    expect(isNotFoundEntry(page(404, 'gone'))).toBe(true)
    expect(isNotFoundEntry({ kind: 'APP_ROUTE', status: 404 })).toBe(true)
    expect(isNotFoundEntry(lookup(null))).toBe(true)
    expect(isNotFoundEntry(page(200, 'article'))).toBe(false)
    expect(isNotFoundEntry(lookup({ id: 1 }))).toBe(false)
    expect(isNotFoundEntry(lookup([]))).toBe(false)
    expect(isNotFoundEntry(null)).toBe(false)
  })

  it('should store nothing for a URL or a lookup that never had an entry', async () => {
    const before = filesOnDisk()
    await cache.set(routeKey('no-such-article'), page(404, 'not found'), pageContext)
    await cache.set('lookup-of-no-such-slug', lookup(null), lookupContext)
    expect(filesOnDisk()).toBe(before)
  })

  it('should still store real pages and lookups', async () => {
    await cache.set(routeKey('real'), page(200, 'the article'), pageContext)
    await cache.set('lookup-of-real', lookup({ id: 1 }), lookupContext)
    const html = path.join(root, 'server', `${routeKey('real')}.html`)
    expect(fs.readFileSync(html, 'utf8')).toBe('the article')
    expect(fs.existsSync(path.join(root, 'cache/fetch-cache/lookup-of-real'))).toBe(true)
  })

  it('should replace a stored page and lookup with their 404, so a deleted page stays gone after a restart', async () => {
    await cache.set(routeKey('deleted'), page(200, 'the article'), pageContext)
    await cache.set('lookup-of-deleted', lookup({ id: 1 }), lookupContext)
    await cache.set(routeKey('deleted'), page(404, 'not found'), pageContext)
    await cache.set('lookup-of-deleted', lookup(null), lookupContext)

    const html = path.join(root, 'server', `${routeKey('deleted')}.html`)
    expect(fs.readFileSync(html, 'utf8')).toBe('not found')
    const stored = fs.readFileSync(path.join(root, 'cache/fetch-cache/lookup-of-deleted'), 'utf8')
    expect(JSON.parse(stored).data.body).toBe('null')
  })

  it('should replace a page built by next build with its 404', async () => {
    const built = path.join(root, 'server/app/articles/built.html')
    fs.mkdirSync(path.dirname(built), { recursive: true })
    fs.writeFileSync(built, 'built at build time')
    await cache.set(routeKey('built'), page(404, 'not found'), pageContext)
    const html = path.join(root, 'server', `${routeKey('built')}.html`)
    expect(fs.readFileSync(html, 'utf8')).toBe('not found')
  })
})
