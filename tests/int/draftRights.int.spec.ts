import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'
import { doc, paragraph } from '@/seed/lexical'

import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

const body = doc(paragraph('Draft body.')) as Article['body']

type DocPermissions = { update?: boolean }

/** SECURITY.md #23: edit rights follow the newest version, so reassigning a draft moves them. */
describe(`rights follow the newest version (${adapterName()})`, () => {
  let payload: Payload
  let first: StaffMember
  let second: StaffMember
  let editor: StaffMember
  const articleIds: Array<Article['id']> = []
  const suffix = uniqueSuffix()

  const patch = (staff: StaffMember, id: Article['id'], data: object, query = '?draft=true') =>
    rest({ method: 'PATCH', path: `/articles/${id}${query}`, body: data, headers: staff.headers })

  const newest = (id: Article['id']) =>
    payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })

  const authorIds = (article: Article) =>
    (article.authors ?? []).map((author) => String(typeof author === 'object' ? author.id : author))

  /** What the admin's edit view asks before it offers the form (GET /api/articles/access/:id). */
  const canEditInAdmin = async (staff: StaffMember, id: Article['id']) => {
    const response = await rest({
      method: 'POST',
      path: `/articles/access/${id}`,
      headers: staff.headers,
      body: {},
    })
    return Boolean(((await response.json()) as DocPermissions).update)
  }

  /** The editor closes the draft: the admin releases the lock their autosave holds. */
  const leave = async (staff: StaffMember, id: Article['id']) => {
    const path = `/payload-locked-documents?where[document.value][equals]=${id}`
    const locks = await rest({ method: 'DELETE', path, headers: staff.headers })
    expect(locks.status).toBe(200)
  }

  const draftBy = async (staff: StaffMember, title: string) => {
    const response = await rest({
      method: 'POST',
      path: '/articles?draft=true',
      headers: staff.headers,
      body: { title: `${title} ${suffix}`, dek: 'Summary.', body },
    })
    const { doc: created } = (await response.json()) as { doc: Article }
    articleIds.push(created.id)
    return created
  }

  beforeAll(async () => {
    payload = await testPayload()
    first = await createStaff({ payload, role: 'writer', suffix, label: 'first-writer' })
    second = await createStaff({ payload, role: 'writer', suffix, label: 'second-writer' })
    editor = await createStaff({ payload, role: 'editor', suffix })
  })

  afterAll(async () => {
    await payload.delete({
      collection: 'articles',
      where: { id: { in: articleIds } },
      context: testContext,
    })
    await deleteStaff(payload, [first, second, editor])
  })

  it('should move edit rights with an autosave that reassigns the draft', async () => {
    const draft = await draftBy(first, 'Reassigned')
    const reassign = await patch(
      editor,
      draft.id,
      { authors: [second.user.id] },
      '?draft=true&autosave=true',
    )
    expect(reassign.status).toBe(200)
    expect(authorIds(await newest(draft.id))).toEqual([String(second.user.id)])
    await leave(editor, draft.id)

    expect(await canEditInAdmin(second, draft.id)).toBe(true)
    expect(await canEditInAdmin(first, draft.id)).toBe(false)

    const bySecond = await patch(second, draft.id, { title: `Second's take ${suffix}` })
    expect(bySecond.status).toBe(200)
    const byFirst = await patch(first, draft.id, {
      title: `First's take ${suffix}`,
      authors: [first.user.id],
    })
    expect(byFirst.status).toBe(403)
    const stored = await newest(draft.id)
    expect(stored.title).toBe(`Second's take ${suffix}`)
    expect(authorIds(stored)).toEqual([String(second.user.id)])
  })

  it('should follow a plain draft save too, and a reassignment back', async () => {
    const draft = await draftBy(first, 'Passed around')
    expect((await patch(editor, draft.id, { authors: [second.user.id] })).status).toBe(200)
    expect((await patch(first, draft.id, { dek: 'First again.' })).status).toBe(403)
    expect((await patch(second, draft.id, { dek: 'Second now.' })).status).toBe(200)

    expect((await patch(editor, draft.id, { authors: [first.user.id] })).status).toBe(200)
    expect((await patch(second, draft.id, { dek: 'Second again.' })).status).toBe(403)
    expect((await patch(first, draft.id, { dek: 'First is back.' })).status).toBe(200)
    expect((await newest(draft.id)).dek).toBe('First is back.')
  })

  it('should let a bulk update by a writer reach only the drafts they author now', async () => {
    const mine = await draftBy(first, 'Bulk mine')
    const moved = await draftBy(first, 'Bulk moved')
    expect((await patch(editor, moved.id, { authors: [second.user.id] })).status).toBe(200)
    // Published by the editor, then a newer draft: the writer still authors it, but it is live.
    const live = await draftBy(first, 'Bulk live')
    expect((await patch(editor, live.id, { _status: 'published' }, '')).status).toBe(200)
    expect((await patch(editor, live.id, { title: `Live, newer draft ${suffix}` })).status).toBe(
      200,
    )

    const bulk = await rest({
      method: 'PATCH',
      path: `/articles?draft=true&where[id][in]=${mine.id},${moved.id},${live.id}`,
      headers: first.headers,
      body: { dek: 'Bulk edit.' },
    })
    expect(bulk.status).toBe(200)
    expect((await newest(mine.id)).dek).toBe('Bulk edit.')
    expect((await newest(moved.id)).dek).toBe('Summary.')
    expect((await newest(live.id)).dek).toBe('Summary.')
    expect((await patch(first, live.id, { dek: 'By id.' })).status).toBe(403)
  })
})
