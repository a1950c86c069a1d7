import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rebuildCharacterIndex } from '@/characterIndex'
import type { Article } from '@/payload-types'
import { searchSite } from '@/queries/search'
import { doc, paragraph, tag } from '@/seed/lexical'

import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'

type Id = number | string

/**
 * An article is found by the names of the characters it tags and the titles of the shows it
 * covers (its search keywords), so those keywords must follow the character or show, not the
 * words they had when the article was last saved.
 */
describe(`search keywords follow the names they were copied from (${adapterName()})`, () => {
  let payload: Payload
  const suffix = uniqueSuffix()
  const created: { articles: Id[]; characters: Id[]; shows: Id[] } = {
    articles: [],
    characters: [],
    shows: [],
  }
  let characterId: Id
  let showId: Id
  const headline = `Week in review ${suffix}`

  /** The article's own result, when the query finds it. */
  const findsArticle = async (query: string) =>
    (await searchSite(query)).some(
      (result) => result.kind === 'articles' && result.title === headline,
    )

  beforeAll(async () => {
    payload = await testPayload()
    const show = await payload.create({
      collection: 'shows',
      data: { title: `Lantern Bay ${suffix}` },
      context: testContext,
    })
    showId = show.id
    created.shows.push(show.id)
    const character = await payload.create({
      collection: 'characters',
      data: { name: `Odile Marchetti ${suffix}`, aliases: [{ alias: `Grey Heron ${suffix}` }] },
      context: testContext,
    })
    characterId = character.id
    created.characters.push(character.id)
    const article = await payload.create({
      collection: 'articles',
      context: testContext,
      data: {
        title: headline,
        dek: 'A spoiler-safe summary.',
        body: doc(
          paragraph('This week ', { ...tag('x', 'Odile'), characterId: character.id }, ' left.'),
        ) as unknown as Article['body'],
        shows: [show.id as number],
        _status: 'published',
      },
    })
    created.articles.push(article.id)
  })

  afterAll(async () => {
    for (const id of created.articles)
      await payload.delete({ collection: 'articles', id, context: testContext })
    for (const id of created.characters)
      await payload.delete({ collection: 'characters', id, context: testContext })
    for (const id of created.shows)
      await payload.delete({ collection: 'shows', id, context: testContext })
  })

  it("should find an article by a tagged character's new name and alias once the character is renamed", async () => {
    expect(await findsArticle(`Odile Marchetti ${suffix}`)).toBe(true)
    await payload.update({
      collection: 'characters',
      id: characterId,
      data: { name: `Odile Varga ${suffix}`, aliases: [{ alias: `Night Heron ${suffix}` }] },
      context: testContext,
    })
    expect(await findsArticle(`Odile Varga ${suffix}`)).toBe(true)
    expect(await findsArticle(`Night Heron ${suffix}`)).toBe(true)
    expect(await findsArticle(`Odile Marchetti ${suffix}`)).toBe(false)
    expect(await findsArticle(`Grey Heron ${suffix}`)).toBe(false)
  })

  it('should find an article by the new title of a show it covers once the show is renamed', async () => {
    expect(await findsArticle(`Lantern Bay ${suffix}`)).toBe(true)
    await payload.update({
      collection: 'shows',
      id: showId,
      data: { title: `Lantern Cove ${suffix}` },
      context: testContext,
    })
    expect(await findsArticle(`Lantern Cove ${suffix}`)).toBe(true)
    expect(await findsArticle(`Lantern Bay ${suffix}`)).toBe(false)
  })

  it('should bring stale keywords up to date when the whole index is rebuilt (npm run reindex)', async () => {
    // A rename written below Payload's hooks (an import, a bulk script) leaves every keyword stale.
    await payload.db.updateOne({
      collection: 'characters',
      id: characterId,
      data: { name: `Odile Lindqvist ${suffix}` },
    })
    expect(await findsArticle(`Odile Lindqvist ${suffix}`)).toBe(false)
    await rebuildCharacterIndex(payload)
    expect(await findsArticle(`Odile Lindqvist ${suffix}`)).toBe(true)
    expect(await findsArticle(`Odile Varga ${suffix}`)).toBe(false)
  })
})
