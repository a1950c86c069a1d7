import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterEach, describe, expect, it } from 'vitest'

/**
 * Pins down what docs/operations.md ("When the database goes away") reports about the libsql
 * client Payload's SQLite adapter uses: it reopens the database by path after each
 * transaction, so a file moved away under a running server is replaced by an empty one and
 * moving it back does not recover. If this test starts failing, libsql changed: update the doc.
 */
describe('libsql client with its SQLite file moved away', () => {
  let dir: string

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('should keep working until a transaction, then reopen an empty file and not recover', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-moved-'))
    const file = path.join(dir, 'cms.db')
    const client = createClient({ url: `file:${file}` })
    const count = async () => (await client.execute('SELECT count(*) AS n FROM a')).rows[0]?.n
    const transaction = async () => {
      const tx = await client.transaction('write')
      await tx.execute("INSERT INTO a VALUES ('tx')")
      await tx.commit()
    }
    const move = (from: string, to: string) => {
      for (const part of ['', '-wal', '-shm']) {
        if (fs.existsSync(`${from}${part}`)) fs.renameSync(`${from}${part}`, `${to}${part}`)
      }
    }
    try {
      await client.execute('PRAGMA journal_mode=WAL')
      await client.execute('CREATE TABLE a (x TEXT)')
      await client.execute("INSERT INTO a VALUES ('one')")

      move(file, `${file}.away`)
      expect(await count()).toBe(1)
      await transaction()
      await expect(count()).rejects.toThrow(/no such table/)
      expect(fs.existsSync(file)).toBe(true)

      move(`${file}.away`, file)
      await expect(count()).rejects.toThrow(/no such table|SHORT_READ/)
      await expect(transaction()).rejects.toThrow()
      await expect(count()).rejects.toThrow(/no such table|SHORT_READ/)
    } finally {
      client.close()
    }
  })
})
