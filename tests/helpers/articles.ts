import type { Payload } from 'payload'

import type { Article } from '@/payload-types'

import { articleBody } from './lexical'
import { testContext } from './payload'

type TestArticle = Partial<Omit<Article, 'id'>> & {
  title: string
  /** Saved as a draft (never published) instead of published. */
  isDraft?: boolean
}

/**
 * Creates an article through the Local API, published unless `isDraft`, with a one-line body
 * and a dek unless given. Remove it with `deleteSuffixed` or by id in `afterAll`.
 */
export const createArticle = (
  payload: Payload,
  { isDraft = false, ...data }: TestArticle,
): Promise<Article> =>
  payload.create({
    collection: 'articles',
    draft: isDraft,
    context: testContext,
    data: {
      dek: 'Summary.',
      body: articleBody('Body text.'),
      _status: isDraft ? 'draft' : 'published',
      ...data,
    },
  })
