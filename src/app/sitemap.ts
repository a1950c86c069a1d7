import type { MetadataRoute } from 'next'

import { getPublishedArticleSlugs } from '@/queries/articles'
import { getCharacterSlugs } from '@/queries/characters'
import { getShowSlugs } from '@/queries/shows'
import { siteUrl } from '@/utilities/siteUrl'

/** /sitemap.xml: the home page and every published article, character and show. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl()
  const [articles, characters, shows] = await Promise.all([
    getPublishedArticleSlugs(),
    getCharacterSlugs(),
    getShowSlugs(),
  ])
  return [
    { url: `${base}/` },
    ...articles.map((slug) => ({ url: `${base}/articles/${slug}` })),
    ...characters.map(({ slug, updatedAt }) => ({
      url: `${base}/characters/${slug}`,
      lastModified: updatedAt,
    })),
    ...shows.map(({ slug, updatedAt }) => ({
      url: `${base}/shows/${slug}`,
      lastModified: updatedAt,
    })),
  ]
}
