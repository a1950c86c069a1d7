import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

import type { Article, Character, Show } from '@/payload-types'

import { createArticle } from './articles'
import { deleteSuffixed } from './cleanup'
import { testContext, testPayload, uniqueSuffix } from './payload'
import { createStaff, deleteStaff, type StaffMember } from './staff'

/** What the write-safety tests change: documents with array rows, and an editor to change them. */
export type WriteFixtures = {
  editor: StaffMember
  show: Show
  /** Published, with two spoiler-warning rows (the second with a note). */
  published: Article
  /** With two aliases and one appearance. */
  character: Character
}

export const createWriteFixtures = async (
  payload: Payload,
  suffix: string,
  label: string,
): Promise<WriteFixtures> => {
  const editor = await createStaff({ payload, role: 'editor', suffix, label })
  const show = await payload.create({
    collection: 'shows',
    data: { title: `Atomic Show ${suffix}`, seasons: [{ number: 1 }, { number: 2 }] },
    context: testContext,
  })
  const published = await createArticle(payload, {
    title: `Atomic original ${suffix}`,
    spoilerWarnings: [
      { show: show.id, season: 1 },
      { show: show.id, season: 2, note: 'Finale' },
    ],
  })
  const character = await payload.create({
    collection: 'characters',
    data: {
      name: `Atomic Character ${suffix}`,
      aliases: [{ alias: `Alias One ${suffix}` }, { alias: `Alias Two ${suffix}` }],
      appearances: [{ show: show.id, seasons: [1, 2] }],
    },
    context: testContext,
  })
  return { editor, show, published, character }
}

/** Removes the fixtures and every article, character and show named with `suffix`. */
export const deleteWriteFixtures = async (
  payload: Payload,
  suffix: string,
  fixtures: WriteFixtures | undefined,
): Promise<void> => {
  await deleteSuffixed(payload, suffix, ['articles', 'characters', 'shows'])
  if (fixtures) await deleteStaff(payload, [fixtures.editor])
}

/** The fixtures of `useWriteFixtures`, with the Payload instance and the file's suffix. */
export type WriteTestContext = WriteFixtures & {
  payload: Payload
  suffix: string
  /** REST headers signed in as the fixtures' editor. */
  authed: (extra?: Record<string, string>) => Record<string, string>
}

/**
 * Call inside `describe`: makes the fixtures in `beforeAll` and removes them (with everything
 * else named with the suffix) in `afterAll`, even when a test failed. The object returned is
 * filled in once `beforeAll` has run.
 */
export const useWriteFixtures = (label: string): WriteTestContext => {
  let fixtures: WriteFixtures | undefined
  const context = {
    suffix: uniqueSuffix(),
    authed: (extra: Record<string, string> = {}) => ({ ...context.editor.headers, ...extra }),
  } as WriteTestContext
  beforeAll(async () => {
    context.payload = await testPayload()
    fixtures = await createWriteFixtures(context.payload, context.suffix, label)
    Object.assign(context, fixtures)
  })
  afterAll(async () => {
    if (context.payload) await deleteWriteFixtures(context.payload, context.suffix, fixtures)
  })
  return context
}
