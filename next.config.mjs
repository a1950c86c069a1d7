import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/utilities/securityHeaders.mjs'

// Telemetry is switched off for every process this config is loaded into; the npm scripts
// set it as well, because `next` reads it before this file.
process.env.NEXT_TELEMETRY_DISABLED = '1'

// Several instances share one cache in Redis (REDIS_URL), and pages carry their cache tags to
// the edge (EDGE_PURGE_URL): src/cache/cacheHandler.mjs. With neither set, one process keeps
// its cache on its own disk (src/cache/fileSystemCacheHandler.mjs). Read when the server starts,
// so one build serves every layout.
const usesSharedCacheHandler = Boolean(process.env.REDIS_URL || process.env.EDGE_PURGE_URL)
const sharedCacheHandler = usesSharedCacheHandler
  ? {
      cacheHandler: fileURLToPath(new URL('./src/cache/cacheHandler.mjs', import.meta.url)),
      // Every entry lives in the handler's store; a second, per-process copy would go stale.
      cacheMaxMemorySize: 0,
    }
  : {}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // One process alone: Next's own disk cache, except that 404s and empty lookups for URLs that
  // never had a page are not stored, so unknown URLs cost no disk (SECURITY.md #27).
  cacheHandler: fileURLToPath(new URL('./src/cache/fileSystemCacheHandler.mjs', import.meta.url)),
  ...sharedCacheHandler,
  images: {
    // Only media served by Payload from this server, and without a query string: every
    // distinct `?…` would be optimised and stored again, one more file per made-up URL.
    localPatterns: [{ pathname: '/api/media/file/**', search: '' }],
    // Next keeps optimised images up to half the free disk by default; this bounds them (least
    // recently used go first). A variant is ~10–100 kB: room for every width of ~1,000 images.
    maximumDiskCacheSize: 512 * 1024 * 1024,
  },
  // One copy of Payload in the server. src/instrumentation.ts starts Payload at boot in a bundle
  // of its own, and every request then uses that instance; bundled, each route had a second
  // copy of Payload's error classes, so Payload's `instanceof` checks failed and a refused save
  // lost its field errors in production (tests/e2e/productionErrors.e2e.spec.ts). `next dev`
  // already loads Payload unbundled (withPayload's devBundleServerPackages: false).
  serverExternalPackages: ['payload'],
  poweredByHeader: false,
  // Next hashes the whole HTML of every page response to make an ETag: a CPU profile of
  // cached article pages under load put ~20% of the server's time there (docs/performance.md).
  // Readers' browsers do not keep these pages (no max-age), so the 304s it buys are rare.
  generateEtags: false,
  headers: async () => [{ source: '/:path*', headers: securityHeaders }],
  webpack: (webpackConfig) => {
    // Payload's packages import `.js` paths that resolve to TypeScript sources.
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
