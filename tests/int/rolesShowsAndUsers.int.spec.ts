import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

/** Who may manage shows and users, and who may give anyone a role. */
describe(`roles: shows, users and roles over REST (${adapterName()})`, () => {
  let payload: Payload
  let writer: StaffMember
  let otherWriter: StaffMember
  let editor: StaffMember
  let admin: StaffMember
  const showIds: Array<number | string> = []
  const suffix = uniqueSuffix()

  beforeAll(async () => {
    payload = await testPayload()
    writer = await createStaff({ payload, role: 'writer', suffix })
    otherWriter = await createStaff({ payload, role: 'writer', suffix, label: 'other-writer' })
    editor = await createStaff({ payload, role: 'editor', suffix })
    admin = await createStaff({ payload, role: 'admin', suffix })
  })

  afterAll(async () => {
    if (showIds.length > 0) {
      await payload.delete({
        collection: 'shows',
        where: { id: { in: showIds } },
        context: testContext,
      })
    }
    await deleteStaff(payload, [writer, otherWriter, editor, admin])
  })

  it('should refuse a writer managing shows', async () => {
    const response = await rest({
      method: 'POST',
      path: '/shows',
      body: { title: `Writer show ${suffix}` },
      headers: writer.headers,
    })
    expect(response.status).toBe(403)
  })

  it('should let an editor create, update and delete shows but not manage users', async () => {
    const created = await rest({
      method: 'POST',
      path: '/shows',
      body: { title: `Editor show ${suffix}` },
      headers: editor.headers,
    })
    expect(created.status).toBe(201)
    const { doc: show } = (await created.json()) as { doc: { id: number | string } }
    showIds.push(show.id)
    const updated = await rest({
      method: 'PATCH',
      path: `/shows/${show.id}`,
      body: { network: 'Netflix' },
      headers: editor.headers,
    })
    expect(updated.status).toBe(200)
    const deleted = await rest({
      method: 'DELETE',
      path: `/shows/${show.id}`,
      headers: editor.headers,
    })
    expect(deleted.status).toBe(200)

    const newUser = await rest({
      method: 'POST',
      path: '/users',
      body: { email: `nope-${suffix}@example.com`, password: 'x-long-password', name: 'Nope' },
      headers: editor.headers,
    })
    expect(newUser.status).toBe(403)
    const others = await rest({ method: 'GET', path: '/users', headers: editor.headers })
    const { docs } = (await others.json()) as { docs: Array<{ id: number | string }> }
    expect(docs.map((user) => String(user.id))).toEqual([String(editor.user.id)])
  })

  it('should ignore a writer or an editor giving themselves a role', async () => {
    for (const staff of [writer, editor]) {
      const response = await rest({
        method: 'PATCH',
        path: `/users/${staff.user.id}`,
        body: { name: 'Still me', roles: ['admin'] },
        headers: staff.headers,
      })
      expect(response.status).toBe(200)
      const user = await payload.findByID({ collection: 'users', id: staff.user.id })
      expect(user.name).toBe('Still me')
      expect(user.roles).toEqual(staff.user.roles)
    }
  })

  it("should let an admin change another user's roles and their own", async () => {
    const promote = await rest({
      method: 'PATCH',
      path: `/users/${otherWriter.user.id}`,
      body: { roles: ['editor'] },
      headers: admin.headers,
    })
    expect(promote.status).toBe(200)
    expect(
      (await payload.findByID({ collection: 'users', id: otherWriter.user.id })).roles,
    ).toEqual(['editor'])

    const own = await rest({
      method: 'PATCH',
      path: `/users/${admin.user.id}`,
      body: { roles: ['admin', 'editor'] },
      headers: admin.headers,
    })
    expect(own.status).toBe(200)
    expect((await payload.findByID({ collection: 'users', id: admin.user.id })).roles).toEqual([
      'admin',
      'editor',
    ])
  })

  it('should let an admin create and delete a user with a role', async () => {
    const created = await rest({
      method: 'POST',
      path: '/users',
      body: {
        email: `hired-${suffix}@example.com`,
        password: 'x-long-password',
        name: 'New Hire',
        roles: ['editor'],
      },
      headers: admin.headers,
    })
    expect(created.status).toBe(201)
    const { doc: hired } = (await created.json()) as {
      doc: { id: number | string; roles: string[] }
    }
    expect(hired.roles).toEqual(['editor'])
    const deleted = await rest({
      method: 'DELETE',
      path: `/users/${hired.id}`,
      headers: admin.headers,
    })
    expect(deleted.status).toBe(200)
  })
})
