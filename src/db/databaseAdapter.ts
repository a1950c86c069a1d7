import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../migrations'
import { withAfterCommit } from './afterCommit'
import { detectMongoCompat, dropsUpdateProjection } from './mongoCompat'
import { neverCreateSqliteFile } from './neverCreateSqliteFile'
import { resolveDatabaseUri } from './resolveDatabaseUri'
import { withoutUpdateProjection } from './withoutUpdateProjection'

/** Fail fast on an unreachable MongoDB instead of the driver's 30-second default. */
const MONGO_SERVER_SELECTION_TIMEOUT_MS = 5_000

const ensureSqliteDirectory = (url: string): void => {
  const filePath = url.replace(/^file:/, '')
  if (filePath === ':memory:' || filePath.startsWith('//')) return
  fs.mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true })
}

export const databaseAdapter = (uri = process.env.DATABASE_URI): DatabaseAdapterObj => {
  const target = resolveDatabaseUri(uri)

  if (target.kind === 'mongodb') {
    const adapter = mongooseAdapter({
      url: target.url,
      connectOptions: { serverSelectionTimeoutMS: MONGO_SERVER_SELECTION_TIMEOUT_MS },
      // FerretDB has no $lookup, rejects index hints and update projections; those settings
      // are switched on only when the server says it is FerretDB. See docs/mongodb.md.
      afterOpenConnection: detectMongoCompat,
    })
    return withAfterCommit(withoutUpdateProjection(adapter, dropsUpdateProjection))
  }

  ensureSqliteDirectory(target.url)
  const adapter = sqliteAdapter({
    client: { url: target.url },
    // The schema only ever changes through committed migrations, in development too, so
    // `npm run dev` and `npm start` build identical databases. `npm run migrate:check` fails
    // CI when the collections and the migrations disagree.
    push: false,
    migrationDir: path.resolve(process.cwd(), 'src/migrations'),
    prodMigrations: migrations,
    // WAL lets the public site keep reading while an editor saves; the busy timeout makes a
    // second writer wait instead of failing. Applied by neverCreateSqliteFile (the adapter skips
    // them for a client it did not create); checked by tests/int/sqliteSettings.int.spec.ts.
    wal: true,
    busyTimeout: 5_000,
    // Every save in one transaction, so a write that fails part-way changes nothing. libsql
    // begins write transactions IMMEDIATE; src/db/oneWriterAtATime.ts queues them in-process.
    // Checked by tests/int/atomicWrites.int.spec.ts.
    transactionOptions: {},
  })
  // A missing file must fail, not be replaced by an empty database (docs/operations.md).
  return withAfterCommit(neverCreateSqliteFile(adapter, target.url))
}
