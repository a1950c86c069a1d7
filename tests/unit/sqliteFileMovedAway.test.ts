import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type Client, createClient } from '@libsql/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { openExistingSqliteFile } from '../../src/db/neverCreateSqliteFile'
import { keepSqlitePragmas } from '../../src/db/sqlitePragmas'

/**
 * The SQLite file moved away under a running server (docs/operations.md, "When the database goes
 * away"). The libsql client drops its connection after each transaction and reopens the
 * database by path. With a plain path that reopen creates an empty database in place of the
 * missing one and never recovers; the app therefore opens the file as `file:…?mode=rw`
 * (`src/db/neverCreateSqliteFile.ts`), so the reopen fails until the file is back.
 */
describe('the SQLite file moved away under an open libsql client', () => {
  let dir: string
  let file: string

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-moved-'))
    file = path.join(dir, 'cms.db')
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  const move = (from: string, to: string) => {
    for (const part of ['', '-wal', '-shm']) {
      if (fs.existsSync(`${from}${part}`)) fs.renameSync(`${from}${part}`, `${to}${part}`)
    }
  }
  const helpers = (client: Client) => ({
    count: async () => (await client.execute('SELECT count(*) AS n FROM a')).rows[0]?.n,
    transaction: async () => {
      const tx = await client.transaction('write')
      await tx.execute("INSERT INTO a VALUES ('tx')")
      await tx.commit()
    },
  })
  const createTable = async (client: Client) => {
    await client.execute('PRAGMA journal_mode=WAL')
    await client.execute('CREATE TABLE a (x TEXT)')
    await client.execute("INSERT INTO a VALUES ('one')")
  }

  it('should, with a plain path, reopen an empty new file after a transaction and not recover', async () => {
    // libsql's own behaviour, the reason for the wrapper: if this starts failing, libsql changed.
    const client = createClient({ url: `file:${file}` })
    const { count, transaction } = helpers(client)
    try {
      await createTable(client)
      move(file, `${file}.away`)
      expect(await count()).toBe(1)
      await transaction()
      await expect(count()).rejects.toThrow(/no such table/)
      expect(fs.existsSync(file)).toBe(true)

      fs.rmSync(file)
      move(`${file}.away`, file)
      await expect(count()).rejects.toThrow(/no such table|SHORT_READ/)
    } finally {
      client.close()
    }
  })

  it('should, as the app opens it, fail without creating a file while it is away and recover when it returns', async () => {
    fs.closeSync(fs.openSync(file, 'a'))
    const client = openExistingSqliteFile(file)
    const { count, transaction } = helpers(client)
    try {
      await createTable(client)
      move(file, `${file}.away`)
      // In WAL mode SQLite itself keeps writing to the moved file through the open connection;
      // the client refuses every write while nothing is at the path. Reads of the data go on.
      await expect(transaction()).rejects.toThrow(/unable to open/i)
      expect(await count()).toBe(1)
      expect(fs.existsSync(file)).toBe(false)

      move(`${file}.away`, file)
      expect(await count()).toBe(1)
      await transaction()
      expect(await count()).toBe(2)
    } finally {
      client.close()
    }
  })

  it('should refuse a write while the file is away, even on the connection opened before the move', async () => {
    // The editor's autosave right after the file went away: no transaction has ended the old
    // connection yet, and in WAL mode nothing in SQLite stops the write (rollback-journal mode
    // answers SQLITE_READONLY_DBMOVED). The write must fail, and must not land in the moved file.
    fs.closeSync(fs.openSync(file, 'a'))
    const client = openExistingSqliteFile(file)
    const { count } = helpers(client)
    try {
      await createTable(client)
      expect(await count()).toBe(1)
      move(file, `${file}.away`)
      await expect(client.execute("INSERT INTO a VALUES ('during')")).rejects.toThrow(
        /unable to open/i,
      )
      expect(fs.existsSync(file)).toBe(false)
      move(`${file}.away`, file)
      expect(await count()).toBe(1)
    } finally {
      client.close()
    }
  })

  it('should, with the busy timeout kept on reopened connections, still fail while away and recover with it', async () => {
    fs.closeSync(fs.openSync(file, 'a'))
    const settings = { busyTimeout: 5000, wal: false as const }
    const client = keepSqlitePragmas(openExistingSqliteFile(file), settings)
    const { count, transaction } = helpers(client)
    const busyTimeout = async () => (await client.execute('PRAGMA busy_timeout')).rows[0]?.timeout
    try {
      await createTable(client)
      await transaction()
      move(file, `${file}.away`)
      await expect(count()).rejects.toThrow(/unable to open/i)
      expect(fs.existsSync(file)).toBe(false)

      move(`${file}.away`, file)
      expect(await count()).toBe(2)
      expect(await busyTimeout()).toBe(5000)
    } finally {
      client.close()
    }
  })
})
