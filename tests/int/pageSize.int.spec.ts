import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

type ListBody = { docs?: unknown[]; hasNextPage?: boolean; errors?: Array<{ message: string }> }

const SHOWS = 105

describe(`no request can return a whole collection (${adapterName()})`, () => {
  let payload: Payload
  let editor: StaffMember
  const suffix = uniqueSuffix()
  const showIds: Array<number | string> = []
  const mine = `where[title][like]=${suffix}`

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createStaff({ payload, role: 'editor', suffix })
    for (let index = 0; index < SHOWS; index += 1) {
      const show = await payload.create({
        collection: 'shows',
        data: { title: `Paged ${index} ${suffix}` },
        context: testContext,
      })
      showIds.push(show.id)
    }
  })

  afterAll(async () => {
    await payload.delete({ collection: 'shows', where: { title: { like: suffix } } })
    await deleteStaff(payload, [editor])
  })

  it('should refuse limit=0, pagination=false and oversized limits with a 400 saying how to page, anonymously and as staff', async () => {
    const lists = ['/shows', '/articles', '/characters', '/search']
    const asks = ['limit=0', 'pagination=false', 'limit=100000', 'limit=101', 'limit=-1']
    for (const headers of [{}, editor.headers]) {
      for (const list of lists) {
        for (const ask of asks) {
          const answer = await rest({ method: 'GET', path: `${list}?${ask}&depth=0`, headers })
          const body = (await answer.json()) as ListBody
          expect({ list, ask, status: answer.status }).toEqual({ list, ask, status: 400 })
          expect(body.errors?.[0]?.message).toMatch(/at most 100|from 1 to 100/)
        }
      }
    }
    for (const ask of ['limit=0', 'pagination=false', 'limit=1000']) {
      const versions = await rest({
        method: 'GET',
        path: `/articles/versions?${ask}`,
        headers: editor.headers,
      })
      expect({ ask, status: versions.status }).toEqual({ ask, status: 400 })
    }
    for (const ask of ['joins[articles][limit]=0', 'joins[articles][limit]=1000']) {
      const joined = await rest({ method: 'GET', path: `/characters?${ask}` })
      expect({ ask, status: joined.status }).toEqual({ ask, status: 400 })
    }
  })

  it('should serve pages of up to 100, so a client can page through everything', async () => {
    const first = await rest({ method: 'GET', path: `/shows?${mine}&limit=100&depth=0` })
    const firstBody = (await first.json()) as ListBody
    expect(first.status).toBe(200)
    expect(firstBody.docs).toHaveLength(100)
    expect(firstBody.hasNextPage).toBe(true)
    const second = await rest({ method: 'GET', path: `/shows?${mine}&limit=100&page=2&depth=0` })
    expect(((await second.json()) as ListBody).docs).toHaveLength(SHOWS - 100)
  })

  it('should answer a lookup by a list of ids beyond 100, as the admin list cells and relationship fields send it', async () => {
    const ids = showIds.join(',')
    // The list view's relationship cells (RelationshipProvider): a GET with limit=250.
    const cells = await rest({
      method: 'GET',
      path: `/shows?depth=0&draft=true&limit=250&where[id][in]=${ids}&select[title]=true`,
      headers: editor.headers,
    })
    expect(cells.status).toBe(200)
    expect(((await cells.json()) as ListBody).docs).toHaveLength(SHOWS)
    // The relationship field: a form-encoded POST that Payload turns into a GET.
    const form = new URLSearchParams({ depth: '0', draft: 'true', limit: `${SHOWS}` })
    showIds.forEach((id, index) => form.append(`where[id][in][${index}]`, `${id}`))
    const picker = await rest({
      method: 'POST',
      path: '/shows',
      json: form.toString(),
      headers: {
        ...editor.headers,
        'content-type': 'application/x-www-form-urlencoded',
        'x-payload-http-method-override': 'GET',
      },
    })
    expect(picker.status).toBe(200)
    expect(((await picker.json()) as ListBody).docs).toHaveLength(SHOWS)
  })

  it("should leave the server's own Local API reads uncapped", async () => {
    const all = await payload.find({
      collection: 'shows',
      where: { title: { like: suffix } },
      pagination: false,
      depth: 0,
    })
    expect(all.docs).toHaveLength(SHOWS)
  })
})
