import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adapterName, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, STAFF_PASSWORD, type StaffMember } from '../helpers/staff'

type Answer = { status: number; json: { errors?: Array<{ data?: unknown; message: string }> } }

/** SECURITY.md "Credential changes": a new password or e-mail needs the current password. */
describe(`changing a password or an e-mail (${adapterName()})`, () => {
  let payload: Payload
  let writer: StaffMember
  let admin: StaffMember
  const suffix = uniqueSuffix()

  const patchUser = async (
    staff: StaffMember,
    id: number | string,
    body: object,
  ): Promise<Answer> => {
    const response = await rest({
      method: 'PATCH',
      path: `/users/${id}`,
      headers: staff.headers,
      body,
    })
    return { status: response.status, json: (await response.json()) as Answer['json'] }
  }

  const canLogin = async (email: string, password: string) =>
    (await rest({ method: 'POST', path: '/users/login', body: { email, password } })).status === 200

  const stored = (staff: StaffMember) =>
    payload.findByID({ collection: 'users', id: staff.user.id, depth: 0 })

  beforeAll(async () => {
    payload = await testPayload()
    writer = await createStaff({ payload, role: 'writer', suffix })
    admin = await createStaff({ payload, role: 'admin', suffix })
  })

  afterAll(async () => {
    await deleteStaff(payload, [writer, admin])
  })

  it('should refuse a new password without the current one, or with a wrong one, with a clear 400', async () => {
    const missing = await patchUser(writer, writer.user.id, { password: 'taken-over-123' })
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.json)).toContain('currentPassword')
    expect(missing.json.errors?.[0]?.message).toBeTruthy()
    expect(JSON.stringify(missing.json)).toMatch(/current password/i)

    const wrong = await patchUser(writer, writer.user.id, {
      password: 'taken-over-123',
      currentPassword: 'not-it',
    })
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(wrong.json)).toMatch(/not correct/i)
    expect(await canLogin(writer.user.email, STAFF_PASSWORD)).toBe(true)
    expect(await canLogin(writer.user.email, 'taken-over-123')).toBe(false)
  })

  it('should change the password with the current one, and never store or echo it', async () => {
    const changed = await patchUser(writer, writer.user.id, {
      password: 'new-secret-456',
      currentPassword: STAFF_PASSWORD,
    })
    expect(changed.status).toBe(200)
    expect(JSON.stringify(changed.json)).not.toContain(STAFF_PASSWORD)
    expect(await canLogin(writer.user.email, 'new-secret-456')).toBe(true)
    expect(await canLogin(writer.user.email, STAFF_PASSWORD)).toBe(false)
    // Back to the shared test password, for the tests after this one.
    const back = await patchUser(writer, writer.user.id, {
      password: STAFF_PASSWORD,
      currentPassword: 'new-secret-456',
    })
    expect(back.status).toBe(200)
  })

  it('should ask for the current password to change an e-mail, and not to change a name', async () => {
    const email = `moved-${suffix}@example.com`
    expect((await patchUser(writer, writer.user.id, { email })).status).toBe(400)
    expect((await stored(writer)).email).toBe(writer.user.email)
    // Re-sending the same e-mail, as the admin's form does on every save, is no change.
    const renamed = await patchUser(writer, writer.user.id, {
      name: `Renamed ${suffix}`,
      email: writer.user.email.toUpperCase(),
    })
    expect(renamed.status).toBe(200)
    const moved = await patchUser(writer, writer.user.id, {
      email,
      currentPassword: STAFF_PASSWORD,
    })
    expect(moved.status).toBe(200)
    expect((await stored(writer)).email).toBe(email)
    await patchUser(writer, writer.user.id, {
      email: writer.user.email,
      currentPassword: STAFF_PASSWORD,
    })
  })

  it('should let an admin reset someone’s password with the admin’s own current password', async () => {
    const withTheirs = await patchUser(admin, writer.user.id, {
      password: 'reset-by-admin-789',
      currentPassword: 'not-the-admins',
    })
    expect(withTheirs.status).toBe(400)
    const withOwn = await patchUser(admin, writer.user.id, {
      password: 'reset-by-admin-789',
      currentPassword: STAFF_PASSWORD,
    })
    expect(withOwn.status).toBe(200)
    expect(await canLogin(writer.user.email, 'reset-by-admin-789')).toBe(true)
  })
})
