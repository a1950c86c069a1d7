import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adapterName, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

type Preference = { id: number | string; key: string; user: { value: unknown }; value: unknown }

/** SECURITY.md #22: the collections Payload adds itself are not a way into others' data. */
describe(`Payload's own collections over REST (${adapterName()})`, () => {
  let payload: Payload
  let writer: StaffMember
  let editor: StaffMember
  let admin: StaffMember
  const suffix = uniqueSuffix()
  const key = `columns-${suffix}`

  const preferencesOf = async (staff: StaffMember) =>
    (
      await payload.find({
        collection: 'payload-preferences',
        where: { 'user.value': { equals: staff.user.id } },
        depth: 0,
      })
    ).docs as unknown as Preference[]

  beforeAll(async () => {
    payload = await testPayload()
    writer = await createStaff({ payload, role: 'writer', suffix })
    editor = await createStaff({ payload, role: 'editor', suffix })
    admin = await createStaff({ payload, role: 'admin', suffix })
  })

  afterAll(async () => {
    await payload.delete({ collection: 'payload-preferences', where: { key: { like: suffix } } })
    await deleteStaff(payload, [writer, editor, admin])
  })

  it('should keep each user’s admin preferences to that user', async () => {
    const saved = await rest({
      method: 'POST',
      path: `/payload-preferences/${key}`,
      headers: writer.headers,
      body: { value: { columns: ['title'] } },
    })
    expect(saved.status).toBe(200)
    const [own] = await preferencesOf(writer)
    expect(own?.key).toBe(key)

    const byKey = await rest({
      method: 'GET',
      path: `/payload-preferences/${key}`,
      headers: editor.headers,
    })
    expect(JSON.stringify(await byKey.json())).not.toContain('title')
    const listed = await rest({
      method: 'GET',
      path: '/payload-preferences',
      headers: admin.headers,
    })
    expect(
      ((await listed.json()) as { docs: Preference[] }).docs.map(({ key }) => key),
    ).not.toContain(key)

    for (const [method, body] of [
      ['PATCH', { value: { columns: ['hacked'] } }],
      ['DELETE', undefined],
    ] as const) {
      const response = await rest({
        method,
        path: `/payload-preferences/${own!.id}`,
        headers: editor.headers,
        body,
      })
      expect(response.status, `${method} by another user`).not.toBe(200)
    }
    const forged = await rest({
      method: 'POST',
      path: '/payload-preferences',
      headers: editor.headers,
      body: {
        key: `forged-${suffix}`,
        user: { relationTo: 'users', value: writer.user.id },
        value: 1,
      },
    })
    expect([201, 403]).toContain(forged.status)
    const writers = await preferencesOf(writer)
    expect(writers.map(({ key }) => key)).toEqual([key])
    expect(writers[0]?.value).toEqual({ columns: ['title'] })
  })

  it('should serve no jobs, migration or key-value records through REST, even to an admin', async () => {
    for (const collection of ['payload-jobs', 'payload-migrations', 'payload-kv']) {
      const list = await rest({ method: 'GET', path: `/${collection}`, headers: admin.headers })
      expect(list.status, `list ${collection}`).not.toBe(200)
      const created = await rest({
        method: 'POST',
        path: `/${collection}`,
        headers: admin.headers,
        body: { name: 'forged', batch: -1, key: 'forged', data: {}, taskSlug: 'inline' },
      })
      expect(created.status, `create ${collection}`).toBeGreaterThanOrEqual(400)
    }
    await expect(
      payload.find({ collection: 'payload-migrations', overrideAccess: false, user: admin.user }),
    ).rejects.toThrow()
  })
})
