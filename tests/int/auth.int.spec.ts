import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article } from '@/payload-types'
import { doc, paragraph } from '@/seed/lexical'

import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest, restLoginToken } from '../helpers/rest'
import { createStaff, deleteStaff, STAFF_PASSWORD, type StaffMember } from '../helpers/staff'

const TRUSTED_ORIGIN = 'http://localhost:3000'

describe(`authentication: lockout, unlock, CSRF, logout (${adapterName()})`, () => {
  let payload: Payload
  let editor: StaffMember
  let admin: StaffMember
  let article: Article
  const suffix = uniqueSuffix()

  const login = (email: string, password: string) =>
    rest({ method: 'POST', path: '/users/login', body: { email, password } })

  const patchTitle = (headers: Record<string, string>, title: string) =>
    rest({ method: 'PATCH', path: `/articles/${article.id}`, body: { title }, headers })

  const storedTitle = async () =>
    (await payload.findByID({ collection: 'articles', id: article.id, draft: true })).title

  beforeAll(async () => {
    payload = await testPayload()
    admin = await createStaff({ payload, role: 'admin', suffix })
    editor = await createStaff({ payload, role: 'editor', suffix })
    article = await payload.create({
      collection: 'articles',
      context: testContext,
      data: {
        title: `Auth target ${suffix}`,
        dek: 'Summary.',
        body: doc(paragraph('Body.')) as Article['body'],
        _status: 'published',
      },
    })
  })

  afterAll(async () => {
    await payload.delete({ collection: 'articles', id: article.id, context: testContext })
    await deleteStaff(payload, [editor, admin])
  })

  it('should lock an account after wrong passwords and refuse the right one until the lock expires', async () => {
    const victim = await createStaff({ payload, role: 'writer', suffix, label: 'locked' })
    try {
      for (let attempt = 0; attempt < 6; attempt++) {
        expect((await login(victim.user.email, 'wrong-password')).status).toBe(401)
      }
      const locked = await login(victim.user.email, STAFF_PASSWORD)
      expect(locked.status).toBe(401)
      expect(await locked.text()).toMatch(/locked/i)

      // Let the ten-minute lock run out instead of waiting for it.
      await payload.db.updateOne({
        collection: 'users',
        id: victim.user.id,
        data: { lockUntil: new Date(Date.now() - 1000).toISOString(), loginAttempts: 0 },
      })
      expect((await login(victim.user.email, STAFF_PASSWORD)).status).toBe(200)
    } finally {
      await deleteStaff(payload, [victim])
    }
  })

  it('should refuse a non-admin unlocking another account, and let an admin do it', async () => {
    const victim = await createStaff({ payload, role: 'writer', suffix, label: 'unlock' })
    try {
      for (let attempt = 0; attempt < 5; attempt++) await login(victim.user.email, 'wrong')
      expect((await login(victim.user.email, STAFF_PASSWORD)).status).toBe(401)

      const byEditor = await rest({
        method: 'POST',
        path: '/users/unlock',
        body: { email: victim.user.email },
        headers: editor.headers,
      })
      expect(byEditor.status).toBe(403)
      expect((await login(victim.user.email, STAFF_PASSWORD)).status).toBe(401)

      const byAdmin = await rest({
        method: 'POST',
        path: '/users/unlock',
        body: { email: victim.user.email },
        headers: admin.headers,
      })
      expect(byAdmin.status).toBe(200)
      expect((await login(victim.user.email, STAFF_PASSWORD)).status).toBe(200)
    } finally {
      await deleteStaff(payload, [victim])
    }
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
