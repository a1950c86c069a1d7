import type { AfterErrorHook } from 'payload'

import { isDatabaseUnavailable } from './databaseUnavailable'

export const FAILED_WRITE_MESSAGE =
  'The save failed on the server, and nothing was changed: the document is as it was before. Try again; if it fails again, an administrator will find the cause in the server log.'

export const FAILED_WRITE_MESSAGE_WITHOUT_TRANSACTIONS =
  'The save failed on the server part-way. This database runs without transactions, so part of it may have been stored: reload the document and check it before saving again.'

export const MISSING_REFERENCE_MESSAGE =
  'This save refers to a document that does not exist (a show, image or person that was deleted, or a wrong id), so nothing was changed. Choose an existing one and save again.'

/** SQLite's foreign keys refuse a relationship to a document that does not exist. */
const isMissingReference = (error: unknown): boolean => {
  for (let cause = error, depth = 0; cause && depth < 5; depth += 1) {
    const { code, message } = cause as { code?: string; message?: string }
    if (
      code === 'SQLITE_CONSTRAINT_FOREIGNKEY' ||
      /FOREIGN KEY constraint failed/.test(message ?? '')
    )
      return true
    cause = (cause as { cause?: unknown }).cause
  }
  return false
}

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
  // The transaction was rolled back; the client sent an id of nothing, which is theirs to fix.
  if (isMissingReference(error)) {
    return { status: 400, response: { errors: [{ message: MISSING_REFERENCE_MESSAGE }] } }
  }
  const message = writesAreAtomic(req.payload.db)
    ? FAILED_WRITE_MESSAGE
    : FAILED_WRITE_MESSAGE_WITHOUT_TRANSACTIONS
  return { status: 500, response: { errors: [{ message }] } }
}
