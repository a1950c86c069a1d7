import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { _createClient } from '@libsql/client/sqlite3'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { beforeEachClientCall, type ClientCall } from './beforeEachClientCall'
import { oneWriterAtATime } from './oneWriterAtATime'
import { applySqlitePragmas, keepSqlitePragmas } from './sqlitePragmas'

type ExpandedConfig = Parameters<typeof _createClient>[0]

/**
 * The path of a local SQLite file in a `file:` URL, or null for anything this module leaves
 * alone (in-memory databases, URLs with query parameters or a host).
 */
export const sqliteFilePath = (url: string): string | null => {
  const rest = url.replace(/^file:/, '')
  if (rest.includes('?') || rest.includes('#') || rest.startsWith(':memory:')) return null
  if (rest.startsWith('///')) return rest.slice(2)
  if (rest.startsWith('//')) return null
  return path.resolve(rest)
}

/**
 * A libsql client for an existing SQLite file that never creates it, and never writes to it
 * while it is away. The libsql client drops its connection after every transaction and reopens
 * the database by path; with a plain path, a file moved away or deleted under the running server
 * was silently replaced by a new, empty database, and the server never recovered
 * (docs/operations.md, "When the database goes away"). Opened as the SQLite URI
 * `file:…?mode=rw`, the reopen fails while the file is missing, and succeeds again once it is
 * back, so the server recovers by itself.
 *
 * The connection open at the moment of the move still holds the moved file, and in WAL mode
 * SQLite goes on writing to it (only rollback-journal mode answers SQLITE_READONLY_DBMOVED): an
 * editor's save would then "succeed" into a file the operator has taken away, or deleted. So
 * every write first checks that the file is at its path (one stat, microseconds) and otherwise
 * fails as SQLite does when it cannot open a file. Reads go on: the moved file's data is the
 * data, and readers of pages not in the cache keep getting them until the connection closes.
 */
export const openExistingSqliteFile = (filePath: string) => {
  const config: ExpandedConfig = {
    scheme: 'file',
    tls: false,
    authority: undefined,
    path: `${pathToFileURL(filePath).href}?mode=rw`,
    intMode: 'number',
    concurrency: 20,
    authToken: undefined,
    encryptionKey: undefined,
    syncUrl: undefined,
    syncInterval: undefined,
    fetch: undefined,
  }
  return beforeEachClientCall(_createClient(config), (call) => {
    if (isReadOnly(call) || fs.existsSync(filePath)) return
    throw Object.assign(new Error(`SQLITE_CANTOPEN: unable to open database file ${filePath}`), {
      code: 'SQLITE_CANTOPEN',
    })
  })
}

/** Statements that cannot change the database; anything else counts as a write. */
const READ_ONLY_SQL = /^\s*(select|explain)\b|^\s*pragma\s+[\w.]+\s*;?\s*$/i

const isReadOnly = ({ name, args }: ClientCall): boolean => {
  if (name === 'transaction') return args[0] === 'read'
  if (name !== 'execute') return false
  const statement = args[0] as string | { sql?: string }
  const sql = typeof statement === 'string' ? statement : statement?.sql
  return typeof sql === 'string' && READ_ONLY_SQL.test(sql)
}

/**
 * Wraps Payload's SQLite adapter so it connects through `openExistingSqliteFile`. The adapter
 * creates its own client only when it has none (`connect` checks `this.client`), so setting one
 * first is enough; but then the adapter also skips its pragmas (WAL, busy timeout), so they are
 * applied here, and kept on the connections libsql reopens (sqlitePragmas.ts). On a first run the file does not exist yet: an empty file is created then,
 * once, at start-up (SQLite treats a zero-byte file as an empty database), and the migrations
 * build the schema in it as before.
 */
export const neverCreateSqliteFile = (
  adapterObj: DatabaseAdapterObj,
  url: string,
): DatabaseAdapterObj => {
  const filePath = sqliteFilePath(url)
  if (!filePath) return adapterObj
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as ReturnType<DatabaseAdapterObj['init']> &
        Pick<SQLiteAdapter, 'busyTimeout' | 'wal'> & { client?: SQLiteAdapter['client'] }
      const connect = adapter.connect
      adapter.connect = async function (this: typeof adapter, options) {
        if (!this.client) {
          if (!fs.existsSync(filePath)) fs.closeSync(fs.openSync(filePath, 'a'))
          const client = keepSqlitePragmas(openExistingSqliteFile(filePath), this)
          await applySqlitePragmas(client, this)
          // Payload's transactions are on (databaseAdapter.ts); one write at a time in-process.
          this.client = oneWriterAtATime(client)
        }
        return connect?.call(this, options)
      }
      return adapter
    },
  }
}
