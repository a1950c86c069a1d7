import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { RECENT_ARTICLES_KEPT } from '@/characterIndex'
import { findStaleRecentArticles } from '@/characterIndex/recentArticles/rebuildRecentArticles'
import type { Article, Character, User } from '@/payload-types'
import { loadSidebar } from '@/queries/sidebar'
import { doc, paragraph } from '@/seed/lexical'

import { tagged } from '../helpers/lexical'
import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'

type Id = number | string
const DAY = 24 * 60 * 60 * 1000
const base = Date.UTC(2025, 0, 1)

/**
 * Each character keeps its newest published articles for the sidebar. These tests change
 * articles the ways editors do and check that the sidebar readers see follows, and that the
 * kept recent articles always equal what a full rebuild from the articles would give.
 */
describe(`characters' recent articles (${adapterName()})`, () => {
  let payload: Payload
  const suffix = uniqueSuffix()
  const created: { articles: Id[]; characters: Id[] } = { articles: [], characters: [] }
  let lead: Character
  let rival: Character
  let reader: Article
  let editor: User

  const body = (...ids: Id[]) =>
    doc(paragraph(...ids.map((id, i) => tagged(id, `name${i}`)))) as unknown as Article['body']

  const publish = async (title: string, ids: Id[], day: number) => {
    const article = await payload.create({
      collection: 'articles',
      context: testContext,
      data: {
        title: `${title} ${suffix}`,
        dek: 'Dek.',
        body: body(...ids),
        publishedAt: new Date(base + day * DAY).toISOString(),
        _status: 'published',
      },
    })
    created.articles.push(article.id)
    return article
  }

  const idOfTitle = async (title: string): Promise<Id> => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { title: { equals: `${title} ${suffix}` } },
      depth: 0,
      limit: 1,
    })
    return docs[0].id
  }

  /** What the sidebar on `reader` lists for a character, by title without the suffix. */
  const listed = async (character: Character) => {
    const entries = await loadSidebar(reader.id, [character.id])
    return (entries[0]?.articles ?? []).map((a) => a.title.replace(` ${suffix}`, ''))
  }

  /**
   * True when none of this file's characters has recent articles that differ from a rebuild from the
   * articles. (Other files' characters are not asked about: some are edited below Payload.)
   */
  const recentArticlesAreExact = async () => {
    const ours = new Set(created.characters.map(String))
    const stale = await findStaleRecentArticles(payload)
    return stale.filter(({ characterId }) => ours.has(String(characterId))).length === 0
  }

  beforeAll(async () => {
    payload = await testPayload()
    const character = async (name: string) => {
      const made = await payload.create({
        collection: 'characters',
        context: testContext,
        data: { name: `${name} ${suffix}` },
      })
      created.characters.push(made.id)
      return made
    }
    lead = await character('Lead')
    rival = await character('Rival')
    reader = await publish('Reader', [lead.id, rival.id], 100)
    for (let day = 1; day <= 7; day += 1) await publish(`Lead ${day}`, [lead.id], day)
    editor = await payload.create({
      collection: 'users',
      data: {
        email: `lists-editor-${suffix}@example.com`,
        password: 'a long password for tests',
        name: 'Lists Editor',
        roles: ['editor'],
      },
    })
  })

  afterAll(async () => {
    for (const id of created.articles) {
      await payload.delete({ collection: 'articles', id, context: testContext }).catch(() => {})
    }
    await payload.delete({
      collection: 'characters',
      where: { id: { in: created.characters } },
      context: testContext,
    })
    await payload.delete({ collection: 'users', id: editor.id })
  })

  it('should keep only the newest articles on each character, and list them for readers', async () => {
    const { docs } = await payload.find({
      collection: 'recent-articles',
      where: { character: { equals: lead.id } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0].articles).toHaveLength(RECENT_ARTICLES_KEPT)
    expect(await listed(lead)).toEqual(['Lead 7', 'Lead 6', 'Lead 5', 'Lead 4', 'Lead 3'])
    expect(await recentArticlesAreExact()).toBe(true)
  })

  it('should bring back the next older article when one of the newest is unpublished or deleted', async () => {
    await payload.update({
      collection: 'articles',
      id: await idOfTitle('Lead 7'),
      data: { _status: 'draft' },
      context: testContext,
    })
    expect(await listed(lead)).toEqual(['Lead 6', 'Lead 5', 'Lead 4', 'Lead 3', 'Lead 2'])
    await payload.delete({
      collection: 'articles',
      id: await idOfTitle('Lead 6'),
      context: testContext,
    })
    expect(await listed(lead)).toEqual(['Lead 5', 'Lead 4', 'Lead 3', 'Lead 2', 'Lead 1'])
    expect(await recentArticlesAreExact()).toBe(true)
  })

  it('should ignore a draft saved over a published article until it is published', async () => {
    const fifth = await idOfTitle('Lead 5')
    await payload.update({
      collection: 'articles',
      id: fifth,
      draft: true,
      data: { title: `Lead 5 retitled ${suffix}`, body: body(rival.id) },
      context: testContext,
    })
    expect(await listed(lead)).toContain('Lead 5')
    expect(await listed(rival)).toEqual([])
    await payload.update({
      collection: 'articles',
      id: fifth,
      data: { title: `Lead 5 retitled ${suffix}`, body: body(rival.id), _status: 'published' },
      context: testContext,
    })
    // Untagged from the lead, tagged with the rival, under its new title.
    expect(await listed(lead)).not.toContain('Lead 5')
    expect(await listed(lead)).not.toContain('Lead 5 retitled')
    expect(await listed(rival)).toEqual(['Lead 5 retitled'])
    expect(await recentArticlesAreExact()).toBe(true)
  })

  it('should move an article whose date changes, and add a newly published one at the top', async () => {
    const oldest = await idOfTitle('Lead 1')
    await payload.update({
      collection: 'articles',
      id: oldest,
      data: { publishedAt: new Date(base + 50 * DAY).toISOString() },
      context: testContext,
    })
    await publish('Lead 60', [lead.id], 60)
    expect(await listed(lead)).toEqual(['Lead 60', 'Lead 1', 'Lead 4', 'Lead 3', 'Lead 2'])
    expect(await recentArticlesAreExact()).toBe(true)
  })

  it('should refuse anyone writing recent articles through the API, an editor included', async () => {
    const [stored] = (
      await payload.find({
        collection: 'recent-articles',
        where: { character: { equals: lead.id } },
        depth: 0,
      })
    ).docs
    const asEditor = { overrideAccess: false, user: editor, context: testContext } as const
    await expect(
      payload.update({
        collection: 'recent-articles',
        id: stored.id,
        data: { articles: [] },
        ...asEditor,
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      payload.create({ collection: 'recent-articles', data: { character: rival.id }, ...asEditor }),
    ).rejects.toThrow(/not allowed/i)
    expect(await listed(lead)).toHaveLength(5)
  })

  it("should drop a character's recent articles with the character", async () => {
    const extra = await payload.create({
      collection: 'characters',
      context: testContext,
      data: { name: `Extra ${suffix}` },
    })
    const article = await publish('Extra story', [extra.id], 3)
    const storedFor = async () =>
      (
        await payload.find({
          collection: 'recent-articles',
          where: { character: { equals: extra.id } },
          depth: 0,
        })
      ).docs
    expect((await storedFor())[0].articles).toHaveLength(1)
    await payload.delete({ collection: 'articles', id: article.id, context: testContext })
    expect((await storedFor())[0].articles).toHaveLength(0)
    await payload.delete({ collection: 'characters', id: extra.id, context: testContext })
    expect(await storedFor()).toHaveLength(0)
  })
})
