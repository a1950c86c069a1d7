import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { reindexCharacters } from '@/characterIndex/taggedCharacters/reindexCharacters'
import type { Article, Character } from '@/payload-types'

import { articleBody, characterIdsOf, tagged } from '../helpers/lexical'
import { adapterName, testContext, testPayload } from '../helpers/payload'
import { useTaggingFixtures } from '../helpers/taggingFixtures'

/**
 * When the derived index and the bodies disagree (a character removed behind Payload's back,
 * a bulk import that ran no hooks), readers still get the article and `reindex` repairs it.
 */
describe(`repairing the derived character index (${adapterName()})`, () => {
  let payload: Payload
  let luke: Character
  let claire: Character
  const { suffix, makeCharacter, makeArticle, keepArticle } = useTaggingFixtures(() => payload)

  beforeAll(async () => {
    payload = await testPayload()
    luke = await makeCharacter('Luke Cage')
    claire = await makeCharacter('Claire Temple')
  })

  it('should render a tag whose character vanished as its words, without failing the article', async () => {
    const ghost = await makeCharacter('Karen Page')
    const article = await makeArticle(
      'Ghost tag',
      articleBody(tagged(ghost.id, 'Karen'), ' and ', tagged(luke.id, 'Luke')),
    )
    // Simulate a character removed behind Payload's back (e.g. a bulk import gone wrong).
    await payload.db.deleteOne({ collection: 'characters', where: { id: { equals: ghost.id } } })

    const asReader = await payload.findByID({
      collection: 'articles',
      id: article.id,
      depth: 2,
      overrideAccess: false,
    })
    const nodes = (
      asReader.body.root.children[0] as unknown as { children: Array<Record<string, unknown>> }
    ).children
    expect(nodes.find((node) => node.characterId === ghost.id)?.character).toBeNull()
    expect(nodes.find((node) => node.characterId === luke.id)?.character).toMatchObject({
      slug: luke.slug,
    })

    await reindexCharacters(payload)
    const after = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
    expect(characterIdsOf(after.characters)).toEqual([String(luke.id)])
  })

  it('should repair a stale index with reindex, report the change, and then find nothing to do', async () => {
    const show = await payload.create({
      collection: 'shows',
      data: { title: `Reindexed show ${suffix}` },
      context: testContext,
    })
    const article = await payload.create({
      collection: 'articles',
      context: testContext,
      data: {
        title: `Stale index ${suffix}`,
        dek: 'Dek.',
        body: articleBody(tagged(luke.id, 'Luke'), ' and ', tagged(claire.id, 'Claire')),
        spoilerWarnings: [{ show: show.id, season: 2, note: 'Kept through reindex' }],
        shows: [show.id],
        _status: 'published',
      },
    })
    keepArticle(article.id)
    // A bulk import that wrote bodies without running hooks leaves the index empty.
    // (The whole document goes back: a partial update would also empty its arrays on SQLite.)
    const stored = await payload.db.findOne<Article>({
      collection: 'articles',
      where: { id: { equals: article.id } },
    })
    await payload.db.updateOne({
      collection: 'articles',
      id: article.id,
      data: { ...stored, characters: [] },
    })

    const changes = await reindexCharacters(payload)
    expect(changes).toContainEqual(
      expect.objectContaining({
        articleId: article.id,
        state: 'published',
        added: [String(luke.id), String(claire.id)],
        removed: [],
      }),
    )
    const after = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
    expect(characterIdsOf(after.characters)).toEqual([String(luke.id), String(claire.id)])
    // Only the index changed: the rest of the article, arrays included, is as it was.
    expect(after.spoilerWarnings).toEqual([
      expect.objectContaining({ show: show.id, season: 2, note: 'Kept through reindex' }),
    ])
    expect(after.shows).toEqual([show.id])
    expect(after.title).toBe(`Stale index ${suffix}`)
    expect(await reindexCharacters(payload)).not.toContainEqual(
      expect.objectContaining({ articleId: article.id }),
    )
  })
})
