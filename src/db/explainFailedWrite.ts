import type { AfterErrorHook } from 'payload'

import { isDatabaseUnavailable } from './databaseUnavailable'

export const FAILED_WRITE_MESSAGE =
  'The save failed on the server, and nothing was changed: the document is as it was before. Try again; if it fails again, an administrator will find the cause in the server log.'

export const FAILED_WRITE_MESSAGE_WITHOUT_TRANSACTIONS =
  'The save failed on the server part-way. This database runs without transactions, so part of it may have been stored: reload the document and check it before saving again.'

/** Whether the adapter runs every write in a transaction (SQLite as configured; a MongoDB replica set). */
const writesAreAtomic = (db: { transactionOptions?: unknown }): boolean =>
  Boolean(db.transactionOptions)

/**
 * An unexpected failure of a write answered "Something went wrong.", which tells an editor
 * neither whether their save happened nor what to do. The write ran in a transaction that was
 * rolled back, so this says that nothing changed; on a database without transactions (FerretDB,
 * a MongoDB that is not a replica set) it says the opposite, honestly. Refusals (4xx) and an
 * unavailable database (503, reportDatabaseUnavailable) keep their own messages.
 */
export const explainFailedWrite: AfterErrorHook = ({ error, req }) => {
  const status = (error as { status?: number }).status ?? 500
  if (status < 500 || isDatabaseUnavailable(error)) return
  if (!req.method || req.method === 'GET' || req.method === 'HEAD') return
  const message = writesAreAtomic(req.payload.db)
    ? FAILED_WRITE_MESSAGE
    : FAILED_WRITE_MESSAGE_WITHOUT_TRANSACTIONS
  return { status: 500, response: { errors: [{ message }] } }
}
