import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Character } from '@/payload-types'

import { articleBody, characterIdsOf, tagged } from '../helpers/lexical'
import { adapterName, testContext, testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'
import { useTaggingFixtures } from '../helpers/taggingFixtures'

/**
 * A tagged character cannot simply be deleted: the refusal says which articles tag it, and
 * "Merge into another character" retargets the tags first. (mergeCharacters.int.spec.ts
 * covers the merge's edge cases.)
 */
describe(`deleting and merging tagged characters (${adapterName()})`, () => {
  let payload: Payload
  let editor: StaffMember
  let auth: Record<string, string>
  let danny: Character
  let luke: Character
  const { suffix, makeCharacter, makeArticle } = useTaggingFixtures(() => payload)

  beforeAll(async () => {
    payload = await testPayload()
    danny = await makeCharacter('Danny Rand', ['Iron Fist'])
    luke = await makeCharacter('Luke Cage')
    editor = await createStaff({ payload, role: 'editor', suffix, label: 'tag-remover' })
    auth = editor.headers
  })

  afterAll(async () => {
    await deleteStaff(payload, [editor])
  })

  it('should refuse to delete a tagged character, saying how many articles and which', async () => {
    const target = await makeCharacter('Misty Knight')
    await makeArticle('Misty returns', articleBody(tagged(target.id, 'Misty')))

    const response = await rest({
      method: 'DELETE',
      path: `/characters/${target.id}`,
      headers: auth,
    })
    expect(response.status).toBe(409)
    const message = JSON.stringify(await response.json())
    expect(message).toContain('1 article tags this character')
    expect(message).toContain(`Misty returns ${suffix}`)
    expect(message).toContain('Merge into another character')
    expect(
      await payload.findByID({ collection: 'characters', id: target.id, disableErrors: true }),
    ).not.toBeNull()
  })

  it('should merge a duplicate: retarget tags in published articles and newer drafts, keep its name as an alias, delete it', async () => {
    const duplicate = await makeCharacter('Daniel Rand')
    const published = await makeArticle(
      'Merge published',
      articleBody(tagged(duplicate.id, 'Daniel Rand')),
    )
    const withDraft = await makeArticle('Merge with draft', articleBody('No tags yet.'))
    await payload.update({
      collection: 'articles',
      id: withDraft.id,
      draft: true,
      data: { body: articleBody('Now ', tagged(duplicate.id, 'the Immortal Iron Fist')) },
      context: testContext,
    })

    const response = await rest({
      method: 'POST',
      path: `/characters/${duplicate.id}/merge`,
      headers: auth,
      body: { into: danny.id },
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ retargetedArticles: 2 })

    const publishedAfter = await payload.findByID({
      collection: 'articles',
      id: published.id,
      depth: 0,
    })
    expect(characterIdsOf(publishedAfter.characters)).toEqual([String(danny.id)])
    expect(JSON.stringify(publishedAfter.body)).toContain('Daniel Rand')

    const draftAfter = await payload.findByID({
      collection: 'articles',
      id: withDraft.id,
      depth: 0,
      draft: true,
    })
    expect(characterIdsOf(draftAfter.characters)).toEqual([String(danny.id)])
    expect(JSON.stringify(draftAfter.body)).toContain('the Immortal Iron Fist')
    expect(draftAfter._status).toBe('draft')

    expect(
      await payload.findByID({ collection: 'characters', id: duplicate.id, disableErrors: true }),
    ).toBeNull()
    const kept = await payload.findByID({ collection: 'characters', id: danny.id })
    expect(kept.aliases?.map((a) => a.alias)).toContain(`Daniel Rand ${suffix}`)
  })

  it('should refuse a merge by an anonymous visitor', async () => {
    const response = await rest({
      method: 'POST',
      path: `/characters/${luke.id}/merge`,
      body: { into: danny.id },
    })
    expect(response.status).toBe(403)
  })
})
