import type { Article } from '@/payload-types'

import { withholdSpoilers } from './withholdSpoilers'

/** The public addresses of an article's withheld spoilers. */
export const spoilerUrls = (article: Pick<Article, 'slug' | 'updatedAt'>) => ({
  // The version in the query keeps a cached page and the spoilers it points to in step: a
  // saved article has a new address, so no cache can pair new numbering with old words.
  url: `/articles/${article.slug}/spoilers.json?v=${Date.parse(article.updatedAt) || 0}`,
  pageUrl: `/articles/${article.slug}/spoilers`,
})

/** An article's body for readers: spoilers in place, their words withheld (withholdSpoilers). */
export const withheldBody = (article: Pick<Article, 'body' | 'slug' | 'updatedAt'>) => {
  const { state, spoilers } = withholdSpoilers(article.body)
  return spoilers.length > 0 ? { body: state, urls: spoilerUrls(article) } : null
}
