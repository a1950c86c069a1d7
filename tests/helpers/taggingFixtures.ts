import type { Payload } from 'payload'
import { afterAll } from 'vitest'

import type { Article } from '@/payload-types'

import { createArticle } from './articles'
import { testContext, uniqueSuffix } from './payload'

type Id = number | string

/**
 * Characters and articles for the character-tag tests, named with one suffix and removed in
 * `afterAll` (registered here), even when a test failed half-way. Call inside `describe`.
 */
export const useTaggingFixtures = (payload: () => Payload) => {
  const suffix = uniqueSuffix()
  const articleIds: Id[] = []
  const characterIds: Id[] = []

  afterAll(async () => {
    if (articleIds.length) {
      await payload().delete({
        collection: 'articles',
        where: { id: { in: articleIds } },
        context: testContext,
      })
    }
    // Bypass the "still tagged" guard only for leftovers of failed assertions.
    for (const id of characterIds) {
      await payload()
        .db.deleteOne({ collection: 'characters', where: { id: { equals: id } } })
        .catch(() => {})
    }
    await payload().delete({
      collection: 'shows',
      where: { title: { like: suffix } },
      context: testContext,
    })
  })

  const makeCharacter = async (name: string, aliases: string[] = []) => {
    const character = await payload().create({
      collection: 'characters',
      data: { name: `${name} ${suffix}`, aliases: aliases.map((alias) => ({ alias })) },
      context: testContext,
    })
    characterIds.push(character.id)
    return character
  }

  const makeArticle = async (title: string, content: Article['body'], isDraft = false) => {
    const article = await createArticle(payload(), {
      title: `${title} ${suffix}`,
      dek: 'Dek.',
      body: content,
      isDraft,
    })
    articleIds.push(article.id)
    return article
  }

  /** Records an article made some other way, for the cleanup. */
  const keepArticle = (id: Id) => articleIds.push(id)

  return { suffix, makeCharacter, makeArticle, keepArticle }
}
