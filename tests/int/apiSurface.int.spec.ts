import fs from 'node:fs'
import path from 'node:path'

import config from '@payload-config'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'
import { doc, paragraph } from '@/seed/lexical'

import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'

describe(`API surface seen by an anonymous reader (${adapterName()})`, () => {
  let payload: Payload
  let article: Article
  const suffix = uniqueSuffix()

  beforeAll(async () => {
    payload = await testPayload()
    article = await payload.create({
      collection: 'articles',
      context: testContext,
      data: {
        title: `Versioned ${suffix}`,
        dek: 'Summary.',
        body: doc(paragraph('Published words.')) as Article['body'],
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      context: testContext,
      data: { title: `Unreleased ${suffix}` },
    })
  })

  afterAll(async () => {
    await payload.delete({ collection: 'articles', id: article.id, context: testContext })
  })

  it('should refuse anonymous access to article versions, listed or by id', async () => {
    const list = await rest({ method: 'GET', path: '/articles/versions' })
    expect(list.status).toBe(403)
    expect(await list.text()).not.toContain(`Unreleased ${suffix}`)

    const { docs: versions } = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: article.id } },
    })
    expect(versions.length).toBeGreaterThan(0)
    for (const version of versions) {
      const one = await rest({ method: 'GET', path: `/articles/versions/${version.id}` })
      expect([403, 404]).toContain(one.status)
      expect(await one.text()).not.toContain(`Unreleased ${suffix}`)
    }
  })

  it('should never hand an anonymous reader the newer draft, however it asks', async () => {
    const paths = [
      `/articles/${article.id}?draft=true`,
      `/articles?draft=true&where[id][equals]=${article.id}`,
      `/articles?where[title][equals]=${encodeURIComponent(`Unreleased ${suffix}`)}&draft=true`,
    ]
    for (const requestPath of paths) {
      const response = await rest({ method: 'GET', path: requestPath })
      expect(await response.text()).not.toContain(`Unreleased ${suffix}`)
    }
  })

  it('should serve no GraphQL API at all', async () => {
    expect((await config).graphQL.disable).toBe(true)
    expect(fs.existsSync(path.resolve('src/app/(payload)/api/graphql'))).toBe(false)
    const query = { query: '{ Articles(draft: true) { docs { title } } }' }
    const post = await rest({ method: 'POST', path: '/graphql', body: query })
    expect(post.status).toBe(404)
    expect((await rest({ method: 'GET', path: '/graphql-playground' })).status).toBe(404)
  })
})
