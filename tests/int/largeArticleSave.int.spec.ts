import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'
import { MAX_DATA_BYTES, MAX_UPLOAD_BYTES } from '@/plugins/requestLimits/limits'
import { doc, paragraph, tag } from '@/seed/lexical'

import { deleteSuffixed } from '../helpers/cleanup'
import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

type Id = number | string
type ErrorBody = { errors: Array<{ message: string }> }

const WORDS = 20_000
const MENTIONS = 3_207
const FILLER = 'the night market was quiet until someone at the far stall called out'.split(' ')

/** A long review: ~20,000 words in 200 paragraphs, with 3,207 tagged mentions spread through. */
const longBody = (characterIds: Id[]) => {
  const paragraphs = []
  let mention = 0
  for (let index = 0; index < 200; index += 1) {
    const children = []
    const mentionsHere = Math.round(((index + 1) * MENTIONS) / 200) - mention
    const wordsPerGap = Math.floor(WORDS / 200 / (mentionsHere + 1))
    for (let gap = 0; gap <= mentionsHere; gap += 1) {
      const words = Array.from({ length: wordsPerGap }, (_, w) => FILLER[(w + gap) % FILLER.length])
      children.push(` ${words.join(' ')} `)
      if (gap < mentionsHere) {
        children.push(tag('x', 'Danny'))
        mention += 1
      }
    }
    paragraphs.push(paragraph(...children))
  }
  // Real ids, as the admin's editor saves them.
  return JSON.parse(
    JSON.stringify(doc(...paragraphs)).replace(/"characterId":"slug:x"/g, () => {
      const id = characterIds[Math.floor(Math.random() * characterIds.length)]
      return `"characterId":${JSON.stringify(id)}`
    }),
  ) as Article['body']
}

const countTags = (node: unknown): number => {
  if (typeof node !== 'object' || node === null) return 0
  const own = (node as { type?: string }).type === 'characterTag' ? 1 : 0
  return own + Object.values(node).reduce<number>((sum, child) => sum + countTags(child), 0)
}

describe(`a long, heavily tagged article saves like the admin sends it (${adapterName()})`, () => {
  let payload: Payload
  let editor: StaffMember
  const suffix = uniqueSuffix()
  const characterIds: Id[] = []
  let articleId: Id

  /** Exactly what the admin's save and autosave send: form-data with one `_payload` JSON field. */
  const adminSave = (data: unknown, query = '?draft=true&autosave=true') => {
    const form = new FormData()
    form.append('_payload', JSON.stringify(data))
    return rest({
      method: 'PATCH',
      path: `/articles/${articleId}${query}`,
      form,
      headers: editor.headers,
    })
  }

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createStaff({ payload, role: 'editor', suffix })
    for (const name of ['Danny Rand', 'Luke Cage', 'Claire Temple']) {
      const character = await payload.create({
        collection: 'characters',
        data: { name: `${name} ${suffix}` },
        context: testContext,
      })
      characterIds.push(character.id)
    }
    const article = await payload.create({
      collection: 'articles',
      draft: true,
      data: { title: `Long review ${suffix}`, dek: 'Dek.', body: doc(paragraph('Start.')) },
      context: testContext,
    })
    articleId = article.id
  })

  afterAll(async () => {
    await deleteSuffixed(payload, suffix, ['articles', 'characters'])
    await deleteStaff(payload, [editor])
  })

  it('should autosave and save a 20,000-word article with 3,207 tags sent as form-data', async () => {
    const body = longBody(characterIds)
    const bytes = Buffer.byteLength(JSON.stringify({ body }))
    console.log(`long article _payload: ${bytes} bytes (${(bytes / 1024 / 1024).toFixed(2)} MB)`)
    expect(bytes).toBeGreaterThan(1024 * 1024)

    const autosave = await adminSave({ body })
    expect(
      autosave.status,
      await autosave
        .clone()
        .text()
        .then((t) => t.slice(0, 300)),
    ).toBe(200)
    const draft = await payload.findByID({ collection: 'articles', id: articleId, draft: true })
    expect(countTags(draft.body)).toBe(MENTIONS)

    const save = await adminSave(
      { title: `Long review ${suffix}`, dek: 'Dek.', body },
      '?draft=true',
    )
    expect(save.status).toBe(200)
  })

  it('should refuse a document over the limit with a clear 413, sent as form-data', async () => {
    for (const size of [MAX_DATA_BYTES + 1024, MAX_DATA_BYTES * 3]) {
      const answer = await adminSave({ dek: 'x'.repeat(size) })
      expect(answer.status).toBe(413)
      expect(((await answer.json()) as ErrorBody).errors[0]?.message).toMatch(/too large.*MB/)
    }
    const stored = await payload.findByID({ collection: 'articles', id: articleId, draft: true })
    expect(stored.dek).toBe('Dek.')
  })

  it('should bound the whole form-data request: a file over the limit, or many large fields', async () => {
    const photo = new FormData()
    photo.append(
      'file',
      new Blob([new Uint8Array(MAX_UPLOAD_BYTES + 1)], { type: 'image/png' }),
      'big.png',
    )
    photo.append('_payload', JSON.stringify({ alt: `too big ${suffix}` }))
    const file = await rest({
      method: 'POST',
      path: '/media',
      form: photo,
      headers: editor.headers,
    })
    expect(file.status).toBe(413)
    expect(((await file.json()) as ErrorBody).errors[0]?.message).toMatch(
      /file is too large.*25\.0 MB/,
    )

    // Each field is under the per-field limit, but together they exceed one file and one document.
    const many = new FormData()
    const field = 'x'.repeat(MAX_DATA_BYTES - 1024)
    for (let index = 0; index < Math.ceil(MAX_UPLOAD_BYTES / MAX_DATA_BYTES) + 2; index += 1) {
      many.append(`field${index}`, field)
    }
    const answer = await rest({
      method: 'PATCH',
      path: `/articles/${articleId}?draft=true`,
      form: many,
      headers: editor.headers,
    })
    expect(answer.status).toBe(413)
    expect(((await answer.json()) as ErrorBody).errors[0]?.message).toMatch(/too large.*MB/)
  })
})
