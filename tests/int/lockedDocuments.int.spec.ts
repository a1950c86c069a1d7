import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { Article, PayloadLockedDocument } from '@/payload-types'
import { doc, paragraph } from '@/seed/lexical'

import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

const LOCKS = 'payload-locked-documents'
const body = doc(paragraph('Locked body.')) as Article['body']
const asUser = (staff: StaffMember) => ({ relationTo: 'users', value: staff.user.id })

/** SECURITY.md #22: lock records are the system's, held only in their holder's own name. */
describe(`document locks through REST (${adapterName()})`, () => {
  let payload: Payload
  let writer: StaffMember
  let editor: StaffMember
  let secondEditor: StaffMember
  let admin: StaffMember
  let article: Article
  let otherArticle: Article
  const suffix = uniqueSuffix()

  const locksOn = (articleId: Article['id']) =>
    payload.find({
      collection: LOCKS,
      depth: 0,
      where: {
        and: [
          { 'document.relationTo': { equals: 'articles' } },
          { 'document.value': { equals: articleId } },
        ],
      },
    })

  /** A lock as the admin's edit view makes it (Payload writes it through the database adapter). */
  const lockAs = async (staff: StaffMember, articleId = article.id) =>
    (await payload.db.create({
      collection: LOCKS,
      data: { document: { relationTo: 'articles', value: articleId }, user: asUser(staff) },
    })) as PayloadLockedDocument

  const holderOf = async (lockId: PayloadLockedDocument['id']) => {
    const lock = await payload.findByID({ collection: LOCKS, id: lockId, depth: 0 })
    return String((lock.user as { value: unknown }).value)
  }

  beforeAll(async () => {
    payload = await testPayload()
    writer = await createStaff({ payload, role: 'writer', suffix })
    editor = await createStaff({ payload, role: 'editor', suffix })
    secondEditor = await createStaff({ payload, role: 'editor', suffix, label: 'second-editor' })
    admin = await createStaff({ payload, role: 'admin', suffix })
    const data = { dek: 'Summary.', body, _status: 'published' as const }
    article = await payload.create({
      collection: 'articles',
      context: testContext,
      data: { ...data, title: `Lockable ${suffix}` },
    })
    otherArticle = await payload.create({
      collection: 'articles',
      context: testContext,
      data: { ...data, title: `Other lockable ${suffix}` },
    })
  })

  afterEach(async () => {
    await payload.delete({
      collection: LOCKS,
      where: { 'document.value': { in: [article.id, otherArticle.id] } },
    })
  })

  afterAll(async () => {
    await payload.delete({
      collection: 'articles',
      where: { id: { in: [article.id, otherArticle.id] } },
      context: testContext,
    })
    await deleteStaff(payload, [writer, editor, secondEditor, admin])
  })

  it('should refuse creating a lock through REST, in anyone’s name, for every role', async () => {
    for (const staff of [writer, editor, admin]) {
      for (const holder of [editor, staff]) {
        const forged = await rest({
          method: 'POST',
          path: `/${LOCKS}`,
          headers: staff.headers,
          body: { document: { relationTo: 'articles', value: article.id }, user: asUser(holder) },
        })
        expect(forged.status, `${staff.user.email} locking for ${holder.user.email}`).toBe(403)
      }
    }
    expect((await locksOn(article.id)).totalDocs).toBe(0)
    const save = await rest({
      method: 'PATCH',
      path: `/articles/${article.id}`,
      headers: secondEditor.headers,
      body: { title: `Saved ${suffix}` },
    })
    expect(save.status).toBe(200)
  })

  it('should refuse moving a lock to another holder or document, and deleting someone else’s', async () => {
    const lock = await lockAs(editor)
    const patch = (staff: StaffMember, data: object) =>
      rest({ method: 'PATCH', path: `/${LOCKS}/${lock.id}`, headers: staff.headers, body: data })

    expect((await patch(writer, { user: asUser(admin) })).status).toBe(403)
    expect((await patch(secondEditor, { user: asUser(writer) })).status).toBe(403)
    expect((await patch(admin, { user: asUser(secondEditor) })).status).toBe(403)
    const moved = await patch(editor, {
      document: { relationTo: 'articles', value: otherArticle.id },
    })
    expect(moved.status).toBe(403)
    // A writer may not take over an article they could not edit anyway.
    expect((await patch(writer, { user: asUser(writer) })).status).toBe(403)
    expect(await holderOf(lock.id)).toBe(String(editor.user.id))
    expect((await locksOn(otherArticle.id)).totalDocs).toBe(0)

    for (const staff of [writer, secondEditor, admin]) {
      const removed = await rest({
        method: 'DELETE',
        path: `/${LOCKS}/${lock.id}`,
        headers: staff.headers,
      })
      expect(removed.status, `${staff.user.email} deleting the editor's lock`).not.toBe(200)
    }
    const bulk = await rest({
      method: 'DELETE',
      path: `/${LOCKS}?where[document.value][equals]=${article.id}`,
      headers: admin.headers,
    })
    expect((await bulk.json()) as { docs: unknown[] }).toMatchObject({ docs: [] })
    expect((await locksOn(article.id)).totalDocs).toBe(1)
  })

  it('should keep the admin’s own locking: take over in one’s own name, and release one’s own lock', async () => {
    const lock = await lockAs(editor)
    const takeOver = await rest({
      method: 'PATCH',
      path: `/${LOCKS}/${lock.id}`,
      headers: secondEditor.headers,
      body: { user: asUser(secondEditor) },
    })
    expect(takeOver.status).toBe(200)
    expect(await holderOf(lock.id)).toBe(String(secondEditor.user.id))

    const listed = await rest({
      method: 'GET',
      path: `/${LOCKS}?where[document.value][equals]=${article.id}&where[document.relationTo][equals]=articles`,
      headers: writer.headers,
    })
    expect(((await listed.json()) as { docs: unknown[] }).docs).toHaveLength(1)

    const released = await rest({
      method: 'DELETE',
      path: `/${LOCKS}/${lock.id}`,
      headers: secondEditor.headers,
    })
    expect(released.status).toBe(200)
    expect((await locksOn(article.id)).totalDocs).toBe(0)
  })
})
