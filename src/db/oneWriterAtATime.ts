import type { Client, InStatement, Transaction, TransactionMode } from '@libsql/client'
import { E_TIMEOUT, Mutex, withTimeout } from 'async-mutex'

/**
 * How long a write waits for the one before it in this process. A save holds the lock for
 * tens of milliseconds; only a stuck transaction comes near this, and then a clear error is
 * better than a request that never answers.
 */
export const WRITER_WAIT_MS = 30_000

export const WRITER_BUSY_MESSAGE =
  'The database is busy with another save. Nothing was changed; try again in a moment.'

const READ_ONLY_SQL = /^\s*(select|explain|with\s[\s\S]*?\)\s*select)\b/i

const sqlOf = (statement: InStatement): string =>
  typeof statement === 'string' ? statement : statement.sql

const isWrite = (statements: InStatement[]): boolean =>
  statements.some((statement) => !READ_ONLY_SQL.test(sqlOf(statement)))

/**
 * Lets one write at a time reach SQLite from this process, queued in JavaScript.
 *
 * SQLite has one writer. Between processes its busy timeout makes a second writer wait. Inside
 * one process it cannot: libsql's local client is synchronous, so a connection waiting for the
 * lock blocks the event loop, and the transaction holding the lock (waiting on that same event
 * loop to run its next statement) can never finish. The wait then ends in SQLITE_BUSY after the
 * full timeout, the failure tursodatabase/libsql-client-ts#288 describes. So every write
 * transaction (Payload's, through `transactionOptions`) and every write outside one takes this
 * lock first; reads never do, and WAL keeps them reading while a save runs.
 *
 * A write made outside the request's transaction while that transaction holds the lock (a hook
 * that forgets to pass `req`) would wait for itself; it fails after WRITER_WAIT_MS instead of
 * hanging. Relies on libsql internals: docs/upgrade-checklist.md.
 */
export const oneWriterAtATime = (client: Client, waitMs = WRITER_WAIT_MS): Client => {
  const lock = withTimeout(new Mutex(), waitMs, new Error(`SQLITE_BUSY: ${WRITER_BUSY_MESSAGE}`))
  const acquire = async (): Promise<() => void> => {
    try {
      return await lock.acquire()
    } catch (error) {
      if (error === E_TIMEOUT) throw new Error(`SQLITE_BUSY: ${WRITER_BUSY_MESSAGE}`)
      throw error
    }
  }
  const whileHolding = async <T>(run: () => Promise<T>): Promise<T> => {
    const release = await acquire()
    try {
      return await run()
    } finally {
      release()
    }
  }

  const execute = client.execute.bind(client) as (
    ...args: unknown[]
  ) => ReturnType<Client['execute']>
  const batch = client.batch.bind(client)
  const executeMultiple = client.executeMultiple.bind(client)
  const migrate = client.migrate.bind(client)
  const transaction = client.transaction.bind(client)

  return Object.assign(client, {
    execute: ((statement: InStatement, ...args: unknown[]) =>
      isWrite([statement])
        ? whileHolding(() => execute(statement, ...args))
        : execute(statement, ...args)) as Client['execute'],
    batch: ((statements: InStatement[], mode?: TransactionMode) =>
      mode === 'read' || !isWrite(statements)
        ? batch(statements, mode)
        : whileHolding(() => batch(statements, mode))) as Client['batch'],
    executeMultiple: ((sql: string) =>
      whileHolding(() => executeMultiple(sql))) as Client['executeMultiple'],
    migrate: ((statements: InStatement[]) =>
      whileHolding(() => migrate(statements))) as Client['migrate'],
    transaction: (async (mode?: TransactionMode) => {
      if (mode === 'read') return transaction(mode)
      const release = await acquire()
      try {
        return releasingOnEnd(await transaction(mode), release)
      } catch (error) {
        release()
        throw error
      }
    }) as Client['transaction'],
  })
}

/** The transaction, releasing the writer lock once it commits, rolls back or closes. */
const releasingOnEnd = (tx: Transaction, release: () => void): Transaction => {
  let isReleased = false
  const releaseOnce = () => {
    if (isReleased) return
    isReleased = true
    release()
  }
  const commit = tx.commit.bind(tx)
  const rollback = tx.rollback.bind(tx)
  const close = tx.close.bind(tx)
  return Object.assign(tx, {
    commit: async () => {
      try {
        await commit()
      } finally {
        releaseOnce()
      }
    },
    rollback: async () => {
      try {
        await rollback()
      } finally {
        releaseOnce()
      }
    },
    close: () => {
      try {
        close()
      } finally {
        releaseOnce()
      }
    },
  })
}
