import type { AfterErrorHook } from 'payload'

export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database is unavailable right now, so this was not saved or loaded. Everything saved before is safe. Keep this page open and try again in a minute.'

/**
 * Errors that mean the database cannot be reached or written, rather than a bad request:
 * SQLite whose file was moved or cannot be opened (`src/db/neverCreateSqliteFile.ts`), and a
 * MongoDB server that is down or unreachable.
 */
const UNAVAILABLE =
  /readonly database|SQLITE_READONLY|SQLITE_CANTOPEN|ConnectionFailed|unable to open|disk I\/O error|SQLITE_IOERR|MongoServerSelectionError|MongoNetworkError|MongoNotConnectedError|MongoTopologyClosedError|Server selection timed out|ECONNREFUSED|connection .* closed/i

export const isDatabaseUnavailable = (error: unknown): boolean => {
  for (let cause = error, depth = 0; cause && depth < 5; depth += 1) {
    const { name, message, code } = cause as { name?: string; message?: string; code?: string }
    if (UNAVAILABLE.test(`${name ?? ''} ${code ?? ''} ${message ?? ''}`)) return true
    cause = (cause as { cause?: unknown }).cause
  }
  return false
}

const unavailable = {
  status: 503,
  response: { errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] },
}

/** Whether the database answers a trivial query right now. */
const databaseAnswers = async (req: Parameters<AfterErrorHook>[0]['req']): Promise<boolean> => {
  try {
    await req.payload.db.count({ collection: 'users', where: {} })
    return true
  } catch (error) {
    return !isDatabaseUnavailable(error)
  }
}

/**
 * Payload answers every unexpected error with a 500 "Something went wrong.", which is all an
 * editor's autosave or save would show while the database is away. This answers 503 with a
 * message that says what happened and that nothing saved before is lost.
 *
 * Payload's auth strategy treats a failed user lookup as "not signed in", so with MongoDB down a
 * signed-in editor's save is refused with 403, as if they lacked permission. A 401/403 for a
 * request that carries credentials but found no user is therefore checked against the database
 * once, and reported as the outage it is.
 */
export const reportDatabaseUnavailable: AfterErrorHook = async ({ error, req }) => {
  if (isDatabaseUnavailable(error)) return unavailable
  const status = (error as { status?: number }).status
  if ((status !== 401 && status !== 403) || req.user) return
  const cookie = req.headers.get('cookie') ?? ''
  const hasCredentials =
    cookie.includes(`${req.payload.config.cookiePrefix}-token=`) ||
    Boolean(req.headers.get('authorization'))
  if (hasCredentials && !(await databaseAnswers(req))) return unavailable
}
