import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { doc, paragraph } from '@/seed/lexical'

import { tagged } from '../helpers/lexical'
import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

type Id = number | string
type Populated = { name?: string }

/** More related documents than the where-term limit (500) allows a client to name. */
const CHARACTERS = 520

/** Counts the unhandled promise rejections while `run` runs (and a moment after). */
const countUnhandledRejections = async (run: () => Promise<void>): Promise<number> => {
  let count = 0
  const onRejection = () => {
    count += 1
  }
  process.on('unhandledRejection', onRejection)
  try {
    await run()
    await new Promise((resolve) => setTimeout(resolve, 200))
  } finally {
    process.off('unhandledRejection', onRejection)
  }
  return count
}

const manyTerms = (prefix: string) =>
  Array.from(
    { length: 10_000 },
    (_, index) => `${prefix}[or][${index}][id][equals]=${index + 1}`,
  ).join('&')

describe(`the where limit judges what the client sent (${adapterName()})`, () => {
  let payload: Payload
  let editor: StaffMember
  const suffix = uniqueSuffix()
  let articleId: Id
  const characterIds: Id[] = []

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createStaff({ payload, role: 'editor', suffix })
    // Straight through the adapter: 520 Local API creates would only slow the test down.
    for (let index = 0; index < CHARACTERS; index += 1) {
      const made = await payload.db.create({
        collection: 'characters',
        data: { name: `Crowd ${index} ${suffix}`, slug: `crowd-${index}-${suffix}` },
      })
      characterIds.push(made.id as Id)
    }
    const tags = characterIds.map((id, index) => tagged(id, `Crowd ${index}`))
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: `Crowd scene ${suffix}`,
        dek: 'Everyone is here.',
        body: doc(paragraph('Cast: ', ...tags)) as never,
        _status: 'published',
      },
      context: testContext,
    })
    articleId = article.id
  })

  afterAll(async () => {
    await payload.delete({ collection: 'articles', id: articleId, context: testContext })
    await payload.db.deleteMany({
      collection: 'characters',
      where: { slug: { like: suffix } },
    })
    await deleteStaff(payload, [editor])
  })

  it('should populate more relationships than a client may name, with no unhandled rejection', async () => {
    const paths = [
      `/articles/${articleId}?depth=1`,
      `/articles?where[id][equals]=${articleId}&limit=100&depth=1`,
    ]
    for (const path of paths) {
      let status = 0
      let characters: Populated[] = []
      const unhandled = await countUnhandledRejections(async () => {
        const answer = await rest({ method: 'GET', path })
        status = answer.status
        const body = (await answer.json()) as { characters?: Populated[]; docs?: unknown[] }
        const found = (body.docs?.[0] ?? body) as { characters?: Populated[] }
        characters = found.characters ?? []
      })
      expect({ path, status, unhandled }).toEqual({ path, status: 200, unhandled: 0 })
      expect(characters).toHaveLength(CHARACTERS)
      expect(characters.every((character) => character.name?.startsWith('Crowd '))).toBe(true)
    }
  })

  it('should refuse a 10,000-term where with 400 on joins, versions, counts, search, preferences, locks and bulk writes', async () => {
    const asks: Array<{ method: 'GET' | 'PATCH'; path: string; staff?: boolean }> = [
      { method: 'GET', path: `/characters?${manyTerms('joins[articles][where]')}` },
      {
        method: 'GET',
        path: `/characters?joins[articles][where][id][in]=${characterIds.join(',')}`,
      },
      { method: 'GET', path: `/articles/count?${manyTerms('where')}` },
      { method: 'GET', path: `/search?${manyTerms('where')}` },
      { method: 'GET', path: `/globals/spoiler-policy?${manyTerms('where')}` },
      { method: 'GET', path: `/articles/versions?${manyTerms('where')}`, staff: true },
      { method: 'GET', path: `/payload-preferences?${manyTerms('where')}`, staff: true },
      { method: 'GET', path: `/payload-locked-documents?${manyTerms('where')}`, staff: true },
      { method: 'PATCH', path: `/articles?${manyTerms('where')}`, staff: true },
    ]
    for (const { method, path, staff } of asks) {
      const answer = await rest({
        method,
        path,
        headers: staff ? editor.headers : {},
        ...(method === 'PATCH' ? { body: { dek: 'Changed by a huge where.' } } : {}),
      })
      const text = await answer.text()
      expect({ path: path.slice(0, 60), status: answer.status }).toEqual({
        path: path.slice(0, 60),
        status: 400,
      })
      expect(text).toMatch(/where.*too large/)
    }
  })

  it('should count a where and the joins it asks for together', async () => {
    const half = Array.from({ length: 300 }, (_, index) => index + 1).join(',')
    const answer = await rest({
      method: 'GET',
      path: `/characters?where[id][in]=${half}&joins[articles][where][id][in]=${half}`,
    })
    expect(answer.status).toBe(400)
  })
})
