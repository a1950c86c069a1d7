import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/utilities/securityHeaders.mjs'

// Telemetry is switched off for every process this config is loaded into; the npm scripts
// set it as well, because `next` reads it before this file.
process.env.NEXT_TELEMETRY_DISABLED = '1'

/** @type {import('next').NextConfig} */
const nextConfig = {
  images: {
    // Only media served by Payload from this server; no remote images.
    localPatterns: [{ pathname: '/api/media/file/**' }],
  },
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
