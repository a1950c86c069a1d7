/** Which adapter a `DATABASE_URI` selects, and the URL to hand it. */
export type DatabaseTarget = { kind: 'sqlite'; url: string } | { kind: 'mongodb'; url: string }

export const DEFAULT_SQLITE_URL = 'file:./data/cms.db'

/**
 * Unset or `file:` selects the embedded SQLite database; `mongodb://` and `mongodb+srv://`
 * select MongoDB. Anything else is refused here, at start-up, rather than failing later
 * inside a driver with a less helpful message.
 */
export const resolveDatabaseUri = (uri: string | undefined): DatabaseTarget => {
  const value = uri?.trim()
  if (!value) return { kind: 'sqlite', url: DEFAULT_SQLITE_URL }
  if (value.startsWith('file:')) return { kind: 'sqlite', url: value }
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', url: value }
  }
  throw new Error(
    `DATABASE_URI must start with "file:" (SQLite) or "mongodb://" / "mongodb+srv://" (MongoDB); got "${value.split(':')[0]}:…".`,
  )
}
