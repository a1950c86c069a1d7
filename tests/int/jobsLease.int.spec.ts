import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@redis/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { shouldRunJobsNow } from '@/jobs/jobsConfig'
import { createJobsLease, JOBS_LEASE_KEY } from '@/jobs/jobsLease'

import { startRedis } from '../../scripts/edge/startRedis.mjs'
import { freePort } from '../../scripts/lib/mongoTestServer.mjs'

/**
 * Several instances on one database: exactly one runs the jobs queue (scheduled publishes),
 * chosen through a lease in a real Redis, and another takes over when it stops renewing.
 */
describe('one jobs runner among several instances', () => {
  let dir = ''
  let redis: Awaited<ReturnType<typeof startRedis>>
  let connected: ReturnType<typeof createClient>

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-jobs-lease-'))
    redis = await startRedis({ port: await freePort(), dir })
    connected = createClient({ url: redis.url })
    await connected.connect()
  })
  afterAll(async () => {
    await connected?.quit().catch(() => {})
    await redis?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('should let one instance hold the queue, keep it while renewing, and hand it over when it stops', async () => {
    await connected.del(JOBS_LEASE_KEY)
    const first = createJobsLease({ client: connected, owner: 'instance-a', ttlMs: 400 })
    const second = createJobsLease({ client: connected, owner: 'instance-b', ttlMs: 400 })
    expect(await first()).toBe(true)
    expect(await second()).toBe(false)
    expect(await first()).toBe(true)
    expect(await connected.get(JOBS_LEASE_KEY)).toBe('instance-a')
    // instance-a stops renewing (it died): after the lease runs out, instance-b takes over.
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(await second()).toBe(true)
    expect(await first()).toBe(false)
  })

  it('should run nothing when Redis cannot be asked, rather than risk two runners', async () => {
    const broken = { eval: () => Promise.reject(new Error('connection refused')) }
    expect(await createJobsLease({ client: broken, owner: 'instance-a' })()).toBe(false)
  })

  it('should keep one process without REDIS_URL running the queue, as before, unless turned off', async () => {
    expect(await shouldRunJobsNow({})).toBe(true)
    expect(await shouldRunJobsNow({ PAYLOAD_JOBS_AUTORUN: 'false' })).toBe(false)
    await connected.del(JOBS_LEASE_KEY)
    expect(await shouldRunJobsNow({ REDIS_URL: redis.url })).toBe(true)
    expect(await connected.get(JOBS_LEASE_KEY)).toMatch(new RegExp(`:${process.pid}:`))
  })
})
