import { afterEach, describe, expect, it, vi } from 'vitest'

const usersWithSiteUrl = async (siteUrl: string) => {
  vi.stubEnv('SITE_URL', siteUrl)
  vi.resetModules()
  const { Users } = await import('@/collections/Users')
  return Users
}

describe('auth cookies and lockout settings', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('should mark the login cookie Secure and SameSite=Lax when the site is https', async () => {
    const users = await usersWithSiteUrl('https://news.example.com')
    const auth = typeof users.auth === 'object' ? users.auth : {}
    expect(auth.cookies).toMatchObject({ secure: true, sameSite: 'Lax' })
  })

  it('should leave Secure off on plain-http development URLs, where browsers would drop it', async () => {
    const users = await usersWithSiteUrl('http://localhost:3000')
    const auth = typeof users.auth === 'object' ? users.auth : {}
    expect(auth.cookies?.secure).toBe(false)
  })

  it('should throttle logins instead of locking accounts, and let only admins unlock', async () => {
    const users = await usersWithSiteUrl('https://news.example.com')
    const auth = typeof users.auth === 'object' ? users.auth : {}
    // Payload's hard lock would let anyone lock anyone out; hooks/throttleLogin.ts throttles.
    expect(auth).toMatchObject({ maxLoginAttempts: 0 })
    expect(users.hooks?.beforeOperation?.map(({ name }) => name)).toContain('throttleLogin')
    const unlock = users.access?.unlock
    const asRole = (roles: string[]) =>
      unlock?.({ req: { user: { id: 1, roles } } } as never) as boolean
    expect(asRole(['admin'])).toBe(true)
    expect(asRole(['editor'])).toBe(false)
    expect(asRole(['writer'])).toBe(false)
  })
})
