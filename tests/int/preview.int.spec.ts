import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'
import { authorizePreview } from '@/utilities/authorizePreview'

import { createArticle } from '../helpers/articles'
import { articleBody } from '../helpers/lexical'
import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { restLoginToken } from '../helpers/rest'
import { createStaff, deleteStaff, STAFF_PASSWORD, type StaffMember } from '../helpers/staff'

describe(`draft preview: who may enable draft mode (${adapterName()})`, () => {
  let payload: Payload
  let writer: StaffMember
  let draft: Article
  const suffix = uniqueSuffix()

  const decide = (headers: Record<string, string>, slug: string | null = draft.slug ?? null) =>
    authorizePreview({ payload, headers: new Headers(headers), slug })

  beforeAll(async () => {
    payload = await testPayload()
    writer = await createStaff({ payload, role: 'writer', suffix })
    draft = await createArticle(payload, {
      title: `Preview me ${suffix}`,
      body: articleBody('Draft words.'),
      isDraft: true,
    })
  })

  afterAll(async () => {
    await payload.delete({ collection: 'articles', id: draft.id, context: testContext })
    await deleteStaff(payload, [writer])
  })

  it('should refuse a logged-out visitor with 401, whatever secret the URL carries', async () => {
    expect(await decide({})).toMatchObject({ isAllowed: false, status: 401 })
    expect(await decide({ 'x-preview-secret': 'guess' })).toMatchObject({ status: 401 })
  })

  it('should refuse a session cookie sent from another origin', async () => {
    const token = await restLoginToken(writer.user.email, STAFF_PASSWORD)
    const decision = await decide({
      Cookie: `payload-token=${token}`,
      Origin: 'https://evil.example',
    })
    expect(decision).toMatchObject({ isAllowed: false, status: 401 })
  })

  it('should let signed-in staff preview a draft they can read, at its own path', async () => {
    const decision = await decide(writer.headers)
    expect(decision).toEqual({ isAllowed: true, path: `/articles/${draft.slug}` })
  })

  it('should answer 404 for an unknown slug and 400 for none', async () => {
    expect(await decide(writer.headers, `no-such-${suffix}`)).toMatchObject({ status: 404 })
    expect(await decide(writer.headers, null)).toMatchObject({ status: 400 })
  })
})
