import type { Client } from '@libsql/client'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'

import { beforeEachClientCall } from './beforeEachClientCall'

type Settings = Pick<SQLiteAdapter, 'busyTimeout' | 'wal'>

/** The settings SQLite keeps per connection, not in the file (WAL itself stays in the file). */
const perConnection = ({ busyTimeout, wal }: Settings): string[] => [
  ...(busyTimeout > 0 ? [`PRAGMA busy_timeout = ${busyTimeout}`] : []),
  ...(wal
    ? [
        `PRAGMA journal_size_limit = ${wal.journalSizeLimit}`,
        `PRAGMA synchronous = ${wal.synchronous}`,
      ]
    : []),
]

/**
 * The pragmas Payload's SQLite adapter runs in `connect`, but only on a client it creates
 * itself (node_modules/@payloadcms/db-sqlite/dist/connect.js); ours is made before connect, so
 * without this the database ran in rollback-journal mode with no busy timeout (issue 11).
 */
export const applySqlitePragmas = async (client: Client, settings: Settings): Promise<void> => {
  if (settings.wal) {
    const result = await client.execute('PRAGMA journal_mode')
    if (result.rows[0]?.journal_mode !== 'wal') await client.execute('PRAGMA journal_mode = WAL')
  }
  for (const sql of perConnection(settings)) await client.execute(sql)
}

/**
 * libsql's local client hands its connection to every `transaction()` and opens a new one, by
 * path, on next use; that new connection has SQLite's defaults again (busy_timeout 0: a write
 * meeting another fails at once with SQLITE_BUSY). This re-runs the per-connection pragmas on
 * the first call after a transaction started, in one `executeMultiple`, which libsql runs
 * synchronously, so no other call can reach the new connection first. If the reopen fails (the
 * file is missing, see neverCreateSqliteFile.ts), the call fails as it would have, and the next
 * one tries again. Relies on libsql internals: docs/upgrade-checklist.md.
 */
export const keepSqlitePragmas = (client: Client, settings: Settings): Client => {
  const pragmas = perConnection(settings).join(';\n')
  if (!pragmas) return client
  const executeMultiple = client.executeMultiple.bind(client)
  let fresh = false
  return beforeEachClientCall(
    client,
    async () => {
      if (!fresh) return
      await executeMultiple(pragmas)
      fresh = false
    },
    () => {
      fresh = true
    },
  )
}
