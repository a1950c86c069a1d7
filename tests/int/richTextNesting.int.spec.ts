import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { doc, paragraph, spoilerBlock } from '@/seed/lexical'

import { deleteSuffixed } from '../helpers/cleanup'
import { adapterName, testPayload, uniqueSuffix } from '../helpers/payload'
import { expectBodyRefused } from '../helpers/refusals'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

const nested = (levels: number): Record<string, unknown> => {
  let node: Record<string, unknown> = { type: 'text', text: 'deep', version: 1 }
  for (let level = 0; level < levels; level++) {
    node = { type: 'paragraph', version: 1, children: [node] }
  }
  return node
}

/** A body nested `levels` deep, as JSON text: deeper than JSON.stringify could write it. */
const nestedJson = (levels: number): string =>
  `{"root":{"type":"root","children":[${'{"type":"paragraph","version":1,"children":['.repeat(levels)}{"type":"text","text":"deep","version":1}${']}'.repeat(levels)}]}}`

/**
 * Issue 12 (low): the body check must see inside a block's nested editor (a spoiler section),
 * and nesting of any depth is a 400 naming the problem, never a 500.
 */
describe(`rich text shape checked everywhere in the body (${adapterName()})`, () => {
  let payload: Payload
  let editor: StaffMember
  const suffix = uniqueSuffix()
  let counter = 0

  const expectRefused = async (body: unknown) => {
    counter += 1
    const title = `Nesting ${counter} ${suffix}`
    const bodyJson = typeof body === 'string' ? body : JSON.stringify(body)
    const answer = await rest({
      method: 'POST',
      path: '/articles?draft=true',
      json: `{"title":${JSON.stringify(title)},"dek":"Summary.","body":${bodyJson}}`,
      headers: editor.headers,
    })
    return expectBodyRefused({ payload, title, answer })
  }

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createStaff({ payload, role: 'editor', suffix })
  })

  afterAll(async () => {
    await deleteSuffixed(payload, suffix, ['articles'])
    await deleteStaff(payload, [editor])
  })

  it('should refuse an unknown node inside a spoiler section, naming where it is', async () => {
    const body = doc(spoilerBlock([paragraph('Fine'), { type: 'scriptNode', version: 1 } as never]))
    expect(await expectRefused(body)).toMatch(/"scriptNode" at root\.children\[0\]\.fields/)
  })

  it('should refuse deep nesting inside a spoiler section', async () => {
    expect(await expectRefused(doc(spoilerBlock([nested(100) as never])))).toMatch(/nested more/)
  })

  it('should refuse 100 levels of nesting, naming the limit', async () => {
    expect(await expectRefused(nestedJson(100))).toMatch(/nested more than 64 levels/)
  })

  it.each([3_000, 20_000])(
    'should refuse %i levels of nesting with a 400, not a 500',
    async (levels) => {
      counter += 1
      const answer = await rest({
        method: 'POST',
        path: '/articles?draft=true',
        json: `{"title":"Nesting ${counter} ${suffix}","dek":"Summary.","body":${nestedJson(levels)}}`,
        headers: editor.headers,
      })
      expect(answer.status).toBe(400)
      const { errors } = (await answer.json()) as { errors: Array<{ message: string }> }
      expect(errors[0]?.message).toMatch(/nested too deeply/)
    },
  )
})
