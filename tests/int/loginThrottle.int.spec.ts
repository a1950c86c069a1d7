import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { PASSWORD_HASH } from '@/auth/loginThrottle/checkLikeAPassword'

import { adapterName, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, STAFF_PASSWORD, type StaffMember } from '../helpers/staff'

/** SECURITY.md #14 and #29: guessing is throttled, but nobody can lock someone else out. */
describe(`login throttle (${adapterName()})`, () => {
  let payload: Payload
  let admin: StaffMember
  const staff: StaffMember[] = []
  const suffix = uniqueSuffix()
  let clientCount = 0
  const realNow = Date.now.bind(Date)

  /** A fresh client address for each use, as a proxy in front of the server would pass it. */
  const newClient = () => `198.51.100.${(clientCount += 1)}`

  const login = async (email: string, password: string, client: string, cookie?: string) => {
    const headers: Record<string, string> = { 'x-forwarded-for': client }
    if (cookie) headers.Cookie = cookie
    const response = await rest({
      method: 'POST',
      path: '/users/login',
      body: { email, password },
      headers,
    })
    return {
      status: response.status,
      message: ((await response.json()) as { errors?: Array<{ message: string }> }).errors?.[0]
        ?.message,
      retryAfter: response.headers.get('retry-after'),
      deviceCookie: response.headers
        .getSetCookie()
        .find((cookie) => cookie.startsWith('spoilerproof-login-device='))
        ?.split(';')[0],
    }
  }

  /** Many attempts at once, as an attacker would send them (each still hashes a password). */
  const guessMany = (count: number, attempt: (n: number) => ReturnType<typeof login>) =>
    Promise.all(Array.from({ length: count }, (_, n) => attempt(n)))

  const account = async (label: string) => {
    const member = await createStaff({ payload, role: 'writer', suffix, label })
    staff.push(member)
    return member.user.email
  }

  const later = (ms: number) => {
    const offset = ms
    vi.spyOn(Date, 'now').mockImplementation(() => realNow() + offset)
  }

  beforeAll(async () => {
    payload = await testPayload()
    admin = await createStaff({ payload, role: 'admin', suffix })
  })

  afterEach(() => {
    vi.restoreAllMocks()
  })

  afterAll(async () => {
    await deleteStaff(payload, [admin, ...staff])
  })

  it('should make one client wait after five wrong passwords, the right one too, the same for an unknown e-mail', async () => {
    const email = await account('guessed')
    const client = newClient()
    const unknown = `nobody-${suffix}@example.com`
    const answers = {
      real: [] as Array<string | undefined>,
      unknown: [] as Array<string | undefined>,
    }
    for (let attempt = 0; attempt < 5; attempt++) {
      const real = await login(email, 'wrong-password', client)
      const none = await login(unknown, 'wrong-password', client)
      expect([real.status, none.status]).toEqual([401, 401])
      answers.real.push(real.message)
      answers.unknown.push(none.message)
    }
    expect(answers.real).toEqual(answers.unknown)
    expect(answers.real.join()).not.toMatch(/lock/i)

    const waiting = await login(email, STAFF_PASSWORD, client)
    const waitingUnknown = await login(unknown, STAFF_PASSWORD, client)
    expect([waiting.status, waitingUnknown.status]).toEqual([429, 429])
    expect(waiting.message).toBe(waitingUnknown.message)
    expect(Number(waiting.retryAfter)).toBeGreaterThan(0)

    later(61_000)
    expect((await login(email, STAFF_PASSWORD, client)).status).toBe(200)
  })

  it('should keep the owner signing in while strangers guess from many addresses, and still stop the guessing', async () => {
    const email = await account('owner')
    const ownersBrowser = await login(email, STAFF_PASSWORD, newClient())
    expect(ownersBrowser.status).toBe(200)
    expect(ownersBrowser.deviceCookie).toBeDefined()

    await guessMany(11, (n) => login(email, `guess-${n}`, newClient()))
    // The account now makes every browser it does not know wait, whatever the address...
    const stranger = await login(email, STAFF_PASSWORD, newClient())
    expect(stranger.status).toBe(429)
    // ...but the owner's own browser, from any address, still signs in.
    expect(
      (await login(email, STAFF_PASSWORD, newClient(), ownersBrowser.deviceCookie)).status,
    ).toBe(200)

    // A cookie from another account's browser counts for nothing here.
    const otherEmail = await account('other-owner')
    const otherBrowser = await login(otherEmail, STAFF_PASSWORD, newClient())
    expect(
      (await login(email, STAFF_PASSWORD, newClient(), otherBrowser.deviceCookie)).status,
    ).toBe(429)
  })

  it('should not let one client’s wrong passwords lock the account for another client', async () => {
    const email = await account('neighbour')
    const stranger = newClient()
    await guessMany(8, () => login(email, 'wrong-password', stranger))
    expect((await login(email, STAFF_PASSWORD, stranger)).status).toBe(429)
    expect((await login(email, STAFF_PASSWORD, newClient())).status).toBe(200)
  })

  it('should make one client trying many accounts wait', async () => {
    const client = newClient()
    const sprayed = await guessMany(30, (n) =>
      login(`sprayed-${n}-${suffix}@example.com`, 'Summer2026!', client),
    )
    expect(new Set(sprayed.map(({ status }) => status))).toEqual(new Set([401]))
    const email = await account('sprayed')
    expect((await login(email, STAFF_PASSWORD, client)).status).toBe(429)
    expect((await login(email, STAFF_PASSWORD, newClient())).status).toBe(200)
    // Each of those attempts hashes a password, on a machine shared with other work.
  }, 180_000)

  it('should refuse a non-admin ending the wait, and let an admin unlock the account', async () => {
    const email = await account('unlocked')
    const editor = await createStaff({ payload, role: 'editor', suffix })
    staff.push(editor)
    await guessMany(11, () => login(email, 'wrong-password', newClient()))
    const client = newClient()
    expect((await login(email, STAFF_PASSWORD, client)).status).toBe(429)

    const unlock = (headers: Record<string, string>) =>
      rest({ method: 'POST', path: '/users/unlock', body: { email }, headers })
    expect((await unlock(editor.headers)).status).toBe(403)
    expect((await login(email, STAFF_PASSWORD, client)).status).toBe(429)
    expect((await unlock(admin.headers)).status).toBe(200)
    expect((await login(email, STAFF_PASSWORD, client)).status).toBe(200)
  })

  it('should hash an unknown e-mail’s password the way Payload hashes a real one, so both take as long', async () => {
    const email = await account('hashed')
    const stored = await payload.db.findOne<{ id: number | string; hash: string }>({
      collection: 'users',
      where: { email: { equals: email } },
    })
    const [prefix, hex] = [
      stored!.hash.slice(0, PASSWORD_HASH.prefix.length),
      stored!.hash.split(':')[1],
    ]
    expect(prefix).toBe(PASSWORD_HASH.prefix)
    expect(hex).toHaveLength(PASSWORD_HASH.keyLength * 2)
  })
})
