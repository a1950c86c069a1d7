import type { Client } from '@libsql/client'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'

const isSqlite = adapterName() === 'sqlite'

/**
 * The SQLite settings src/db/databaseAdapter.ts asks for must hold on the connection the running
 * server uses (issue 11): WAL, so readers keep reading while an editor saves, and a 5 s busy
 * timeout, so a write that meets another write waits instead of failing at once with
 * SQLITE_BUSY. libsql opens a fresh connection after every `transaction()`, so the
 * per-connection setting is checked after one too.
 */
describe(`SQLite connection settings (${adapterName()})`, () => {
  let payload: Payload
  let client: Client
  const suffix = uniqueSuffix()

  const pragma = async (name: string) => {
    const row = (await client.execute(`PRAGMA ${name}`)).rows[0]
    return row ? Object.values(row)[0] : undefined
  }

  beforeAll(async () => {
    payload = await testPayload()
    if (isSqlite) client = (payload.db as unknown as { client: Client }).client
  })

  afterAll(async () => {
    await payload.delete({
      collection: 'shows',
      where: { title: { like: suffix } },
      context: testContext,
    })
  })

  it.runIf(isSqlite)('should run the database in WAL mode with a 5 s busy timeout', async () => {
    expect(await pragma('journal_mode')).toBe('wal')
    expect(await pragma('busy_timeout')).toBe(5000)
  })

  it.runIf(isSqlite)('should keep the settings after a save', async () => {
    await payload.create({
      collection: 'shows',
      data: { title: `Settings ${suffix}` },
      context: testContext,
    })
    expect(await pragma('journal_mode')).toBe('wal')
    expect(await pragma('busy_timeout')).toBe(5000)
  })

  it.runIf(isSqlite)(
    'should keep the busy timeout on the connection libsql opens after a transaction',
    async () => {
      // Payload's transactions (`transactionOptions`) and drizzle's `db.transaction` go
      // through `client.transaction()`, which hands its connection to the transaction.
      const tx = await client.transaction('write')
      await tx.execute('SELECT 1')
      await tx.commit()
      expect(await pragma('busy_timeout')).toBe(5000)
      expect(await pragma('journal_mode')).toBe('wal')

      const rolledBack = await client.transaction('write')
      await rolledBack.rollback()
      expect(await pragma('busy_timeout')).toBe(5000)
    },
  )
})
