import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'
import { seed } from '@/seed'
import { SEEDED_SPOILER_STRINGS, seedArticles } from '@/seed/articles'
import { seedCharacters } from '@/seed/characters'
import { DEMO_EDITOR } from '@/seed/demoEditor'
import { seedShows } from '@/seed/shows'

import { outwardText } from '../helpers/outwardText'
import { adapterName, testContext, testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

const SEEDED_AUTHOR_EMAILS = ['nadia.okafor@example.com', 'sam.reyes@example.com']

describe(`demo seed (${adapterName()})`, () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
    const result = await seed({ payload, shouldCreateDemoEditor: true })
    expect(result).toEqual({ isSeeded: true })
  })

  afterAll(async () => {
    const ctx = { context: testContext }
    const articles = await payload.find({
      collection: 'articles',
      where: { slug: { in: seedArticles.map((a) => a.slug) } },
      depth: 0,
      draft: true,
      pagination: false,
    })
    const heroIds = articles.docs.map((a) => a.heroImage).filter(Boolean) as number[]
    await payload.delete({
      collection: 'articles',
      where: { slug: { in: seedArticles.map((a) => a.slug) } },
      ...ctx,
    })
    if (heroIds.length)
      await payload.delete({ collection: 'media', where: { id: { in: heroIds } }, ...ctx })
    await payload.delete({
      collection: 'characters',
      where: { slug: { in: seedCharacters.map((c) => c.slug) } },
      ...ctx,
    })
    await payload.delete({
      collection: 'shows',
      where: { slug: { in: seedShows.map((s) => s.slug) } },
      ...ctx,
    })
    await payload.delete({
      collection: 'users',
      where: { email: { in: [...SEEDED_AUTHOR_EMAILS, DEMO_EDITOR.email] } },
      ...ctx,
    })
  })

  it('should hide the seeded spoilers from every text that leaves the explainer', async () => {
    const response = await rest({
      method: 'GET',
      path: '/articles?where[slug][equals]=is-jessica-jones-in-luke-cage-season-2&depth=2',
    })
    const {
      docs: [explainer],
    } = (await response.json()) as { docs: Article[] }
    const stored = JSON.stringify(explainer.body)
    const outward = outwardText(explainer)
    for (const secret of SEEDED_SPOILER_STRINGS) {
      // Each secret is really in the body, so this check can fail.
      expect(stored).toContain(secret.split(' ').slice(-2).join(' '))
      expect(outward).not.toContain(secret)
    }
    const tagged = await payload.find({
      collection: 'characters',
      where: { slug: { in: ['colleen-wing', 'danny-rand'] } },
      depth: 0,
    })
    const characterIds = (explainer.characters ?? []).map((entry) =>
      String(typeof entry === 'object' ? entry.id : entry),
    )
    for (const character of tagged.docs) expect(characterIds).toContain(String(character.id))
  })

  it('should load at least 5 shows, 8 characters, 3 published articles and 1 draft', async () => {
    expect((await payload.count({ collection: 'shows' })).totalDocs).toBeGreaterThanOrEqual(5)
    expect((await payload.count({ collection: 'characters' })).totalDocs).toBeGreaterThanOrEqual(8)
    const published = await payload.count({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
    })
    expect(published.totalDocs).toBeGreaterThanOrEqual(3)
    const drafts = await payload.count({
      collection: 'articles',
      where: { _status: { equals: 'draft' } },
    })
    expect(drafts.totalDocs).toBeGreaterThanOrEqual(1)
  })

  it('should warn about Luke Cage Season 2 on the explainer', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: 'is-jessica-jones-in-luke-cage-season-2' } },
      depth: 1,
    })
    const warning = docs[0]?.spoilerWarnings?.[0]
    expect(warning?.season).toBe(2)
    expect(typeof warning?.show === 'object' && warning.show.title).toBe('Luke Cage')
  })

  it('should give Danny Rand the alias Iron Fist and his three shows', async () => {
    const { docs } = await payload.find({
      collection: 'characters',
      where: { slug: { equals: 'danny-rand' } },
    })
    expect(docs[0]?.aliases?.map((a) => a.alias)).toEqual(['Iron Fist'])
    expect(docs[0]?.appearances).toHaveLength(3)
  })

  it('should let the demo editor log in', async () => {
    const response = await rest({
      method: 'POST',
      path: '/users/login',
      body: { email: DEMO_EDITOR.email, password: DEMO_EDITOR.password },
    })
    expect(response.status).toBe(200)
  })

  it('should not seed twice', async () => {
    const again = await seed({ payload, shouldCreateDemoEditor: true })
    expect(again.isSeeded).toBe(false)
    expect((await payload.count({ collection: 'shows' })).totalDocs).toBe(seedShows.length)
  })
})
