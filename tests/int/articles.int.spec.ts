import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, User } from '@/payload-types'
import { doc, paragraph } from '@/seed/lexical'

import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'

describe(`articles: drafts and publishing (${adapterName()})`, () => {
  let payload: Payload
  let author: User
  const articleIds: Array<number | string> = []
  const suffix = uniqueSuffix()

  const makeArticle = async (data: Partial<Article> & { title: string }, isDraft: boolean) => {
    const article = await payload.create({
      collection: 'articles',
      draft: isDraft,
      context: testContext,
      data: {
        dek: 'A spoiler-safe summary.',
        body: doc(paragraph('Body text.')) as Article['body'],
        authors: [author.id],
        _status: isDraft ? 'draft' : 'published',
        ...data,
      },
    })
    articleIds.push(article.id)
    return article
  }

  beforeAll(async () => {
    payload = await testPayload()
    author = await payload.create({
      collection: 'users',
      data: {
        email: `author-${suffix}@example.com`,
        password: 'correct-horse-battery',
        name: 'Rowan Author',
        roles: ['writer'],
      },
      context: testContext,
    })
  })

  afterAll(async () => {
    if (articleIds.length > 0) {
      await payload.delete({
        collection: 'articles',
        where: { id: { in: articleIds } },
        context: testContext,
      })
    }
    await payload.delete({ collection: 'users', id: author.id, context: testContext })
  })

  it('should never show a draft to an anonymous reader, over REST or the Local API', async () => {
    const draft = await makeArticle({ title: `Secret draft ${suffix}` }, true)

    const byStatus = await rest({ method: 'GET', path: '/articles?where[_status][equals]=draft' })
    expect(byStatus.status).toBe(200)
    expect(((await byStatus.json()) as { docs: unknown[] }).docs).toHaveLength(0)

    const bySlug = await rest({
      method: 'GET',
      path: `/articles?where[slug][equals]=${draft.slug}`,
    })
    expect(((await bySlug.json()) as { docs: unknown[] }).docs).toHaveLength(0)

    const byId = await rest({ method: 'GET', path: `/articles/${draft.id}` })
    expect(byId.status).toBe(404)

    const local = await payload.find({
      collection: 'articles',
      overrideAccess: false,
      where: { slug: { equals: draft.slug } },
    })
    expect(local.docs).toHaveLength(0)
  })

  it('should stamp publishedAt on first publish and keep it on later edits', async () => {
    const draft = await makeArticle({ title: `Publish me ${suffix}` }, true)
    expect(draft.publishedAt).toBeFalsy()

    const published = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { _status: 'published' },
      context: testContext,
    })
    expect(published.publishedAt).toBeTruthy()

    const edited = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { title: `Publish me, edited ${suffix}`, _status: 'published' },
      context: testContext,
    })
    expect(edited.publishedAt).toBe(published.publishedAt)
  })

  it('should show readers the byline name but never the author account', async () => {
    const article = await makeArticle({ title: `Bylined ${suffix}` }, false)

    const response = await rest({ method: 'GET', path: `/articles/${article.id}` })
    expect(response.status).toBe(200)
    const body = (await response.json()) as Article
    expect(body.populatedAuthors?.map((a) => a.name)).toEqual(['Rowan Author'])
    expect(JSON.stringify(body)).not.toContain(author.email)

    const users = await rest({ method: 'GET', path: '/users' })
    expect(users.status).toBe(403)
  })

  it('should keep the published text for readers while a newer draft exists', async () => {
    const article = await makeArticle({ title: `Live title ${suffix}` }, false)
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { title: `Unreleased title ${suffix}` },
      context: testContext,
    })

    const response = await rest({ method: 'GET', path: `/articles/${article.id}?draft=true` })
    const body = (await response.json()) as Article
    expect(body.title).toBe(`Live title ${suffix}`)
  })
})
