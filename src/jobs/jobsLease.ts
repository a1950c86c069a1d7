import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'

import { connectRedis, waitForReady } from '@/redis/connectRedis.mjs'

/** The one Redis key every instance competes for; its value names the instance holding it. */
export const JOBS_LEASE_KEY = 'spoilerproof:jobs-runner'

/**
 * How long a lease lasts without renewal. The holder renews it on every runner tick (each
 * minute), so a runner that dies hands the queue to another instance within this time.
 */
export const JOBS_LEASE_MS = 150_000

/** Renew the lease if this instance holds it, take it if nobody does; 1 if ours afterwards. */
const RENEW_OR_TAKE = `
if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('pexpire', KEYS[1], ARGV[2])
end
if redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
return 0`

type LeaseClient = {
  eval: (script: string, options: { keys: string[]; arguments: string[] }) => Promise<unknown>
}

type JobsLeaseOptions = { client: LeaseClient; owner: string; ttlMs?: number }

/**
 * "Does this instance run the jobs queue now?" With several instances on one database, two
 * runners could both pick up a scheduled publish (Payload claims jobs without a transaction),
 * so exactly one instance holds a lease in Redis and runs the queue. Without Redis (outage)
 * nobody runs it: scheduled publishes wait, and are published once Redis is back.
 */
export const createJobsLease =
  ({ client, owner, ttlMs = JOBS_LEASE_MS }: JobsLeaseOptions) =>
  async (): Promise<boolean> => {
    try {
      const result = await client.eval(RENEW_OR_TAKE, {
        keys: [JOBS_LEASE_KEY],
        arguments: [owner, String(ttlMs)],
      })
      return result === 1
    } catch {
      return false
    }
  }

let processLease: (() => Promise<boolean>) | null = null

/** This process's lease, connected on first use (the first runner tick). */
export const holdsJobsLease = async (redisUrl: string): Promise<boolean> => {
  if (!processLease) {
    const client = connectRedis({ url: redisUrl, name: 'jobs' })
    processLease = createJobsLease({
      client: client as unknown as LeaseClient,
      owner: `${hostname()}:${process.pid}:${randomUUID()}`,
    })
    await waitForReady(client, 2_000)
  }
  return processLease()
}
