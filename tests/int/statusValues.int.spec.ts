import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'
import { doc, paragraph } from '@/seed/lexical'

import { deleteSuffixed } from '../helpers/cleanup'
import { adapterName, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

const body = doc(paragraph('Body text.')) as Article['body']

/** Near-misses of the two real statuses, and values of the wrong type. */
const BAD_STATUSES: unknown[] = [
  'PUBLISHED',
  'Published',
  'published ',
  'archived',
  '',
  'DRAFT',
  null,
  0,
  true,
  ['published'],
  { equals: 'published' },
]

describe(`_status accepts only "draft" or "published" (${adapterName()})`, () => {
  let payload: Payload
  let writer: StaffMember
  let editor: StaffMember
  const suffix = uniqueSuffix()
  const articleIds: Array<number | string> = []

  const searchHits = async (): Promise<number> => {
    const response = await rest({
      method: 'GET',
      path: `/search?where[title][like]=${encodeURIComponent(suffix)}&limit=100`,
    })
    const json = (await response.json()) as { totalDocs: number }
    return json.totalDocs
  }

  const storedCount = () =>
    payload.count({ collection: 'articles', where: { title: { like: suffix } } })

  beforeAll(async () => {
    payload = await testPayload()
    writer = await createStaff({ payload, role: 'writer', suffix, label: 'status-writer' })
    editor = await createStaff({ payload, role: 'editor', suffix, label: 'status-editor' })
  })

  afterAll(async () => {
    await deleteSuffixed(payload, suffix, ['articles'])
    await deleteStaff(payload, [writer, editor])
  })

  for (const role of ['writer', 'editor'] as const) {
    const staff = () => (role === 'writer' ? writer : editor)

    it(`should refuse a ${role} creating an article with a bad _status, with a 400`, async () => {
      const before = (await storedCount()).totalDocs
      for (const status of BAD_STATUSES) {
        const response = await rest({
          method: 'POST',
          path: '/articles',
          body: { title: `Bad ${role} ${suffix}`, dek: 'Unreviewed dek.', body, _status: status },
          headers: staff().headers,
        })
        const json = (await response.json()) as { doc?: Article; errors?: unknown }
        if (json.doc) articleIds.push(json.doc.id)
        expect({ status, code: response.status }).toEqual({ status, code: 400 })
        expect(JSON.stringify(json.errors)).toContain('_status')
      }
      expect((await storedCount()).totalDocs).toBe(before)
      expect(await searchHits()).toBe(0)
    })

    it(`should refuse a ${role} updating a draft to a bad _status, with a 400`, async () => {
      const created = await rest({
        method: 'POST',
        path: '/articles?draft=true',
        body: { title: `Draft ${role} ${suffix}`, dek: 'Draft dek.', body, _status: 'draft' },
        headers: staff().headers,
      })
      expect(created.status).toBe(201)
      const { doc: draft } = (await created.json()) as { doc: Article }
      articleIds.push(draft.id)
      for (const status of BAD_STATUSES) {
        const response = await rest({
          method: 'PATCH',
          path: `/articles/${draft.id}`,
          body: { title: `Changed ${role} ${suffix}`, _status: status },
          headers: staff().headers,
        })
        expect({ status, code: response.status }).toEqual({ status, code: 400 })
      }
      const stored = await payload.findByID({
        collection: 'articles',
        id: draft.id,
        depth: 0,
        draft: true,
      })
      expect(stored._status).toBe('draft')
      expect(stored.title).toBe(`Draft ${role} ${suffix}`)
      expect(await searchHits()).toBe(0)
    })
  }

  it('should still let an editor publish with exactly "published", and index it', async () => {
    const response = await rest({
      method: 'POST',
      path: '/articles',
      body: { title: `Good ${suffix}`, dek: 'Reviewed dek.', body, _status: 'published' },
      headers: editor.headers,
    })
    expect(response.status).toBe(201)
    expect(await searchHits()).toBe(1)
  })
})
