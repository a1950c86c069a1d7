import type { MetadataRoute } from 'next'

import { getPublishedArticleEntries } from '@/queries/articles'
import { getCharacterSlugs } from '@/queries/characters'
import { getShowSlugs } from '@/queries/shows'
import { siteUrl } from '@/utilities/siteUrl'

// Rendered per request, so the URLs carry the SITE_URL the server runs with, not the one the
// build happened to have. The lists themselves come from the tagged cache.
export const dynamic = 'force-dynamic'

/** /sitemap.xml: home, the browse indexes and every published article, character and show. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl()
  const [articles, characters, shows] = await Promise.all([
    getPublishedArticleEntries(),
    getCharacterSlugs(),
    getShowSlugs(),
  ])
  const pages = (path: string, entries: Array<{ slug: string; updatedAt: string }>) =>
    entries.map(({ slug, updatedAt }) => ({
      url: `${base}/${path}/${slug}`,
      lastModified: updatedAt,
    }))
  return [
    { url: `${base}/` },
    { url: `${base}/shows` },
    { url: `${base}/characters` },
    ...pages('articles', articles),
    ...pages('characters', characters),
    ...pages('shows', shows),
  ]
}
