import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

/**
 * Runs `work` in one transaction: commits when it returns, rolls back when it throws. Joins the
 * request's transaction if it already has one (the caller's commit then decides). Without a
 * request, a fresh local one is made per call, so each call is its own short transaction: keep
 * them short, since SQLite has one writer and the server's saves wait behind them.
 */
export const inTransaction = async <T>(
  target: { req: PayloadRequest } | { payload: Payload },
  work: (req: PayloadRequest) => Promise<T>,
): Promise<T> => {
  const req = 'req' in target ? target.req : await createLocalReq({}, target.payload)
  const shouldCommit = await initTransaction(req)
  try {
    const result = await work(req)
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
