import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { doc, paragraph } from '@/seed/lexical'

import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

type ErrorBody = {
  errors: Array<{ message: string; data?: { errors?: Array<{ path: string; message: string }> } }>
}

describe(`bad input gets a clear 4xx and writes nothing (${adapterName()})`, () => {
  let payload: Payload
  let editor: StaffMember
  const suffix = uniqueSuffix()
  let counter = 0

  const postArticle = (overrides: Record<string, unknown>, query = '?draft=true') => {
    counter += 1
    const title = `Bad input ${counter} ${suffix}`
    return {
      title,
      response: rest({
        method: 'POST',
        path: `/articles${query}`,
        body: { title, dek: 'Summary.', body: doc(paragraph('Fine.')), ...overrides },
        headers: editor.headers,
      }),
    }
  }

  const countTitled = async (title: string) =>
    (await payload.count({ collection: 'articles', where: { title: { equals: title } } })).totalDocs

  const expectBodyRefused = async (overrides: Record<string, unknown>, query?: string) => {
    const { title, response } = postArticle(overrides, query)
    const answer = await response
    expect(answer.status).toBe(400)
    const fieldError = ((await answer.json()) as ErrorBody).errors[0]?.data?.errors?.[0]
    expect(fieldError?.path).toBe('body')
    expect(await countTitled(title)).toBe(0)
    return fieldError!.message
  }

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createStaff({ payload, role: 'editor', suffix })
  })

  afterAll(async () => {
    await payload.delete({
      collection: 'articles',
      where: { title: { like: suffix } },
      context: testContext,
    })
    await deleteStaff(payload, [editor])
  })

  it('should accept a well-formed body (control)', async () => {
    const { title, response } = postArticle({})
    expect((await response).status).toBe(201)
    expect(await countTitled(title)).toBe(1)
  })

  it('should refuse a body that is not a Lexical document, in a draft and on publish', async () => {
    expect(await expectBodyRefused({ body: 'not an object' })).toMatch(/Lexical document/)
    expect(await expectBodyRefused({ body: { foo: 1 } })).toMatch(/root/)
    expect(
      await expectBodyRefused({ body: { root: { type: 'root' } }, _status: 'published' }, ''),
    ).toMatch(/children/)
  })

  it('should refuse an unknown node type, naming it', async () => {
    const body = doc(paragraph('Hi'), { type: 'scriptNode', version: 1 })
    expect(await expectBodyRefused({ body })).toMatch(/"scriptNode" at root\.children\[1\]/)
  })

  it('should refuse a 5 MB document quickly with 413', async () => {
    const started = Date.now()
    const { title, response } = postArticle({ dek: 'x'.repeat(5 * 1024 * 1024) })
    const answer = await response
    expect(answer.status).toBe(413)
    expect(((await answer.json()) as ErrorBody).errors[0]?.message).toMatch(/too large/)
    expect(Date.now() - started).toBeLessThan(3000)
    expect(await countTitled(title)).toBe(0)
  })

  it('should refuse a 10,000-condition where quickly with 400, not a 500', async () => {
    const ids = Array.from({ length: 10_000 }, (_, index) => index + 1)
    const queries = [
      ids.map((id) => `where[or][${id}][id][equals]=${id}`).join('&'),
      `where[id][in]=${ids.join(',')}`,
    ]
    for (const query of queries) {
      const started = Date.now()
      const answer = await rest({ method: 'GET', path: `/articles?${query}` })
      expect(answer.status).toBe(400)
      expect(((await answer.json()) as ErrorBody).errors[0]?.message).toMatch(/where.*too large/)
      expect(Date.now() - started).toBeLessThan(3000)
    }
  })
})
