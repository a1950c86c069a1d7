import type { Payload } from 'payload'
import { extractID } from 'payload/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Character } from '@/payload-types'
import { doc, paragraph } from '@/seed/lexical'

import { deleteSuffixed } from '../helpers/cleanup'
import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

type Id = number | string

/**
 * No lost updates (issue 11, SECURITY.md property 30): a save made from a copy someone else
 * has saved over since is refused with 409, naming who saved and when; the editor's own saves
 * (an autosave racing their Publish) never trip it. Clients opt in by sending the `updatedAt`
 * they edited from, as the admin does.
 */
describe(`saves from an outdated copy (${adapterName()})`, () => {
  let payload: Payload
  let jane: StaffMember
  let omar: StaffMember
  const suffix = uniqueSuffix()

  const read = async (collection: string, id: Id, query = '') => {
    const response = await rest({
      method: 'GET',
      path: `/${collection}/${id}?depth=0${query}`,
      headers: jane.headers,
    })
    return (await response.json()) as Article & Character
  }

  const save = (
    who: StaffMember,
    collection: string,
    id: Id,
    body: Record<string, unknown>,
    query = '',
  ) => rest({ method: 'PATCH', path: `/${collection}/${id}${query}`, headers: who.headers, body })

  const makeArticle = (title: string) =>
    payload.create({
      collection: 'articles',
      data: {
        title: `${title} ${suffix}`,
        dek: 'The first dek.',
        body: doc(paragraph('Body.')) as unknown as Article['body'],
        _status: 'published',
      },
      context: testContext,
    })

  beforeAll(async () => {
    payload = await testPayload()
    ;[jane, omar] = await Promise.all([
      createStaff({ payload, role: 'editor', suffix, label: 'stale-jane' }),
      createStaff({ payload, role: 'editor', suffix, label: 'stale-omar' }),
    ])
  })

  afterAll(async () => {
    await deleteSuffixed(payload, suffix, ['articles', 'characters'])
    await deleteStaff(payload, [jane, omar])
  })

  it('should refuse the second of two editors saving from the same copy, naming the first', async () => {
    const article = await makeArticle('Stale publish')
    const copy = await read('articles', article.id)

    const first = await save(jane, 'articles', article.id, {
      title: `Jane's title ${suffix}`,
      updatedAt: copy.updatedAt,
    })
    expect(first.status).toBe(200)
    const second = await save(omar, 'articles', article.id, {
      dek: "Omar's dek.",
      updatedAt: copy.updatedAt,
    })
    expect(second.status).toBe(409)
    const { errors } = (await second.json()) as { errors: Array<{ message: string }> }
    expect(errors[0]?.message).toContain(jane.user.name)
    expect(errors[0]?.message).toMatch(/saved .* after you opened it/i)

    const stored = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
    expect(stored.title).toBe(`Jane's title ${suffix}`)
    expect(stored.dek).toBe('The first dek.')
  })

  it('should refuse an autosave from a copy another editor has autosaved over', async () => {
    const article = await makeArticle('Stale autosave')
    const copy = await read('articles', article.id, '&draft=true')
    const autosave = '?draft=true&autosave=true'

    expect(
      (
        await save(
          jane,
          'articles',
          article.id,
          { dek: 'Jane', updatedAt: copy.updatedAt },
          autosave,
        )
      ).status,
    ).toBe(200)
    // Jane's autosave keeps the article locked to her; Omar took it over (the admin's
    // "Take over"), with the copy he opened before her autosave.
    const late = await save(
      omar,
      'articles',
      article.id,
      { dek: 'Omar', updatedAt: copy.updatedAt },
      `${autosave}&overrideLock=true`,
    )
    expect(late.status).toBe(409)
    const draft = await read('articles', article.id, '&draft=true')
    expect(draft.dek).toBe('Jane')
  })

  it('should never refuse an editor because of their own earlier saves', async () => {
    const article = await makeArticle('Own saves')
    const copy = await read('articles', article.id, '&draft=true')
    const autosave = '?draft=true&autosave=true'
    const saved = await save(
      jane,
      'articles',
      article.id,
      { dek: 'One', updatedAt: copy.updatedAt },
      autosave,
    )
    expect(saved.status).toBe(200)
    // Her Publish was sent with the copy from before her own autosave landed.
    const publish = await save(jane, 'articles', article.id, {
      dek: 'Two',
      _status: 'published',
      updatedAt: copy.updatedAt,
    })
    expect(publish.status).toBe(200)
    const { doc: published } = (await publish.json()) as { doc: Article }
    // And from the copy the save answered with, the next save goes through as well.
    const next = await save(jane, 'articles', article.id, {
      dek: 'Three',
      updatedAt: published.updatedAt,
    })
    expect(next.status).toBe(200)
  })

  it('should refuse a stale save of a character too', async () => {
    const character = await payload.create({
      collection: 'characters',
      data: { name: `Stale Character ${suffix}`, aliases: [{ alias: 'First' }] },
      context: testContext,
    })
    const copy = await read('characters', character.id)
    expect(
      (await save(jane, 'characters', character.id, { bio: 'Jane', updatedAt: copy.updatedAt }))
        .status,
    ).toBe(200)
    const late = await save(omar, 'characters', character.id, {
      aliases: [],
      updatedAt: copy.updatedAt,
    })
    expect(late.status).toBe(409)
    const stored = await payload.findByID({ collection: 'characters', id: character.id, depth: 0 })
    expect(stored.aliases).toHaveLength(1)
    expect(stored.bio).toBe('Jane')
  })

  it('should still delete a user who was the last to save a document', async () => {
    const leaver = await createStaff({ payload, role: 'editor', suffix, label: 'stale-leaver' })
    const show = await payload.create({
      collection: 'shows',
      data: { title: `Stale Show ${suffix}` },
      user: leaver.user,
      context: testContext,
    })
    expect(String(extractID(show.lastEditedBy as never))).toBe(String(leaver.user.id))
    await deleteStaff(payload, [leaver])
    const kept = await payload.findByID({ collection: 'shows', id: show.id, depth: 0 })
    expect(kept.title).toBe(`Stale Show ${suffix}`)
    await payload.delete({ collection: 'shows', id: show.id, context: testContext })
  })

  it('should accept a save that names no copy, as before', async () => {
    const article = await makeArticle('No copy')
    await save(jane, 'articles', article.id, { dek: 'Jane' })
    expect((await save(omar, 'articles', article.id, { dek: 'Omar' })).status).toBe(200)
  })
})
