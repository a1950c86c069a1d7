import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { doc, paragraph } from '@/seed/lexical'

import { deleteSuffixed } from '../helpers/cleanup'
import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import {
  countTitled,
  type ErrorBody,
  expectBodyRefused as expectBodyRefusedWith,
} from '../helpers/refusals'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

import { badInputCases, goodInputCases } from './badInput.cases'

/** Everything an error response says, messages and field paths, as one line of plain text. */
const whatItSays = (text: string): string => {
  try {
    const body = JSON.parse(text) as Partial<ErrorBody> & { message?: string }
    const errors = (body.errors ?? []).flatMap(({ message, data }) => [
      message,
      ...(data?.errors ?? []).map((error) => `${error.path}: ${error.message}`),
    ])
    return [body.message, ...errors].filter(Boolean).join(' | ')
  } catch {
    return text
  }
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

  const expectBodyRefused = async (overrides: Record<string, unknown>, query?: string) => {
    const { title, response } = postArticle(overrides, query)
    return expectBodyRefusedWith({ payload, title, answer: await response })
  }

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createStaff({ payload, role: 'editor', suffix })
  })

  afterAll(async () => {
    await deleteSuffixed(payload, suffix, ['articles'])
    await deleteStaff(payload, [editor])
  })

  it('should accept a well-formed body (control)', async () => {
    const { title, response } = postArticle({})
    expect((await response).status).toBe(201)
    expect(await countTitled(payload, title)).toBe(1)
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

  it('should refuse a 5 MB document with 413', async () => {
    const { title, response } = postArticle({ dek: 'x'.repeat(5 * 1024 * 1024) })
    const answer = await response
    expect(answer.status).toBe(413)
    expect(((await answer.json()) as ErrorBody).errors[0]?.message).toMatch(/too large/)
    expect(await countTitled(payload, title)).toBe(0)
  })

  it('should refuse a 10,000-condition where with 400, not a 500', async () => {
    const ids = Array.from({ length: 10_000 }, (_, index) => index + 1)
    const queries = [
      ids.map((id) => `where[or][${id}][id][equals]=${id}`).join('&'),
      `where[id][in]=${ids.join(',')}`,
    ]
    for (const query of queries) {
      const answer = await rest({ method: 'GET', path: `/articles?${query}` })
      expect(answer.status).toBe(400)
      expect(((await answer.json()) as ErrorBody).errors[0]?.message).toMatch(/where.*too large/)
    }
  })
})

describe(`the bad-input table: every case gets a 4xx with a message (${adapterName()})`, () => {
  let payload: Payload
  let editor: StaffMember
  const suffix = uniqueSuffix()
  const ids: Record<string, string> = {}

  const withIds = (path: string) =>
    path.replace(/:(article|show|editor)\b/g, (_, name: string) => ids[name] ?? name)

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createStaff({ payload, role: 'editor', suffix })
    const show = await payload.create({
      collection: 'shows',
      data: { title: `Table show ${suffix}`, seasons: [{ number: 1 }] },
      context: testContext,
    })
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: `Table article ${suffix}`,
        dek: 'Dek.',
        body: doc(paragraph('Fine.')) as never,
        shows: [show.id],
        _status: 'published',
      },
      context: testContext,
    })
    Object.assign(ids, {
      article: `${article.id}`,
      show: `${show.id}`,
      editor: `${editor.user.id}`,
    })
  })

  afterAll(async () => {
    await deleteSuffixed(payload, suffix, ['articles'])
    // Only present if a refused body was written after all; the last test reports that.
    await payload.delete({
      collection: 'articles',
      where: { or: [{ title: { equals: 'Form encoded' } }, { title: { like: 'Typed wrong' } }] },
      context: testContext,
    })
    await payload.delete({
      collection: 'characters',
      where: { name: { in: ['Aliased', 'Seasoned'] } },
      context: testContext,
    })
    await deleteSuffixed(payload, suffix, ['shows'])
    await deleteStaff(payload, [editor])
  })

  it.each(badInputCases)(
    'should answer $method $path with $status',
    async ({ method, path, as, body, contentType, status, message }) => {
      const headers = {
        ...(as === 'editor' ? editor.headers : {}),
        ...(body === undefined ? {} : { 'content-type': contentType ?? 'application/json' }),
      }
      const json = body === undefined ? undefined : withIds(body)
      const answer = await rest({ method, path: withIds(path), json, headers })
      const said = whatItSays(await answer.text())
      expect(answer.status, said).toBe(status)
      expect(said).toMatch(message)
    },
  )

  it.each(goodInputCases)('should still answer GET $path with 200', async ({ path, as }) => {
    const headers = as === 'editor' ? editor.headers : {}
    const answer = await rest({ method: 'GET', path: withIds(path), headers })
    expect(answer.status, await answer.text()).toBe(200)
  })

  it('should accept a draft as the admin sends it: form-data, empty lists as 0, blanks as null or ""', async () => {
    const form = new FormData()
    const title = `Admin-shaped ${suffix}`
    const data = {
      title,
      dek: 'Dek.',
      body: doc(paragraph('Fine.')),
      spoilerWarnings: 0,
      shows: [],
      authors: [Number(ids.editor) || ids.editor],
      heroImage: null,
      publishedAt: null,
      keepSpoilerWarnings: false,
      meta: { title: '', description: '', image: null },
      slug: '',
    }
    form.append('_payload', JSON.stringify(data))
    const answer = await rest({
      method: 'POST',
      path: '/articles?draft=true&autosave=true&depth=0',
      form,
      headers: editor.headers,
    })
    expect(answer.status, await answer.text()).toBe(201)
  })

  it('should have written nothing for the refused bodies', async () => {
    const written = await payload.count({
      collection: 'articles',
      where: {
        or: [
          { title: { in: ['Form encoded', 'x', 'a bare string'] } },
          { title: { like: 'Typed wrong' } },
        ],
      },
    })
    const characters = await payload.count({
      collection: 'characters',
      where: { name: { in: ['Aliased', 'Seasoned'] } },
    })
    expect({ articles: written.totalDocs, characters: characters.totalDocs }).toEqual({
      articles: 0,
      characters: 0,
    })
  })
})
