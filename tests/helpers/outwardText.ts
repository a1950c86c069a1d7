import { extractSpoilerSafeText } from '@/lexical/spoiler/shared/extractSpoilerSafeText'
import type { Article } from '@/payload-types'

/**
 * Everything of an article that shows outside its body (cards, meta tags, feeds, search):
 * title, dek, meta title and description, and the extracted text, whole and as an excerpt.
 * No spoiler may appear in it.
 */
export const outwardText = (article: Article): string =>
  [
    article.title,
    article.dek,
    article.meta?.title ?? '',
    article.meta?.description ?? '',
    extractSpoilerSafeText(article.body),
    extractSpoilerSafeText(article.body, { maxLength: 160 }),
  ].join('\n')
