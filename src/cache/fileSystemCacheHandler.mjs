/**
 * Next's own file-system cache (`cacheHandler` in next.config.mjs), except that an answer about
 * nothing is never what makes the cache grow: SECURITY.md #27, "unknown URLs cost no disk".
 *
 * Next 16 stores the 404 of every URL a dynamic route is asked for (`/articles/<anything>`
 * rendered `notFound()`: six files, ~26 kB) and the `null` of every slug lookup behind it, and
 * never deletes them, so anyone could fill the disk one made-up URL at a time. Here such an
 * answer is stored only where it replaces an entry already on disk (a page built, or rendered
 * since, whose document was then deleted or unpublished): that 404 must outlive the process,
 * because a restarted server no longer knows which cache tags were expired and would serve the
 * old page. For a URL that never had a page nothing is stored, and each request renders its
 * 404 (one indexed query); the edge may cache it briefly.
 *
 * This extends Next's internal FileSystemCache (a private path, listed in
 * docs/upgrade-checklist.md); tests/e2e/unknownUrls.e2e.spec.ts and
 * tests/unit/fileSystemCacheHandler.test.ts catch a change in it.
 */
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

import { isNotFoundEntry } from './isNotFoundEntry.mjs'

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule

/** Next's own bound on one data-cache entry, which it lifts for any custom cache handler. */
const MAX_DATA_ENTRY_BYTES = 2 * 1024 * 1024

const suffixOf = (kind) => (kind === 'FETCH' ? '' : kind === 'APP_ROUTE' ? '.body' : '.html')

export default class FileSystemCacheHandler extends FileSystemCache {
  async set(key, data, ctx) {
    if (ctx?.fetchCache && !ctx.isImplicitBuildTimeCache) {
      const bytes = JSON.stringify(data).length
      if (bytes > MAX_DATA_ENTRY_BYTES) {
        console.warn(`Not caching ${ctx.fetchUrl || key}: ${bytes} bytes is over 2 MB.`)
        return
      }
    }
    if (isNotFoundEntry(data) && !this.hasEntryOnDisk(key, data.kind)) return
    return super.set(key, data, ctx)
  }

  /**
   * Whether `key` already has an entry on disk: one written at run time, or, for a page,
   * the one `next build` wrote, which Next reads until a run-time entry replaces it.
   */
  hasEntryOnDisk(key, kind) {
    const suffix = suffixOf(kind)
    if (this.fs.existsSync(this.getFilePath(`${key}${suffix}`, kind))) return true
    const marker = key.indexOf('/$/')
    if (kind === 'FETCH' || marker === -1) return false
    return this.fs.existsSync(this.getFilePath(`${key.slice(marker + 2)}${suffix}`, kind))
  }
}
