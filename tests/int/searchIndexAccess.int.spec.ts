import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Search } from '@/payload-types'
import { doc, paragraph } from '@/seed/lexical'

import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

const body = doc(paragraph('Indexed body.')) as Article['body']

/** SECURITY.md #22: the search index is written by the system only; reindexing is for admins. */
describe(`search index: written by the system, rebuilt by admins (${adapterName()})`, () => {
  let payload: Payload
  let writer: StaffMember
  let editor: StaffMember
  let admin: StaffMember
  let article: Article
  const suffix = uniqueSuffix()

  const entryFor = async (articleId: Article['id']): Promise<Search | undefined> => {
    const { docs } = await payload.find({
      collection: 'search',
      where: { 'doc.value': { equals: articleId } },
      depth: 0,
    })
    return docs[0]
  }

  beforeAll(async () => {
    payload = await testPayload()
    writer = await createStaff({ payload, role: 'writer', suffix })
    editor = await createStaff({ payload, role: 'editor', suffix })
    admin = await createStaff({ payload, role: 'admin', suffix })
    article = await payload.create({
      collection: 'articles',
      context: testContext,
      data: { title: `Indexed ${suffix}`, dek: 'Indexed dek.', body, _status: 'published' },
    })
  })

  afterAll(async () => {
    await payload.delete({ collection: 'articles', id: article.id, context: testContext })
    await deleteStaff(payload, [writer, editor, admin])
  })

  it('should refuse every signed-in role creating, editing or deleting a search entry', async () => {
    const entry = await entryFor(article.id)
    expect(entry?.title).toBe(`Indexed ${suffix}`)
    for (const staff of [undefined, writer, editor, admin]) {
      const headers = staff?.headers ?? {}
      const created = await rest({
        method: 'POST',
        path: '/search',
        headers,
        body: { title: `Forged ${suffix}`, doc: { relationTo: 'articles', value: article.id } },
      })
      expect(created.status, `create as ${staff?.user.roles ?? 'anonymous'}`).toBe(403)
      const patched = await rest({
        method: 'PATCH',
        path: `/search/${entry!.id}`,
        headers,
        body: { title: 'Re-pointed', slug: '../../admin', priority: 1000 },
      })
      expect(patched.status, `update as ${staff?.user.roles ?? 'anonymous'}`).toBe(403)
      const deleted = await rest({ method: 'DELETE', path: `/search/${entry!.id}`, headers })
      expect(deleted.status, `delete as ${staff?.user.roles ?? 'anonymous'}`).toBe(403)
    }
    const after = await entryFor(article.id)
    expect(after).toMatchObject({ id: entry!.id, title: `Indexed ${suffix}`, priority: 10 })
    expect(after?.slug).toBe(article.slug)
    const { totalDocs } = await payload.count({
      collection: 'search',
      where: { title: { equals: `Forged ${suffix}` } },
    })
    expect(totalDocs).toBe(0)
  })

  it('should let only an admin rebuild the index, and rebuild it from published articles', async () => {
    const reindex = (headers: Record<string, string>) =>
      rest({
        method: 'POST',
        path: '/search/reindex',
        headers,
        body: { collections: ['articles'] },
      })
    const before = await entryFor(article.id)
    for (const staff of [undefined, writer, editor]) {
      const refused = await reindex(staff?.headers ?? {})
      expect(refused.status, `reindex as ${staff?.user.roles ?? 'anonymous'}`).toBe(403)
      expect((await entryFor(article.id))?.id).toBe(before?.id)
    }

    const draft = await payload.create({
      collection: 'articles',
      context: testContext,
      draft: true,
      data: { title: `Unindexed ${suffix}`, dek: 'Draft dek.', body, _status: 'draft' },
    })
    // A stale entry, so the rebuild shows: it must come back from the article itself.
    await payload.update({ collection: 'search', id: before!.id, data: { title: 'Stale' } })
    try {
      const rebuilt = await reindex(admin.headers)
      expect(rebuilt.status).toBe(200)
      expect((await entryFor(article.id))?.title).toBe(`Indexed ${suffix}`)
      expect(await entryFor(draft.id)).toBeUndefined()
    } finally {
      await payload.delete({ collection: 'articles', id: draft.id, context: testContext })
    }
  })
})
