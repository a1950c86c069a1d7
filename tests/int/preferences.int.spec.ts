import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_PREFERENCE_BYTES, MAX_PREFERENCES_PER_USER } from '@/plugins/requestLimits/limits'

import { adapterName, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

type Answer = { status: number; text: string }

describe(`admin preferences are bounded (${adapterName()})`, () => {
  let payload: Payload
  let writer: StaffMember
  const suffix = uniqueSuffix()

  const savePreference = async (key: string, json: string): Promise<Answer> => {
    const answer = await rest({
      method: 'POST',
      path: `/payload-preferences/${key}`,
      json,
      headers: writer.headers,
    })
    return { status: answer.status, text: await answer.text() }
  }

  const storedKeys = async () =>
    (
      await payload.count({
        collection: 'payload-preferences',
        where: { 'user.value': { equals: writer.user.id } },
      })
    ).totalDocs

  beforeAll(async () => {
    payload = await testPayload()
    writer = await createStaff({ payload, role: 'writer', suffix })
  })

  afterAll(async () => {
    await payload.db.deleteMany({
      collection: 'payload-preferences',
      where: { 'user.value': { equals: writer.user.id } },
    })
    await deleteStaff(payload, [writer])
  })

  it('should save and read back an ordinary preference, as the admin does (control)', async () => {
    const value = { columns: [{ accessor: 'title', active: true }], limit: 25 }
    expect((await savePreference('collection-articles', JSON.stringify({ value }))).status).toBe(
      200,
    )
    const read = await rest({
      method: 'GET',
      path: '/payload-preferences/collection-articles',
      headers: writer.headers,
    })
    expect(((await read.json()) as { value: unknown }).value).toEqual(value)
  })

  it('should refuse a preference over the size limit with 413, however it is sent', async () => {
    const big = JSON.stringify({ value: { note: 'x'.repeat(MAX_PREFERENCE_BYTES) } })
    const before = await storedKeys()
    const byKey = await savePreference('too-big', big)
    expect(byKey.status).toBe(413)
    expect(byKey.text).toMatch(/preference is too large/)
    // 50 MB, the size an outside test stored: refused without storing it.
    const huge = await savePreference(
      'huge',
      JSON.stringify({ value: 'x'.repeat(50 * 1024 * 1024) }),
    )
    expect(huge.status).toBe(413)
    const created = await rest({
      method: 'POST',
      path: '/payload-preferences',
      body: { key: 'too-big-create', value: { note: 'x'.repeat(MAX_PREFERENCE_BYTES) } },
      headers: writer.headers,
    })
    expect(created.status).toBe(413)
    expect(await storedKeys()).toBe(before)
  })

  it('should refuse a preference body that is not JSON with 400, instead of storing {}', async () => {
    const answer = await savePreference('not-json', '{"value": ')
    expect(answer.status).toBe(400)
    expect(answer.text).toMatch(/JSON/)
    const read = await rest({
      method: 'GET',
      path: '/payload-preferences/not-json',
      headers: writer.headers,
    })
    expect(((await read.json()) as { value: unknown }).value).toBeNull()
  })

  it('should refuse new keys past the per-user cap, and still update existing ones', async () => {
    const have = await storedKeys()
    // Fill up to the cap straight through the adapter; the admin would take years to.
    for (let index = have; index < MAX_PREFERENCES_PER_USER; index += 1) {
      await payload.db.create({
        collection: 'payload-preferences',
        data: {
          key: `filler-${index}`,
          user: { relationTo: 'users', value: writer.user.id },
          value: { index },
        },
      })
    }
    const refused = await savePreference('one-too-many', JSON.stringify({ value: 1 }))
    expect(refused.status).toBe(400)
    expect(refused.text).toMatch(/at most \d[\d,]* saved preferences/)
    const viaCreate = await rest({
      method: 'POST',
      path: '/payload-preferences',
      body: { key: 'one-too-many-create', value: 1 },
      headers: writer.headers,
    })
    expect(viaCreate.status).toBe(400)
    expect(await storedKeys()).toBe(MAX_PREFERENCES_PER_USER)
    const updated = await savePreference(
      'collection-articles',
      JSON.stringify({ value: { limit: 50 } }),
    )
    expect(updated.status).toBe(200)
  })
})
