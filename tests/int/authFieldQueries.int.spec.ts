import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Character } from '@/payload-types'

import { articleBody, tagged } from '../helpers/lexical'
import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

/** Auth-internal fields of users, and the ordinary ones only their owner and admins may read. */
const USER_FIELDS = [
  'sessions.id',
  'sessions.expiresAt',
  'sessions',
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'loginAttempts',
  'lockUntil',
  'email',
  'roles',
  'name',
]

/** SECURITY.md #26: nothing inside a user can be queried or sorted on through a relationship. */
describe(`queries through a relationship into users (${adapterName()})`, () => {
  let payload: Payload
  let author: StaffMember
  let writer: StaffMember
  let editor: StaffMember
  let admin: StaffMember
  let article: Article
  let character: Character
  const suffix = uniqueSuffix()

  beforeAll(async () => {
    payload = await testPayload()
    author = await createStaff({ payload, role: 'writer', suffix, label: 'author' })
    writer = await createStaff({ payload, role: 'writer', suffix })
    editor = await createStaff({ payload, role: 'editor', suffix })
    admin = await createStaff({ payload, role: 'admin', suffix })
    character = await payload.create({
      collection: 'characters',
      context: testContext,
      data: { name: `Queried ${suffix}` },
    })
    const body = articleBody(tagged(character.id, 'Queried'))
    article = await payload.create({
      collection: 'articles',
      context: testContext,
      data: {
        title: `Authored ${suffix}`,
        dek: 'Summary.',
        body,
        authors: [author.user.id],
        _status: 'published',
      },
    })
  })

  afterAll(async () => {
    await payload.delete({ collection: 'articles', id: article.id, context: testContext })
    await payload.delete({ collection: 'characters', id: character.id, context: testContext })
    await deleteStaff(payload, [author, writer, editor, admin])
  })

  const callers = () =>
    [
      ['anonymous', {}],
      ['another writer', writer.headers],
      ['the author', author.headers],
      ['an editor', editor.headers],
      ['an admin', admin.headers],
    ] as const

  const sessionId = async () => {
    const user = await payload.findByID({
      collection: 'users',
      id: author.user.id,
      showHiddenFields: true,
    })
    return String((user as { sessions?: Array<{ id: string }> }).sessions?.[0]?.id)
  }

  it('should refuse every where and sort on a user field through authors, for every caller', async () => {
    const secret = encodeURIComponent((await sessionId()).slice(0, 3))
    const queries = USER_FIELDS.flatMap((field) => [
      `/articles?where[authors.${field}][exists]=true`,
      `/articles?where[authors.${field}][like]=${secret}`,
      `/articles?where[or][0][authors.${field}][exists]=true`,
      `/articles?where[authors__${field.replace('.', '__')}][exists]=true`,
      `/articles?sort=authors.${field}`,
      `/articles?sort=-title,-authors.${field}`,
      `/articles/versions?where[version.authors.${field}][exists]=true`,
      `/articles/versions?sort=version.authors.${field}`,
      `/articles/versions?where[parent.authors.${field}][exists]=true`,
      `/characters/${character.id}?joins[articles][where][authors.${field}][exists]=true`,
      `/characters?joins[articles][sort]=authors.${field}`,
      `/search?where[doc.value.authors.${field}][exists]=true`,
    ])
    queries.push(`/articles?where[authors][contains][sessions.id][like]=${secret}`)
    queries.push(`/articles?where[authors][contains][email][exists]=true`)
    for (const path of queries) {
      for (const [caller, headers] of callers()) {
        const response = await rest({ method: 'GET', path, headers })
        expect([400, 403], `${caller}: ${path}`).toContain(response.status)
      }
    }
  })

  it('should refuse bulk writes whose where reaches into users', async () => {
    const secret = encodeURIComponent((await sessionId()).slice(0, 3))
    const path = `/articles?where[authors.sessions.id][like]=${secret}`
    for (const [caller, headers] of callers()) {
      const patched = await rest({ method: 'PATCH', path, headers, body: { dek: 'Oracle.' } })
      expect([400, 403], `${caller} PATCH`).toContain(patched.status)
      const deleted = await rest({ method: 'DELETE', path, headers })
      expect([400, 403], `${caller} DELETE`).toContain(deleted.status)
    }
    const stored = await payload.findByID({ collection: 'articles', id: article.id })
    expect(stored.dek).toBe('Summary.')
  })

  it('should keep querying by author id, and Payload’s own collections refuse to look inside users', async () => {
    for (const path of [
      `/articles?where[authors][in]=${author.user.id}&where[id][equals]=${article.id}`,
      `/articles?where[authors.id][equals]=${author.user.id}&where[id][equals]=${article.id}`,
    ]) {
      const response = await rest({ method: 'GET', path, headers: editor.headers })
      expect(response.status, path).toBe(200)
      expect(((await response.json()) as { totalDocs: number }).totalDocs).toBe(1)
    }
    for (const collection of ['payload-locked-documents', 'payload-preferences']) {
      const path = `/${collection}?where[user.value.email][exists]=true`
      const response = await rest({ method: 'GET', path, headers: admin.headers })
      expect(response.status, path).toBe(400)
    }
  })
})
