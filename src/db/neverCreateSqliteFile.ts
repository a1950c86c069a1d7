import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { _createClient } from '@libsql/client/sqlite3'
import type { DatabaseAdapterObj } from 'payload'

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
 * A libsql client for an existing SQLite file that never creates it. The libsql client drops its
 * connection after every transaction and reopens the database by path; with a plain path, a file
 * moved away or deleted under the running server was silently replaced by a new, empty database,
 * and the server never recovered (docs/operations.md, "When the database goes away"). Opened as
 * the SQLite URI `file:…?mode=rw`, the reopen fails while the file is missing, and succeeds again
 * once it is back, so the server recovers by itself.
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
  return _createClient(config)
}

/**
 * Wraps Payload's SQLite adapter so it connects through `openExistingSqliteFile`. The adapter
 * creates its own client only when it has none (`connect` checks `this.client`), so setting one
 * first is enough. On a first run the file does not exist yet: an empty file is created then,
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
      const adapter = adapterObj.init(args) as ReturnType<DatabaseAdapterObj['init']> & {
        client?: unknown
      }
      const connect = adapter.connect
      adapter.connect = async function (this: typeof adapter, options) {
        if (!this.client) {
          if (!fs.existsSync(filePath)) fs.closeSync(fs.openSync(filePath, 'a'))
          this.client = openExistingSqliteFile(filePath)
        }
        return connect?.call(this, options)
      }
      return adapter
    },
  }
}
