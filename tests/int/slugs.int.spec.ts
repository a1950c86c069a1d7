import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'

describe(`slugs (${adapterName()})`, () => {
  let payload: Payload
  const createdShowIds: Array<number | string> = []

  beforeAll(async () => {
    payload = await testPayload()
  })

  afterAll(async () => {
    if (createdShowIds.length === 0) return
    await payload.delete({
      collection: 'shows',
      where: { id: { in: createdShowIds } },
      context: testContext,
    })
  })

  it('should generate a slug from the title when the editor leaves it empty', async () => {
    const suffix = uniqueSuffix()
    const show = await payload.create({
      collection: 'shows',
      data: { title: `Agents of S.H.I.E.L.D. Ünïcode ${suffix}` },
      context: testContext,
    })
    createdShowIds.push(show.id)
    expect(show.slug).toBe(`agents-of-s-h-i-e-l-d-unicode-${suffix}`)
  })

  it('should refuse a duplicate slug through the Local API with an error on the slug field', async () => {
    const slug = `dupe-${uniqueSuffix()}`
    const first = await payload.create({
      collection: 'shows',
      data: { title: 'First', slug },
      context: testContext,
    })
    createdShowIds.push(first.id)

    const attempt = payload.create({
      collection: 'shows',
      data: { title: 'Second', slug },
      context: testContext,
    })
    await expect(attempt).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'slug' })] },
    })
    const { totalDocs } = await payload.count({
      collection: 'shows',
      where: { slug: { equals: slug } },
    })
    expect(totalDocs).toBe(1)
  })

  it('should answer a duplicate slug over REST with a 400 naming the slug field, not a 500', async () => {
    const slug = `rest-dupe-${uniqueSuffix()}`
    const first = await payload.create({
      collection: 'characters',
      data: { name: 'Karen Page', slug },
      context: testContext,
    })
    const editor = await payload.create({
      collection: 'users',
      data: {
        email: `slug-editor-${uniqueSuffix()}@example.com`,
        password: 'correct-horse-battery',
        name: 'Slug Editor',
        roles: ['editor'],
      },
      context: testContext,
    })
    try {
      const login = await rest({
        method: 'POST',
        path: '/users/login',
        body: { email: editor.email, password: 'correct-horse-battery' },
      })
      const { token } = (await login.json()) as { token: string }
      const response = await rest({
        method: 'POST',
        path: '/characters',
        body: { name: 'Karen Page again', slug },
        headers: { Authorization: `JWT ${token}` },
      })
      expect(response.status).toBe(400)
      const body = (await response.json()) as {
        errors: Array<{ data?: { errors?: Array<{ path: string }> } }>
      }
      const paths = body.errors.flatMap((error) => error.data?.errors?.map((e) => e.path) ?? [])
      expect(paths).toContain('slug')
    } finally {
      await payload.delete({ collection: 'characters', id: first.id, context: testContext })
      await payload.delete({ collection: 'users', id: editor.id, context: testContext })
    }
  })
})
