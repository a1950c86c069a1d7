import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'
import { searchSite } from '@/queries/search'
import { reindexSearch } from '@/search/reindexSearch'
import { doc, paragraph } from '@/seed/lexical'

import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'

type Id = number | string

/** Search as a reader does (plugin-search's index, reader access), by words a reader types. */
describe(`search finds shows, characters and published articles (${adapterName()})`, () => {
  let payload: Payload
  const suffix = uniqueSuffix()
  const created: { articles: Id[]; characters: Id[]; shows: Id[] } = {
    articles: [],
    characters: [],
    shows: [],
  }
  const name = `Quillon Marsh ${suffix}`
  const alias = `Nightglass ${suffix}`
  const actor = `Orla Brenning ${suffix}`
  const showTitle = `Harbour Lights ${suffix}`
  let characterId: Id
  let showId: Id

  const found = async (query: string) =>
    (await searchSite(query)).map(({ kind, slug, title }) => ({ kind, slug, title }))

  beforeAll(async () => {
    payload = await testPayload()
    const show = await payload.create({
      collection: 'shows',
      data: { title: showTitle, network: `Streamline ${suffix}` },
      context: testContext,
    })
    showId = show.id
    created.shows.push(show.id)
    const character = await payload.create({
      collection: 'characters',
      data: { name, aliases: [{ alias }], portrayedBy: actor },
      context: testContext,
    })
    characterId = character.id
    created.characters.push(character.id)
  })

  afterAll(async () => {
    for (const id of created.articles)
      await payload.delete({ collection: 'articles', id, context: testContext })
    for (const id of created.characters)
      await payload.delete({ collection: 'characters', id, context: testContext })
    for (const id of created.shows)
      await payload.delete({ collection: 'shows', id, context: testContext })
  })

  it('should find a character by name, by alias and by the actor who plays them', async () => {
    const character = {
      kind: 'characters',
      slug: expect.stringContaining('quillon-marsh'),
      title: name,
    }
    expect(await found(`quillon marsh ${suffix}`)).toEqual([character])
    expect(await found(alias)).toEqual([character])
    expect(await found(actor)).toEqual([character])
    // Its result says who they are, in the words it was found by.
    const [result] = await searchSite(alias)
    expect(result?.dek).toBe(`Also known as ${alias} · Played by ${actor}`)
  })

  it('should find a show by its title and lead to its page', async () => {
    expect(await found(showTitle)).toEqual([
      { kind: 'shows', slug: expect.stringContaining('harbour-lights'), title: showTitle },
    ])
  })

  it('should list the show and the character before the articles that mention them', async () => {
    const article = await payload.create({
      collection: 'articles',
      context: testContext,
      data: {
        title: `Why ${name} matters in ${showTitle}`,
        dek: 'A spoiler-safe summary.',
        body: doc(paragraph('Body text.')) as unknown as Article['body'],
        shows: [showId as number],
        _status: 'published',
      },
    })
    created.articles.push(article.id)
    expect((await found(showTitle)).map(({ kind }) => kind)).toEqual(['shows', 'articles'])
    expect((await found(name)).map(({ kind }) => kind)).toEqual(['characters', 'articles'])
  })

  it('should never find an article that is only a draft', async () => {
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      context: testContext,
      data: {
        title: `Unpublished take on ${alias}`,
        dek: 'Still being written.',
        body: doc(paragraph('Draft text.')) as unknown as Article['body'],
        _status: 'draft',
      },
    })
    created.articles.push(draft.id)
    expect((await found(`Unpublished take on ${alias}`)).length).toBe(0)
    expect((await found(alias)).map(({ kind }) => kind)).toEqual(['characters'])
  })

  it('should follow a rename and forget a deleted character', async () => {
    const renamed = `Quillon Ashby ${suffix}`
    await payload.update({
      collection: 'characters',
      id: characterId,
      data: { name: renamed },
      context: testContext,
    })
    const characters = async (query: string) =>
      (await found(query)).filter(({ kind }) => kind === 'characters').map(({ title }) => title)
    expect(await characters(renamed)).toEqual([renamed])
    expect(await characters(`quillon marsh ${suffix}`)).toEqual([])

    const extra = await payload.create({
      collection: 'characters',
      data: { name: `Brief Walk-on ${suffix}` },
      context: testContext,
    })
    expect((await found(`Brief Walk-on ${suffix}`)).length).toBe(1)
    await payload.delete({ collection: 'characters', id: extra.id, context: testContext })
    expect(await found(`Brief Walk-on ${suffix}`)).toEqual([])
  })

  it('should rebuild missing entries for characters and shows that predate their indexing', async () => {
    // As a database from before characters and shows were indexed: their entries are absent.
    for (const [relationTo, id] of [
      ['characters', characterId],
      ['shows', showId],
    ] as const) {
      await payload.delete({
        collection: 'search',
        where: { 'doc.relationTo': { equals: relationTo }, 'doc.value': { equals: id } },
      })
    }
    expect(await found(alias)).toEqual([])
    expect(await found(showTitle)).toEqual([expect.objectContaining({ kind: 'articles' })])

    await reindexSearch(payload, { collections: ['shows', 'characters'] })
    expect((await found(alias)).map(({ kind }) => kind)).toEqual(['characters'])
    expect((await found(showTitle)).map(({ kind }) => kind)).toEqual(['shows', 'articles'])
    // Rebuilding again changes nothing: one entry per document.
    await reindexSearch(payload, { collections: ['shows', 'characters'] })
    expect((await found(alias)).length).toBe(1)
  })
})
