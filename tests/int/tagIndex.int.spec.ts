import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Character } from '@/payload-types'

import { adapterName, testContext, testPayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'
import { useTaggingFixtures } from '../helpers/taggingFixtures'

type Id = number | string

/** The index the editor's mention panel and typeahead read: every character, for staff. */
describe(`the character tag index (${adapterName()})`, () => {
  let payload: Payload
  let editor: StaffMember
  let auth: Record<string, string>
  let danny: Character
  let claire: Character
  const { suffix, makeCharacter } = useTaggingFixtures(() => payload)

  beforeAll(async () => {
    payload = await testPayload()
    danny = await makeCharacter('Danny Rand', ['Iron Fist'])
    claire = await makeCharacter('Claire Temple')
    editor = await createStaff({ payload, role: 'editor', suffix, label: 'tag-index-editor' })
    auth = editor.headers
  })

  afterAll(async () => {
    await deleteStaff(payload, [editor])
  })

  it('should serve the tag index to staff only, with aliases and shows', async () => {
    const show = await payload.create({
      collection: 'shows',
      data: { title: `Daredevil ${suffix}` },
      context: testContext,
    })
    await payload.update({
      collection: 'characters',
      id: claire.id,
      data: { appearances: [{ show: show.id, seasons: [1, 2] }] },
      context: testContext,
    })
    expect((await rest({ method: 'GET', path: '/characters/tag-index' })).status).toBe(401)
    const response = await rest({ method: 'GET', path: '/characters/tag-index', headers: auth })
    expect(response.status).toBe(200)
    const { characters, showTitles } = (await response.json()) as {
      characters: Array<{ id: Id; aliases: string[]; shows: string[] }>
      showTitles: string[]
    }
    // Show titles too, so the mention panel can tell "Luke Cage Season 2" from Luke Cage.
    expect(showTitles).toContain(`Daredevil ${suffix}`)
    expect(characters.find((c) => String(c.id) === String(danny.id))?.aliases).toContain(
      'Iron Fist',
    )
    expect(characters.find((c) => String(c.id) === String(claire.id))?.shows).toEqual([
      `Daredevil ${suffix}`,
    ])
    await payload.update({
      collection: 'characters',
      id: claire.id,
      data: { appearances: [] },
      context: testContext,
    })
    await payload.delete({ collection: 'shows', id: show.id, context: testContext })
  })
})
