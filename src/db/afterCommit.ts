import type { DatabaseAdapterObj, PayloadRequest } from 'payload'

type Queue = Map<number | string, Array<() => void>>

/** Work waiting for each open transaction to commit, per adapter. */
const queues = new WeakMap<object, Queue>()

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
  const id = req.transactionID
  const queue = queues.get(req.payload.db)
  if (!queue || id === undefined || id === null || id instanceof Promise) {
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
    const adapter = adapterObj.init(args)
    const queue: Queue = new Map()
    queues.set(adapter, queue)
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
