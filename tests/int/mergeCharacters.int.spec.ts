import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { collectCharacterIds } from '@/lexical/characterTag/shared/collectCharacterTags'
import type { Article, Character } from '@/payload-types'

import { hasTransactions, injectedFault, useHookInjection } from '../helpers/faults'
import { articleBody, tagged } from '../helpers/lexical'
import { createArticle } from '../helpers/articles'
import { deleteSuffixed } from '../helpers/cleanup'
import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

type Id = number | string

/**
 * "Merge into another character" (issue 11): it retargets tags wherever an article's current
 * state lives — the published document and the newest version, drafts included — publishes
 * nothing that was not published, and happens whole or not at all.
 */
describe(`merging characters (${adapterName()})`, () => {
  let payload: Payload
  let editor: StaffMember
  const suffix = uniqueSuffix()
  const characterIds: Id[] = []
  const faults = useHookInjection(() => payload)

  const makeCharacter = async (name: string) => {
    const character = await payload.create({
      collection: 'characters',
      data: { name: `${name} ${suffix}` },
      context: testContext,
    })
    characterIds.push(character.id)
    return character
  }

  const newest = async (id: Id) => {
    const { docs } = await payload.findVersions({
      collection: 'articles',
      where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
      depth: 0,
      limit: 1,
    })
    return docs[0]!.version as Article
  }

  const merge = (from: Character, into: Character) =>
    rest({
      method: 'POST',
      path: `/characters/${from.id}/merge`,
      headers: editor.headers,
      body: { into: into.id },
    })

  const exists = async (id: Id) =>
    (await payload.find({ collection: 'characters', where: { id: { equals: id } } })).totalDocs ===
    1

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createStaff({ payload, role: 'editor', suffix, label: 'merge-editor' })
  })

  afterAll(async () => {
    await deleteSuffixed(payload, suffix, ['articles'])
    for (const id of characterIds) {
      await payload.delete({
        collection: 'characters',
        where: { id: { equals: id } },
        context: testContext,
      })
    }
    await deleteStaff(payload, [editor])
  })

  it('should retarget a tag that lives only in a never-published draft’s newest version', async () => {
    const into = await makeCharacter('Keep Draft')
    const dup = await makeCharacter('Dup Draft')
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: { title: `Merge draft ${suffix}`, dek: 'Dek.', body: articleBody('No tags yet.') },
      context: testContext,
    })
    // The autosave that adds the tag writes a new version only; the article row keeps the first.
    await payload.update({
      collection: 'articles',
      id: draft.id,
      draft: true,
      data: { body: articleBody('Now ', tagged(dup.id, 'the duplicate'), '.') },
      context: testContext,
    })

    const response = await merge(dup, into)
    expect(response.status, await response.clone().text()).toBe(200)
    expect(collectCharacterIds((await newest(draft.id)).body).map(String)).toEqual([
      String(into.id),
    ])
    expect(await exists(dup.id)).toBe(false)
    const target = await payload.findByID({ collection: 'characters', id: into.id, depth: 0 })
    expect(target.aliases?.map((a) => a.alias)).toEqual([dup.name])
  })

  it('should retarget a published article and its newer draft without publishing the draft', async () => {
    const into = await makeCharacter('Keep Pub')
    const dup = await makeCharacter('Dup Pub')
    const article = await createArticle(payload, {
      title: `Merge published ${suffix}`,
      body: articleBody('Live ', tagged(dup.id, 'dup'), '.'),
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: {
        title: `Merge unpublished title ${suffix}`,
        body: articleBody('Draft ', tagged(dup.id, 'dup'), ' again.'),
      },
      context: testContext,
    })

    const response = await merge(dup, into)
    expect(response.status, await response.clone().text()).toBe(200)
    const live = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
    expect(live.title).toBe(`Merge published ${suffix}`)
    expect(collectCharacterIds(live.body).map(String)).toEqual([String(into.id)])
    const draft = await newest(article.id)
    expect(draft._status).toBe('draft')
    expect(draft.title).toBe(`Merge unpublished title ${suffix}`)
    expect(collectCharacterIds(draft.body).map(String)).toEqual([String(into.id)])
  })

  it.runIf(hasTransactions())(
    'should change nothing when the merge fails at its last step',
    async () => {
      const into = await makeCharacter('Keep Fault')
      const dup = await makeCharacter('Dup Fault')
      const article = await createArticle(payload, {
        title: `Merge fault ${suffix}`,
        body: articleBody('Tag ', tagged(dup.id, 'dup'), '.'),
      })
      // The merge's last step: the duplicate's delete fails after every article was retargeted.
      faults.inject('characters', 'beforeDelete', injectedFault)

      const response = await merge(dup, into)
      expect(response.status).toBe(500)
      const live = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
      expect(collectCharacterIds(live.body).map(String)).toEqual([String(dup.id)])
      expect(await exists(dup.id)).toBe(true)
      const target = await payload.findByID({ collection: 'characters', id: into.id, depth: 0 })
      expect(target.aliases ?? []).toEqual([])
    },
  )
})
