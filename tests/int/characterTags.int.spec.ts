import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Character } from '@/payload-types'

import { articleBody, characterIdsOf, tagged } from '../helpers/lexical'
import { adapterName, testContext, testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'
import { useTaggingFixtures } from '../helpers/taggingFixtures'

type Id = number | string

/** An article's `characters` field is derived from the tags in its body, and only from them. */
describe(`character tags and the derived index (${adapterName()})`, () => {
  let payload: Payload
  let editor: StaffMember
  let auth: Record<string, string>
  let danny: Character
  let luke: Character
  let claire: Character
  // An id of the right shape that no character has.
  let missingId: Id
  const { suffix, makeCharacter, makeArticle, keepArticle } = useTaggingFixtures(() => payload)

  beforeAll(async () => {
    payload = await testPayload()
    missingId = payload.db.defaultIDType === 'number' ? 987_654_321 : 'ffffffffffffffffffffffff'
    danny = await makeCharacter('Danny Rand', ['Iron Fist'])
    luke = await makeCharacter('Luke Cage')
    claire = await makeCharacter('Claire Temple')
    editor = await createStaff({ payload, role: 'editor', suffix, label: 'tag-editor' })
    auth = editor.headers
  })

  afterAll(async () => {
    await deleteStaff(payload, [editor])
  })

  it('should derive distinct ids in order of first tag on create, and recompute on update', async () => {
    const article = await makeArticle(
      'Derived',
      articleBody(
        tagged(danny.id, 'Iron Fist'),
        ' with ',
        tagged(luke.id, 'Luke'),
        ' and ',
        tagged(danny.id, 'Danny'),
      ),
    )
    expect(characterIdsOf(article.characters)).toEqual([String(danny.id), String(luke.id)])

    const updated = await payload.update({
      collection: 'articles',
      id: article.id,
      data: { body: articleBody('Only ', tagged(claire.id, 'Claire')) },
      context: testContext,
    })
    expect(characterIdsOf(updated.characters)).toEqual([String(claire.id)])
  })

  it('should ignore a characters list sent by the client and derive it from the body', async () => {
    const article = await payload.create({
      collection: 'articles',
      context: testContext,
      data: {
        title: `Forged ${suffix}`,
        dek: 'Dek.',
        body: articleBody(tagged(luke.id, 'Luke')),
        characters: [danny.id, claire.id],
        _status: 'published',
      },
    })
    keepArticle(article.id)
    expect(characterIdsOf(article.characters)).toEqual([String(luke.id)])
  })

  it('should keep the published set on the document and the draft set on the draft version', async () => {
    const article = await makeArticle('Draft vs published', articleBody(tagged(luke.id, 'Luke')))
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { body: articleBody(tagged(claire.id, 'Claire')) },
      context: testContext,
    })
    const published = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
    const draft = await payload.findByID({
      collection: 'articles',
      id: article.id,
      depth: 0,
      draft: true,
    })
    expect(characterIdsOf(published.characters)).toEqual([String(luke.id)])
    expect(characterIdsOf(draft.characters)).toEqual([String(claire.id)])

    const taggingLuke = await payload.find({
      collection: 'articles',
      where: { characters: { in: [luke.id] } },
      overrideAccess: false,
      depth: 0,
    })
    expect(taggingLuke.docs.map((d) => String(d.id))).toContain(String(article.id))
  })

  it('should refuse a tag pointing at a character that does not exist, naming the words', async () => {
    const attempt = payload.create({
      collection: 'articles',
      context: testContext,
      data: {
        title: `Dangling ${suffix}`,
        dek: 'Dek.',
        body: articleBody(tagged(missingId, 'Karen Page')),
        _status: 'published',
      },
    })
    await expect(attempt).rejects.toMatchObject({
      status: 400,
      data: {
        errors: [
          expect.objectContaining({
            path: 'body',
            message: expect.stringContaining('"Karen Page"'),
          }),
        ],
      },
    })

    const response = await rest({
      method: 'POST',
      path: '/articles',
      headers: auth,
      body: {
        title: `Dangling REST ${suffix}`,
        dek: 'Dek.',
        body: articleBody(tagged('not-an-id', 'Foggy Nelson')),
      },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('Foggy Nelson')
    const { totalDocs } = await payload.count({
      collection: 'articles',
      where: { title: { like: `Dangling` } },
    })
    expect(totalDocs).toBe(0)
  })
})
