import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'

import { createArticle } from '../helpers/articles'
import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest, restLoginToken } from '../helpers/rest'
import { createStaff, deleteStaff, STAFF_PASSWORD, type StaffMember } from '../helpers/staff'

const TRUSTED_ORIGIN = 'http://localhost:3000'

describe(`authentication: CSRF, logout, middleware headers (${adapterName()})`, () => {
  let payload: Payload
  let editor: StaffMember
  let article: Article
  const suffix = uniqueSuffix()

  const patchTitle = (headers: Record<string, string>, title: string) =>
    rest({ method: 'PATCH', path: `/articles/${article.id}`, body: { title }, headers })

  const storedTitle = async () =>
    (await payload.findByID({ collection: 'articles', id: article.id, draft: true })).title

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createStaff({ payload, role: 'editor', suffix })
    article = await createArticle(payload, { title: `Auth target ${suffix}` })
  })

  afterAll(async () => {
    await payload.delete({ collection: 'articles', id: article.id, context: testContext })
    await deleteStaff(payload, [editor])
  })

  it('should treat a cookie-authenticated write from an untrusted Origin as anonymous', async () => {
    const token = await restLoginToken(editor.user.email, STAFF_PASSWORD)
    const cookie = `payload-token=${token}`

    const forged = await patchTitle({ Cookie: cookie, Origin: 'https://evil.example' }, 'Pwned')
    expect(forged.status).toBe(403)
    expect(await storedTitle()).toBe(`Auth target ${suffix}`)

    const noOrigin = await patchTitle({ Cookie: cookie }, 'Pwned')
    expect(noOrigin.status).toBe(403)

    const trusted = await patchTitle(
      { Cookie: cookie, Origin: TRUSTED_ORIGIN },
      `Renamed ${suffix}`,
    )
    expect(trusted.status).toBe(200)
    expect(await storedTitle()).toBe(`Renamed ${suffix}`)
  })

  it('should refuse a token replayed after logout', async () => {
    const token = await restLoginToken(editor.user.email, STAFF_PASSWORD)
    const headers = { Authorization: `JWT ${token}` }
    expect((await patchTitle(headers, `Before logout ${suffix}`)).status).toBe(200)

    const logout = await rest({ method: 'POST', path: '/users/logout', headers })
    expect(logout.status).toBe(200)

    const replayed = await patchTitle(headers, 'After logout')
    expect(replayed.status).toBe(403)
    const me = await rest({ method: 'GET', path: '/users/me', headers })
    expect(((await me.json()) as { user: unknown }).user).toBeNull()
    expect(await storedTitle()).toBe(`Before logout ${suffix}`)
  })

  it('should still check access on a request carrying x-middleware-subrequest', async () => {
    const headers = {
      'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware',
    }
    const drafts = await rest({
      method: 'GET',
      path: '/articles?where[_status][equals]=draft',
      headers,
    })
    expect(((await drafts.json()) as { docs: unknown[] }).docs).toHaveLength(0)
    expect((await patchTitle(headers, 'Bypassed')).status).toBe(403)
    expect((await rest({ method: 'GET', path: '/users', headers })).status).toBe(403)
  })
})
