import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'
import { doc, paragraph } from '@/seed/lexical'

import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

const body = doc(paragraph('Body text.')) as Article['body']

describe(`roles: writers, editors and admins over REST (${adapterName()})`, () => {
  let payload: Payload
  let writer: StaffMember
  let otherWriter: StaffMember
  let editor: StaffMember
  let admin: StaffMember
  const articleIds: Array<number | string> = []
  const showIds: Array<number | string> = []
  const suffix = uniqueSuffix()

  const articleData = (title: string) => ({ title: `${title} ${suffix}`, dek: 'Summary.', body })

  const createAs = async (staff: StaffMember, data: Record<string, unknown>, query = '') => {
    const response = await rest({
      method: 'POST',
      path: `/articles${query}`,
      body: data,
      headers: staff.headers,
    })
    const json = (await response.json()) as { doc?: Article }
    if (json.doc) articleIds.push(json.doc.id)
    return { status: response.status, doc: json.doc }
  }

  const patchAs = (staff: StaffMember, id: number | string, data: object, query = '') =>
    rest({ method: 'PATCH', path: `/articles/${id}${query}`, body: data, headers: staff.headers })

  const stored = (id: number | string) =>
    payload.findByID({ collection: 'articles', id, depth: 0, draft: true })

  beforeAll(async () => {
    payload = await testPayload()
    writer = await createStaff({ payload, role: 'writer', suffix })
    otherWriter = await createStaff({ payload, role: 'writer', suffix, label: 'other-writer' })
    editor = await createStaff({ payload, role: 'editor', suffix })
    admin = await createStaff({ payload, role: 'admin', suffix })
  })

  afterAll(async () => {
    if (articleIds.length > 0) {
      await payload.delete({
        collection: 'articles',
        where: { id: { in: articleIds } },
        context: testContext,
      })
    }
    if (showIds.length > 0) {
      await payload.delete({
        collection: 'shows',
        where: { id: { in: showIds } },
        context: testContext,
      })
    }
    await deleteStaff(payload, [writer, otherWriter, editor, admin])
  })

  it('should let a writer create a draft and add them to its authors', async () => {
    const created = await createAs(writer, articleData('Writer draft'), '?draft=true')
    expect(created.status).toBe(201)
    expect(created.doc?._status).toBe('draft')
    const authors = (created.doc?.authors ?? []).map((a) => (typeof a === 'object' ? a.id : a))
    expect(authors.map(String)).toContain(String(writer.user.id))
  })

  it('should refuse a writer creating an article as published', async () => {
    const created = await createAs(writer, { ...articleData('Sneaky'), _status: 'published' })
    expect(created.status).toBe(403)
    const { totalDocs } = await payload.count({
      collection: 'articles',
      where: { title: { equals: `Sneaky ${suffix}` } },
    })
    expect(totalDocs).toBe(0)
  })

  it('should let a writer edit their own draft but never publish it', async () => {
    const { doc: draft } = await createAs(writer, articleData('Own draft'), '?draft=true')
    const edit = await patchAs(writer, draft!.id, { dek: 'Sharper summary.' }, '?draft=true')
    expect(edit.status).toBe(200)

    // A save without ?draft=true and without _status keeps the draft a draft.
    const plainSave = await patchAs(writer, draft!.id, { dek: 'Plain save.' })
    expect(plainSave.status).toBe(200)
    expect((await stored(draft!.id))._status).toBe('draft')

    const publish = await patchAs(writer, draft!.id, { _status: 'published' })
    expect(publish.status).toBe(403)
    expect((await stored(draft!.id))._status).toBe('draft')
  })

  it("should refuse a writer editing another writer's draft", async () => {
    const { doc: draft } = await createAs(otherWriter, articleData('Not yours'), '?draft=true')
    const edit = await patchAs(writer, draft!.id, { title: `Hijacked ${suffix}` }, '?draft=true')
    expect(edit.status).toBe(403)
    expect((await stored(draft!.id)).title).toBe(`Not yours ${suffix}`)
  })

  it('should refuse a writer editing their own article once it is published', async () => {
    const { doc: draft } = await createAs(writer, articleData('Went live'), '?draft=true')
    const publish = await patchAs(editor, draft!.id, { _status: 'published' })
    expect(publish.status).toBe(200)

    const edit = await patchAs(writer, draft!.id, { title: `Rewritten ${suffix}` }, '?draft=true')
    expect(edit.status).toBe(403)
    expect((await stored(draft!.id)).title).toBe(`Went live ${suffix}`)
  })

  it('should give a writer who duplicates a published article only a new draft', async () => {
    const { doc: live } = await createAs(editor, { ...articleData('Live'), _status: 'published' })
    expect(live?._status).toBe('published')
    const response = await rest({
      method: 'POST',
      path: `/articles/${live!.id}/duplicate`,
      body: {},
      headers: writer.headers,
    })
    const { doc: copy } = (await response.json()) as { doc?: Article }
    if (copy) articleIds.push(copy.id)
    // Payload duplicates as a new draft, which a writer may create.
    expect(response.status).toBe(200)
    expect(copy?._status).toBe('draft')
  })

  it('should refuse a writer deleting an article, even their own draft', async () => {
    const { doc: draft } = await createAs(writer, articleData('Keep me'), '?draft=true')
    const response = await rest({
      method: 'DELETE',
      path: `/articles/${draft!.id}`,
      headers: writer.headers,
    })
    expect(response.status).toBe(403)
    expect((await stored(draft!.id)).id).toBe(draft!.id)
  })

  it('should not publish when a writer schedules a publish, but should when an editor does', async () => {
    const schedule = async (staff: StaffMember, id: Article['id']) => {
      const job = await payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type: 'publish',
          doc: { relationTo: 'articles', value: id },
          user: { relationTo: 'users', value: staff.user.id },
        },
        waitUntil: new Date(Date.now() - 1000),
      })
      await payload.jobs.runByID({ id: job.id })
      await payload.delete({ collection: 'payload-jobs', where: { id: { equals: job.id } } })
    }
    const { doc: byWriter } = await createAs(writer, articleData('Scheduled'), '?draft=true')
    await schedule(writer, byWriter!.id)
    expect((await stored(byWriter!.id))._status).toBe('draft')

    await schedule(editor, byWriter!.id)
    expect((await stored(byWriter!.id))._status).toBe('published')
  })

  it('should refuse a writer managing shows', async () => {
    const response = await rest({
      method: 'POST',
      path: '/shows',
      body: { title: `Writer show ${suffix}` },
      headers: writer.headers,
    })
    expect(response.status).toBe(403)
  })

  it("should let an editor edit and publish a writer's draft", async () => {
    const { doc: draft } = await createAs(writer, articleData('Needs an edit'), '?draft=true')
    const response = await patchAs(editor, draft!.id, {
      title: `Edited ${suffix}`,
      _status: 'published',
    })
    expect(response.status).toBe(200)
    const article = await stored(draft!.id)
    expect(article._status).toBe('published')
    expect(article.title).toBe(`Edited ${suffix}`)
    expect(article.publishedAt).toBeTruthy()
  })

  it('should let an editor create, update and delete shows but not manage users', async () => {
    const created = await rest({
      method: 'POST',
      path: '/shows',
      body: { title: `Editor show ${suffix}` },
      headers: editor.headers,
    })
    expect(created.status).toBe(201)
    const { doc: show } = (await created.json()) as { doc: { id: number | string } }
    showIds.push(show.id)
    const updated = await rest({
      method: 'PATCH',
      path: `/shows/${show.id}`,
      body: { network: 'Netflix' },
      headers: editor.headers,
    })
    expect(updated.status).toBe(200)
    const deleted = await rest({
      method: 'DELETE',
      path: `/shows/${show.id}`,
      headers: editor.headers,
    })
    expect(deleted.status).toBe(200)

    const newUser = await rest({
      method: 'POST',
      path: '/users',
      body: { email: `nope-${suffix}@example.com`, password: 'x-long-password', name: 'Nope' },
      headers: editor.headers,
    })
    expect(newUser.status).toBe(403)
    const others = await rest({ method: 'GET', path: '/users', headers: editor.headers })
    const { docs } = (await others.json()) as { docs: Array<{ id: number | string }> }
    expect(docs.map((user) => String(user.id))).toEqual([String(editor.user.id)])
  })

  it('should let an editor delete an article', async () => {
    const { doc: draft } = await createAs(writer, articleData('Spiked'), '?draft=true')
    const response = await rest({
      method: 'DELETE',
      path: `/articles/${draft!.id}`,
      headers: editor.headers,
    })
    expect(response.status).toBe(200)
  })

  it('should ignore a writer or an editor giving themselves a role', async () => {
    for (const staff of [writer, editor]) {
      const response = await rest({
        method: 'PATCH',
        path: `/users/${staff.user.id}`,
        body: { name: 'Still me', roles: ['admin'] },
        headers: staff.headers,
      })
      expect(response.status).toBe(200)
      const user = await payload.findByID({ collection: 'users', id: staff.user.id })
      expect(user.name).toBe('Still me')
      expect(user.roles).toEqual(staff.user.roles)
    }
  })

  it("should let an admin change another user's roles and their own", async () => {
    const promote = await rest({
      method: 'PATCH',
      path: `/users/${otherWriter.user.id}`,
      body: { roles: ['editor'] },
      headers: admin.headers,
    })
    expect(promote.status).toBe(200)
    expect(
      (await payload.findByID({ collection: 'users', id: otherWriter.user.id })).roles,
    ).toEqual(['editor'])

    const own = await rest({
      method: 'PATCH',
      path: `/users/${admin.user.id}`,
      body: { roles: ['admin', 'editor'] },
      headers: admin.headers,
    })
    expect(own.status).toBe(200)
    expect((await payload.findByID({ collection: 'users', id: admin.user.id })).roles).toEqual([
      'admin',
      'editor',
    ])
  })

  it('should let an admin create and delete a user with a role', async () => {
    const created = await rest({
      method: 'POST',
      path: '/users',
      body: {
        email: `hired-${suffix}@example.com`,
        password: 'x-long-password',
        name: 'New Hire',
        roles: ['editor'],
      },
      headers: admin.headers,
    })
    expect(created.status).toBe(201)
    const { doc: hired } = (await created.json()) as {
      doc: { id: number | string; roles: string[] }
    }
    expect(hired.roles).toEqual(['editor'])
    const deleted = await rest({
      method: 'DELETE',
      path: `/users/${hired.id}`,
      headers: admin.headers,
    })
    expect(deleted.status).toBe(200)
  })
})
