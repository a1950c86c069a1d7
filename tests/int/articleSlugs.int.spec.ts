import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { doc, paragraph } from '@/seed/lexical'

import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

type Id = number | string
type Saved = { doc: { id: Id; slug?: string; previousSlugs?: Array<{ slug: string }> } }

/**
 * Issue 13, items 10 and 11: slugs settle on the draft save that meets a clash, renamed
 * published articles remember the address readers knew, and "Create New"'s blank drafts
 * neither show nor pile up.
 */
describe(`article slugs and blank drafts (${adapterName()})`, () => {
  let payload: Payload
  let editor: StaffMember
  const suffix = uniqueSuffix()
  const base = `clash-${suffix}`
  /** Blank drafts have no title or slug to find them by. */
  const blankIds: Id[] = []

  /** What the admin's autosave and "Save draft" send. */
  const saveDraft = async (id: Id, data: Record<string, unknown>) => {
    const response = await rest({
      method: 'PATCH',
      path: `/articles/${id}?draft=true&depth=0`,
      body: { ...data, _status: 'draft' },
      headers: editor.headers,
    })
    expect(response.status, await response.clone().text()).toBe(200)
    return ((await response.json()) as Saved).doc
  }

  /** Publishes as the editor; through the Local API, since REST would revalidate Next's cache. */
  const publish = (id: Id, data: Record<string, unknown> = {}) =>
    payload.update({
      collection: 'articles',
      id,
      data: { ...data, _status: 'published' },
      overrideAccess: false,
      user: editor.user,
      depth: 0,
      context: testContext,
    })

  const newDraft = async (title: string) => {
    const created = await payload.create({
      collection: 'articles',
      draft: true,
      data: { title: `Seed ${suffix} ${title}`, dek: 'Dek.', body: doc(paragraph('Words.')) },
      context: testContext,
    })
    return created.id
  }

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createStaff({ payload, role: 'editor', suffix })
  })

  afterAll(async () => {
    await payload.delete({
      collection: 'articles',
      where: {
        or: [{ title: { like: suffix } }, { slug: { like: suffix } }, { id: { in: blankIds } }],
      },
      context: testContext,
    })
    await deleteStaff(payload, [editor])
  })

  it('should settle a clash on the draft save: the second article gets "-2", the first keeps its slug', async () => {
    const first = await newDraft('first')
    expect((await publish(first, { slug: base })).slug).toBe(base)

    const second = await newDraft('second')
    const saved = await saveDraft(second, { title: `Clash ${suffix}`, slug: base })
    expect(saved.slug).toBe(`${base}-2`)
    // A slug generated from a title clashes the same way, and takes the next free number.
    const third = await newDraft('third')
    const generated = await saveDraft(third, { title: `Clash ${suffix}`, slug: '' })
    expect(generated.slug).toBe(`${base}-3`)

    const firstNow = await payload.findByID({ collection: 'articles', id: first, depth: 0 })
    expect(firstNow.slug).toBe(base)
    // Publishing the settled draft needs no more work from the editor.
    expect((await publish(second))._status).toBe('published')
  })

  it('should still refuse, naming the slug field, a typed clashing slug at publish', async () => {
    const other = await newDraft('typed')
    const response = await rest({
      method: 'PATCH',
      path: `/articles/${other}?depth=0`,
      body: { slug: base, _status: 'published' },
      headers: editor.headers,
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as {
      errors: Array<{ data?: { errors?: Array<{ path: string }> } }>
    }
    expect(body.errors.flatMap((e) => e.data?.errors?.map((f) => f.path) ?? [])).toContain('slug')
  })

  it('should remember a published article’s old slug when it is published under a new one', async () => {
    const id = await newDraft('renamed')
    const oldSlug = `old-${suffix}`
    const newSlug = `new-${suffix}`
    await publish(id, { slug: oldSlug })

    // A draft rename is not public yet: nothing to redirect.
    const draft = await saveDraft(id, { slug: newSlug })
    expect(draft.previousSlugs ?? []).toEqual([])

    await publish(id, { slug: newSlug })
    const live = await payload.findByID({ collection: 'articles', id, depth: 0 })
    expect(live.slug).toBe(newSlug)
    expect(live.previousSlugs?.map((entry) => entry.slug)).toEqual([oldSlug])

    // Readers can find where the old address went, as the article page asks.
    const { docs } = await payload.find({
      collection: 'articles',
      overrideAccess: false,
      where: { 'previousSlugs.slug': { equals: oldSlug } },
      depth: 0,
    })
    expect(docs.map((found) => found.slug)).toEqual([newSlug])

    // Renaming back: the live slug is never also an old one.
    await publish(id, { slug: oldSlug })
    const back = await payload.findByID({ collection: 'articles', id, depth: 0 })
    expect(back.previousSlugs?.map((entry) => entry.slug)).toEqual([newSlug])
  })

  it('should mark a "Create New" draft blank until something is typed, and purge old blank drafts', async () => {
    // What the admin's "Create New" saves as the form opens.
    const blank = await payload.create({
      collection: 'articles',
      draft: true,
      data: {},
      overrideAccess: false,
      user: editor.user,
      context: testContext,
    })
    const typedInto = await payload.create({
      collection: 'articles',
      draft: true,
      data: {},
      context: testContext,
    })
    blankIds.push(blank.id, typedInto.id)
    expect(blank.isBlank).toBe(true)
    const typed = await saveDraft(typedInto.id, { title: `Typed ${suffix}` })
    expect(typed).toMatchObject({ title: `Typed ${suffix}`, isBlank: false })

    // A day later, the next new article clears the abandoned one, and only that one.
    const dayAgo = new Date(Date.now() - 25 * 60 * 60 * 1000).toISOString()
    for (const id of [blank.id, typedInto.id]) {
      const { docs: versions } = await payload.findVersions({
        collection: 'articles',
        where: { parent: { equals: id } },
        depth: 0,
      })
      for (const version of versions) {
        await payload.db.updateVersion({
          collection: 'articles',
          id: version.id,
          versionData: {
            ...version,
            updatedAt: dayAgo,
            version: { ...version.version, updatedAt: dayAgo },
          },
        })
      }
    }
    const next = await newDraft('next')
    const remaining = await payload.find({
      collection: 'articles',
      where: { id: { in: [blank.id, typedInto.id, next] } },
      draft: true,
      depth: 0,
    })
    expect(remaining.docs.map((found) => String(found.id)).sort()).toEqual(
      [String(typedInto.id), String(next)].sort(),
    )
  })
})
