import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Article, Character, Show } from '@/payload-types'
import { loadSidebar, SIDEBAR_ARTICLES_PER_CHARACTER } from '@/queries/sidebar'
import { doc, paragraph } from '@/seed/lexical'

import { tagged } from '../helpers/lexical'
import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'

type Id = number | string
const DAY = 24 * 60 * 60 * 1000

describe(`"also appears in" sidebar (${adapterName()})`, () => {
  let payload: Payload
  const suffix = uniqueSuffix()
  const created: { articles: Id[]; characters: Id[]; shows: Id[] } = {
    articles: [],
    characters: [],
    shows: [],
  }
  let show: Show
  let hero: Character
  let sidekick: Character
  let loner: Character
  let current: Article
  const base = Date.UTC(2026, 0, 1)

  const makeArticle = async (
    name: string,
    characterIds: Id[],
    daysAfter: number,
    isDraft = false,
  ) => {
    const article = await payload.create({
      collection: 'articles',
      draft: isDraft,
      context: testContext,
      data: {
        title: `${name} ${suffix}`,
        dek: 'Dek.',
        body: doc(
          paragraph(...characterIds.map((id, i) => tagged(id, `name${i}`))),
        ) as unknown as Article['body'],
        publishedAt: new Date(base + daysAfter * DAY).toISOString(),
        spoilerWarnings: [{ show: show.id, season: 2 }],
        _status: isDraft ? 'draft' : 'published',
      },
    })
    created.articles.push(article.id)
    return article
  }

  beforeAll(async () => {
    payload = await testPayload()
    show = await payload.create({
      collection: 'shows',
      data: { title: `Harlem ${suffix}` },
      context: testContext,
    })
    created.shows.push(show.id)
    const makeCharacter = async (name: string, seasons: number[] | null) => {
      const character = await payload.create({
        collection: 'characters',
        context: testContext,
        data: {
          name: `${name} ${suffix}`,
          appearances: seasons ? [{ show: show.id, seasons }] : [],
        },
      })
      created.characters.push(character.id)
      return character
    }
    hero = await makeCharacter('Hero', [2, 1])
    sidekick = await makeCharacter('Sidekick', [1])
    loner = await makeCharacter('Loner', null)
    current = await makeArticle('Current', [sidekick.id, hero.id, loner.id], 50)
    // Seven older articles about the hero, one draft and one about the sidekick.
    for (let day = 1; day <= 7; day += 1) await makeArticle(`Hero day ${day}`, [hero.id], day)
    await makeArticle('Hero draft', [hero.id], 40, true)
    await makeArticle('Sidekick story', [sidekick.id], 10)
  })

  afterAll(async () => {
    await payload.delete({
      collection: 'articles',
      where: { id: { in: created.articles } },
      context: testContext,
    })
    await payload.delete({
      collection: 'characters',
      where: { id: { in: created.characters } },
      context: testContext,
    })
    await payload.delete({
      collection: 'shows',
      where: { id: { in: created.shows } },
      context: testContext,
    })
  })

  it('should list characters in order of first tag and leave out one with nothing else to show', async () => {
    const entries = await loadSidebar(current.id, [sidekick.id, hero.id, loner.id])
    expect(entries.map((e) => e.character.name)).toEqual([`Sidekick ${suffix}`, `Hero ${suffix}`])
  })

  it('should list up to five other published articles, newest first, without the current one or drafts', async () => {
    const entries = await loadSidebar(current.id, [sidekick.id, hero.id, loner.id])
    const heroTitles = entries
      .find((e) => String(e.character.id) === String(hero.id))!
      .articles.map((a) => a.title)
    expect(heroTitles).toHaveLength(SIDEBAR_ARTICLES_PER_CHARACTER)
    expect(heroTitles).toEqual([7, 6, 5, 4, 3].map((day) => `Hero day ${day} ${suffix}`))
    expect(heroTitles.join()).not.toContain('Current')
    expect(heroTitles.join()).not.toContain('draft')
    const sidekickTitles = entries.find(
      (e) => String(e.character.id) === String(sidekick.id),
    )!.articles
    expect(sidekickTitles.map((a) => a.title)).toEqual([`Sidekick story ${suffix}`])
  })

  it('should give each character its shows with sorted seasons, and each article its spoiler scope', async () => {
    const [sidekickEntry, heroEntry] = await loadSidebar(current.id, [sidekick.id, hero.id])
    expect(heroEntry.appearances).toEqual([
      { show: expect.objectContaining({ title: `Harlem ${suffix}` }), seasons: [1, 2] },
    ])
    expect(sidekickEntry.appearances[0].seasons).toEqual([1])
    const warning = heroEntry.articles[0].spoilerWarnings?.[0]
    expect(warning?.season).toBe(2)
    expect(typeof warning?.show === 'object' && warning.show.title).toBe(`Harlem ${suffix}`)
  })

  it("should keep a character's own older articles however many newer ones another has", async () => {
    // Ten newer articles, nine about the hero, must not crowd out the sidekick's older story.
    const extra = [
      await makeArticle('Hero day 11', [hero.id], 11),
      await makeArticle('Hero day 12', [hero.id], 12),
      await makeArticle('Hero day 13', [hero.id], 13),
      await makeArticle('Sidekick old', [sidekick.id], 0),
    ]
    const entries = await loadSidebar(current.id, [hero.id, sidekick.id])
    const titlesOf = (id: Id) =>
      entries.find((e) => String(e.character.id) === String(id))!.articles.map((a) => a.title)
    expect(titlesOf(sidekick.id)).toEqual([`Sidekick story ${suffix}`, `Sidekick old ${suffix}`])
    expect(titlesOf(hero.id)).toEqual([13, 12, 11, 7, 6].map((day) => `Hero day ${day} ${suffix}`))
    await payload.delete({
      collection: 'articles',
      where: { id: { in: extra.map((a) => a.id) } },
      context: testContext,
    })
  })

  it('should read the same few queries for 1 or 3 characters, whatever the number of articles', async () => {
    const countQueries = async (ids: Id[]) => {
      const spies = (['find', 'findOne', 'count', 'findVersions'] as const).map((method) =>
        vi.spyOn(payload.db, method),
      )
      await loadSidebar(current.id, ids)
      const total = spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0)
      spies.forEach((spy) => spy.mockRestore())
      return total
    }
    const one = await countQueries([hero.id])
    const three = await countQueries([sidekick.id, hero.id, loner.id])
    console.log(`sidebar database queries: ${one} for 1 character, ${three} for 3 characters`)
    // The characters and their lists side by side, then the shows Payload populates.
    expect(three).toBeLessThanOrEqual(3)
    expect(three).toBe(one)
  })
})
