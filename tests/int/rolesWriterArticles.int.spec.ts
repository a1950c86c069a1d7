import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'

import { useArticlesAs } from '../helpers/articlesAs'
import { adapterName, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

/** What a writer may do with articles over REST: drafts of their own, never publishing. */
describe(`roles: a writer's articles over REST (${adapterName()})`, () => {
  let payload: Payload
  let writer: StaffMember
  let otherWriter: StaffMember
  let editor: StaffMember
  const suffix = uniqueSuffix()
  const { articleData, createAs, patchAs, stored, keepArticle } = useArticlesAs(
    () => payload,
    suffix,
  )

  beforeAll(async () => {
    payload = await testPayload()
    writer = await createStaff({ payload, role: 'writer', suffix })
    otherWriter = await createStaff({ payload, role: 'writer', suffix, label: 'other-writer' })
    editor = await createStaff({ payload, role: 'editor', suffix })
  })

  afterAll(async () => {
    await deleteStaff(payload, [writer, otherWriter, editor])
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
    if (copy) keepArticle(copy.id)
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
})
