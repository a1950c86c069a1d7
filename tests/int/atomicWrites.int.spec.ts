import type { Client } from '@libsql/client'
import type { CollectionAfterChangeHook, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Article, Character, Show } from '@/payload-types'
import { afterCommit } from '@/db/afterCommit'
import {
  FAILED_WRITE_MESSAGE,
  FAILED_WRITE_MESSAGE_WITHOUT_TRANSACTIONS,
} from '@/db/explainFailedWrite'
import { doc, paragraph } from '@/seed/lexical'

import { hasTransactions, injectedFault, useHookInjection } from '../helpers/faults'
import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

type Id = number | string
const isSqlite = adapterName() === 'sqlite'

/**
 * Every write is whole or absent (issue 11, SECURITY.md property 30). Faults are injected for
 * real: a collection hook that throws after the main row is written, and (SQLite) a trigger
 * that makes the database itself refuse an array row. The adapters run saves in transactions
 * (SQLite always; MongoDB on a replica set); on a server without transactions (FerretDB) a
 * write cannot be made atomic, which docs/mongodb.md records and the last test checks.
 */
describe(`atomic writes (${adapterName()})`, () => {
  let payload: Payload
  let editor: StaffMember
  let show: Show
  let published: Article
  let character: Character
  const suffix = uniqueSuffix()
  const articleIds: Id[] = []
  let adapterBegins = false

  const faults = useHookInjection(() => payload)
  const injectAfterChange = (slug: 'articles' | 'characters', hook: CollectionAfterChangeHook) =>
    faults.inject(slug, 'afterChange', hook)
  // afterChange runs after the main row (and its array rows and version) is written.
  const failAfterWrite = injectedFault

  const authed = (extra: Record<string, string> = {}) => ({ ...editor.headers, ...extra })

  /**
   * A failed write answers 500 with a message that says what happened: nothing changed where
   * the server has transactions; on one without (FerretDB), honestly, that part may be stored.
   * Returns whether the server is atomic, for the checks that follow.
   */
  const expectFailedWrite = async (response: Response): Promise<boolean> => {
    expect(response.status).toBe(500)
    const { errors } = (await response.json()) as { errors: Array<{ message: string }> }
    const isAtomic = hasTransactions()
    expect(errors[0]?.message).toBe(
      isAtomic ? FAILED_WRITE_MESSAGE : FAILED_WRITE_MESSAGE_WITHOUT_TRANSACTIONS,
    )
    return isAtomic
  }

  beforeAll(async () => {
    payload = await testPayload()
    adapterBegins = Boolean(
      await payload.db.beginTransaction().then(async (id) => {
        if (id) await payload.db.rollbackTransaction(id)
        return id
      }),
    )
    editor = await createStaff({ payload, role: 'editor', suffix, label: 'atomic-editor' })
    show = await payload.create({
      collection: 'shows',
      data: { title: `Atomic Show ${suffix}`, seasons: [{ number: 1 }, { number: 2 }] },
      context: testContext,
    })
    published = await payload.create({
      collection: 'articles',
      data: {
        title: `Atomic original ${suffix}`,
        dek: 'A dek.',
        body: doc(paragraph('Body text.')) as unknown as Article['body'],
        spoilerWarnings: [
          { show: show.id, season: 1 },
          { show: show.id, season: 2, note: 'Finale' },
        ],
        _status: 'published',
      },
      context: testContext,
    })
    articleIds.push(published.id)
    character = await payload.create({
      collection: 'characters',
      data: {
        name: `Atomic Character ${suffix}`,
        aliases: [{ alias: `Alias One ${suffix}` }, { alias: `Alias Two ${suffix}` }],
        appearances: [{ show: show.id, seasons: [1, 2] }],
      },
      context: testContext,
    })
  })

  afterAll(async () => {
    await payload.delete({
      collection: 'articles',
      where: { title: { like: suffix } },
      context: testContext,
    })
    await payload.delete({ collection: 'characters', id: character.id, context: testContext })
    await payload.delete({ collection: 'shows', id: show.id, context: testContext })
    await deleteStaff(payload, [editor])
  })

  const articlesTitled = async (title: string) =>
    (
      await payload.find({
        collection: 'articles',
        where: { title: { equals: title } },
        draft: true,
        depth: 0,
      })
    ).totalDocs

  it.runIf(isSqlite)('should run every SQLite save in a transaction', () => {
    expect(adapterBegins).toBe(true)
  })

  it('should leave no article behind when a hook fails after the main row is written', async () => {
    injectAfterChange('articles', failAfterWrite)
    const title = `Atomic fault create ${suffix}`
    const response = await rest({
      method: 'POST',
      path: '/articles',
      headers: authed(),
      body: {
        title,
        dek: 'Dek.',
        body: doc(paragraph('Text.')),
        spoilerWarnings: [{ show: show.id, season: 1 }],
        _status: 'published',
      },
    })
    // FerretDB has no transactions: the article stays (docs/mongodb.md); the message says so.
    if (!(await expectFailedWrite(response))) return
    expect(await articlesTitled(title)).toBe(0)
    const versions = await payload.findVersions({
      collection: 'articles',
      where: { 'version.title': { equals: title } },
    })
    expect(versions.totalDocs).toBe(0)
    const search = await payload.find({
      collection: 'search',
      where: { title: { equals: title } },
    })
    expect(search.totalDocs).toBe(0)
  })

  it.runIf(hasTransactions())(
    'should leave the article as it was when a hook fails during an update',
    async () => {
      injectAfterChange('articles', failAfterWrite)
      const response = await rest({
        method: 'PATCH',
        path: `/articles/${published.id}`,
        headers: authed(),
        body: { title: `Atomic changed ${suffix}`, spoilerWarnings: [] },
      })
      await expectFailedWrite(response)
      const after = await payload.findByID({ collection: 'articles', id: published.id, depth: 0 })
      expect(after.title).toBe(published.title)
      expect(after.spoilerWarnings).toHaveLength(2)
    },
  )

  it.runIf(isSqlite)(
    'should leave the article as it was when the database refuses an array row',
    async () => {
      const client = (payload.db as unknown as { client: Client }).client
      // A real failure inside the write: SQLite itself refuses this one row.
      await client.execute(
        `CREATE TRIGGER IF NOT EXISTS refuse_fault_row BEFORE INSERT ON articles_spoiler_warnings
         WHEN NEW.note = 'refuse me' BEGIN SELECT RAISE(ABORT, 'injected array-row fault'); END`,
      )
      try {
        const response = await rest({
          method: 'PATCH',
          path: `/articles/${published.id}`,
          headers: authed(),
          body: {
            title: `Atomic row fault ${suffix}`,
            spoilerWarnings: [
              { show: show.id, season: 1 },
              { show: show.id, season: 2, note: 'refuse me' },
            ],
          },
        })
        expect(response.status).toBeGreaterThanOrEqual(400)
        const after = await payload.findByID({
          collection: 'articles',
          id: published.id,
          depth: 0,
        })
        expect(after.title).toBe(published.title)
        expect(after.spoilerWarnings?.map((w) => w.note ?? null)).toEqual([null, 'Finale'])
      } finally {
        await client.execute('DROP TRIGGER IF EXISTS refuse_fault_row')
      }
    },
  )

  it.runIf(hasTransactions())('should keep a character whole when its update fails', async () => {
    injectAfterChange('characters', failAfterWrite)
    const response = await rest({
      method: 'PATCH',
      path: `/characters/${character.id}`,
      headers: authed(),
      body: { name: `Renamed ${suffix}`, aliases: [], appearances: [] },
    })
    await expectFailedWrite(response)
    const after = await payload.findByID({
      collection: 'characters',
      id: character.id,
      depth: 0,
    })
    expect(after.name).toBe(character.name)
    expect(after.aliases).toHaveLength(2)
    expect(after.appearances).toHaveLength(1)
  })

  it('should tell the page cache about every save, by the time the save answers', async () => {
    let told = 0
    injectAfterChange('articles', ({ doc: saved, req }) => {
      afterCommit(req, () => {
        told += 1
      })
      return saved
    })
    const response = await rest({
      method: 'PATCH',
      path: `/articles/${published.id}`,
      headers: authed(),
      body: { dek: `Told ${suffix}` },
    })
    expect(response.status).toBe(200)
    // With a transaction, once it commits; without one (FerretDB), at once.
    expect(told).toBe(1)
  })

  it.runIf(hasTransactions())(
    'should tell the page cache about a save only after it committed, and never about a failed one',
    async () => {
      const seen: string[] = []
      // What a reader's request would read at the moment the cache is told: no `req`, so
      // outside the save's transaction.
      const announce: CollectionAfterChangeHook = ({ doc: saved, req }) => {
        afterCommit(req, () => {
          seen.push('told')
          void payload
            .findByID({ collection: 'articles', id: saved.id, depth: 0 })
            .then((read) => seen.push(read.title))
        })
        return saved
      }
      injectAfterChange('articles', announce)
      const title = `Atomic announced ${suffix}`
      const saved = await rest({
        method: 'PATCH',
        path: `/articles/${published.id}`,
        headers: authed(),
        body: { title },
      })
      expect(saved.status).toBe(200)
      await expect.poll(() => seen).toEqual(['told', title])

      injectAfterChange('articles', failAfterWrite)
      seen.length = 0
      const failed = await rest({
        method: 'PATCH',
        path: `/articles/${published.id}`,
        headers: authed(),
        body: { title: `Atomic never announced ${suffix}` },
      })
      expect(failed.status).toBe(500)
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(seen).toEqual([])
      // Put the title back for the tests below, without the injected hooks.
      faults.removeAll()
      await payload.update({
        collection: 'articles',
        id: published.id,
        data: { title: published.title },
        context: testContext,
      })
    },
  )

  it('should refuse a relationship to a show that does not exist, changing nothing', async () => {
    const missing = payload.db.defaultIDType === 'number' ? 987_654_321 : 'ffffffffffffffffffffffff'
    const response = await rest({
      method: 'PATCH',
      path: `/characters/${character.id}`,
      headers: authed(),
      body: { name: `Renamed ${suffix}`, aliases: [], appearances: [{ show: missing }] },
    })
    expect(response.status).toBe(400)
    const after = await payload.findByID({ collection: 'characters', id: character.id, depth: 0 })
    expect(after.name).toBe(character.name)
    expect(after.aliases).toHaveLength(2)
    expect(after.appearances).toHaveLength(1)
  })

  it('should create a whole new article from a copy that carries the original rows’ ids', async () => {
    const read = await rest({
      method: 'GET',
      path: `/articles/${published.id}?depth=0`,
      headers: authed(),
    })
    const copy = (await read.json()) as Article
    expect(copy.spoilerWarnings?.[0]?.id).toBeTruthy()
    const title = `Atomic copy ${suffix}`
    const { id: _id, slug: _slug, ...rest_ } = copy
    const response = await rest({
      method: 'POST',
      path: '/articles',
      headers: authed(),
      body: { ...rest_, title, slug: `atomic-copy-${suffix}` },
    })
    expect(response.status).toBe(201)
    const { doc: created } = (await response.json()) as { doc: Article }
    articleIds.push(created.id)
    expect(created.spoilerWarnings).toHaveLength(2)
    const originalRowIds = copy.spoilerWarnings?.map((w) => w.id)
    for (const row of created.spoilerWarnings ?? []) expect(originalRowIds).not.toContain(row.id)

    const original = await payload.findByID({
      collection: 'articles',
      id: published.id,
      depth: 0,
    })
    expect(original.spoilerWarnings?.map((w) => w.id)).toEqual(originalRowIds)
    expect(original.title).toBe(published.title)
  })

  it('should keep rows with another document’s ids whole on an update too', async () => {
    const other = await payload.create({
      collection: 'articles',
      data: {
        title: `Atomic other ${suffix}`,
        dek: 'Dek.',
        body: doc(paragraph('Other.')) as unknown as Article['body'],
        _status: 'published',
      },
      context: testContext,
    })
    articleIds.push(other.id)
    const response = await rest({
      method: 'PATCH',
      path: `/articles/${other.id}`,
      headers: authed(),
      body: { spoilerWarnings: published.spoilerWarnings },
    })
    expect(response.status).toBe(200)
    const [after, original] = await Promise.all([
      payload.findByID({ collection: 'articles', id: other.id, depth: 0 }),
      payload.findByID({ collection: 'articles', id: published.id, depth: 0 }),
    ])
    expect(after.spoilerWarnings).toHaveLength(2)
    expect(original.spoilerWarnings?.map((w) => w.id)).toEqual(
      published.spoilerWarnings?.map((w) => w.id),
    )
  })

  it.runIf(!isSqlite)(
    'should run MongoDB saves in transactions exactly when the server is a replica set',
    () => {
      const client = (
        payload.db as unknown as {
          connection: { getClient: () => { options: { replicaSet?: string } } }
        }
      ).connection.getClient()
      expect(adapterBegins).toBe(Boolean(client.options.replicaSet))
    },
  )
})
