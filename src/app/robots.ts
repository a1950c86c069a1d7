import type { MetadataRoute } from 'next'

import { siteUrl } from '@/utilities/siteUrl'

// Rendered per request: a build made anywhere names the site the server actually runs as.
export const dynamic = 'force-dynamic'

/** /robots.txt: the public site is crawlable; the admin, API, previews and search are not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/next', '/search'] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
