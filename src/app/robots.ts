import type { MetadataRoute } from 'next'

import { siteUrl } from '@/utilities/siteUrl'

/** /robots.txt: the public site is crawlable; the admin, API, previews and search are not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api', '/next', '/search'] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
