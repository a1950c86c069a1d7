import type { DatabaseAdapterObj, PayloadRequest } from 'payload'

type Queue = Map<number | string, Array<() => void>>

/**
 * Where an adapter keeps the work waiting for each open transaction to commit. On the adapter
 * itself, under a registered symbol, not in a module-level map: Next bundles this module into
 * more than one server chunk, and every copy must find the same queue.
 */
const QUEUE = Symbol.for('spoilerproof.afterCommit')

type WithQueue = { [QUEUE]?: Queue }

/**
 * Runs `run` once the request's transaction has committed, or at once when the request has
 * none (the adapter runs without transactions, or the write was made outside one). Dropped if
 * the transaction rolls back: what it would announce never happened.
 *
 * Hooks run inside the save's transaction. Telling the page cache (or the edge) about a change
 * from there let a reader's request render the page again before the commit, from the old
 * data, and keep that render as the fresh one. The cache is told after the commit instead.
 */
export const afterCommit = (req: PayloadRequest, run: () => void): void => {
  const id: unknown = req.transactionID
  const queue = (req.payload.db as WithQueue)[QUEUE]
  // Payload leaves a settled promise (of null) where the adapter began no transaction.
  if (!queue || (typeof id !== 'string' && typeof id !== 'number')) {
    run()
    return
  }
  const waiting = queue.get(id)
  if (waiting) waiting.push(run)
  else queue.set(id, [run])
}

/** Wraps an adapter so its commits run what `afterCommit` queued, and rollbacks drop it. */
export const withAfterCommit = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as ReturnType<DatabaseAdapterObj['init']> & WithQueue
    const queue: Queue = new Map()
    adapter[QUEUE] = queue
    const commit = adapter.commitTransaction
    const rollback = adapter.rollbackTransaction
    adapter.commitTransaction = async (id) => {
      await commit.call(adapter, id)
      const waiting = queue.get(id as number | string)
      queue.delete(id as number | string)
      for (const run of waiting ?? []) run()
    }
    adapter.rollbackTransaction = async (id) => {
      queue.delete(id as number | string)
      await rollback.call(adapter, id)
    }
    return adapter
  },
})
