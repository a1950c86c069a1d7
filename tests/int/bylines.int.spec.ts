import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { doc, paragraph } from '@/seed/lexical'

import { deleteSuffixed } from '../helpers/cleanup'
import { adapterName, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

/**
 * Issue 12 (low): a writer could put anyone's name on their piece, and so hand another writer
 * edit rights to it. Bylines are the desk's call: a writer's article names the writer alone
 * until an editor adds others.
 */
describe(`who may name an article's authors (${adapterName()})`, () => {
  let payload: Payload
  let writer: StaffMember
  let otherWriter: StaffMember
  let editor: StaffMember
  const suffix = uniqueSuffix()

  const post = (staff: StaffMember, title: string, authors?: Array<number | string>) =>
    rest({
      method: 'POST',
      path: '/articles?draft=true',
      body: {
        title: `${title} ${suffix}`,
        dek: 'Summary.',
        body: doc(paragraph('Body.')),
        ...(authors ? { authors } : {}),
      },
      headers: staff.headers,
    })

  const patch = (staff: StaffMember, id: number | string, authors: Array<number | string>) =>
    rest({
      method: 'PATCH',
      path: `/articles/${id}?draft=true`,
      body: { authors },
      headers: staff.headers,
    })

  const authorsOf = async (id: number | string) => {
    const article = await payload.findByID({ collection: 'articles', id, depth: 0, draft: true })
    return (article.authors ?? []).map((author) =>
      String(typeof author === 'object' ? author.id : author),
    )
  }

  beforeAll(async () => {
    payload = await testPayload()
    writer = await createStaff({ payload, role: 'writer', suffix })
    otherWriter = await createStaff({ payload, role: 'writer', suffix, label: 'co-writer' })
    editor = await createStaff({ payload, role: 'editor', suffix })
  })

  afterAll(async () => {
    await deleteSuffixed(payload, suffix, ['articles'])
    await deleteStaff(payload, [writer, otherWriter, editor])
  })

  it('should refuse a writer naming another user as co-author, and store nothing', async () => {
    const response = await post(writer, 'Co-authored', [writer.user.id, otherWriter.user.id])
    expect(response.status).toBe(403)
    const { errors } = (await response.json()) as { errors: Array<{ message: string }> }
    expect(errors[0]?.message).toMatch(/editor/i)
    const { totalDocs } = await payload.count({
      collection: 'articles',
      where: { title: { equals: `Co-authored ${suffix}` } },
    })
    expect(totalDocs).toBe(0)
  })

  it('should let a writer name only themselves, and save their draft with its byline unchanged', async () => {
    const response = await post(writer, 'Solo', [writer.user.id])
    expect(response.status).toBe(201)
    const { doc: article } = (await response.json()) as { doc: { id: number | string } }
    expect(await authorsOf(article.id)).toEqual([String(writer.user.id)])
    expect((await patch(writer, article.id, [writer.user.id])).status).toBe(200)
    // Adding someone on a later save is refused the same way.
    expect((await patch(writer, article.id, [writer.user.id, otherWriter.user.id])).status).toBe(
      403,
    )
    expect(await authorsOf(article.id)).toEqual([String(writer.user.id)])
  })

  it('should let an editor add a co-author to a writer’s draft', async () => {
    const response = await post(writer, 'Desk byline')
    const { doc: article } = (await response.json()) as { doc: { id: number | string } }
    expect((await patch(editor, article.id, [writer.user.id, otherWriter.user.id])).status).toBe(
      200,
    )
    expect(await authorsOf(article.id)).toEqual([
      String(writer.user.id),
      String(otherWriter.user.id),
    ])
  })
})
