import { describe, expect, it } from 'vitest'

import { clientAddress } from '@/auth/loginThrottle/clientAddress'
import { loginKeys, PAIR_POLICY } from '@/auth/loginThrottle/loginKeys'
import { ThrottleStore } from '@/auth/loginThrottle/throttleStore'

const MINUTE = 60_000
const policy = { freeAttempts: 3, firstWaitMs: MINUTE, maxWaitMs: 4 * MINUTE }

const storeAt = (clock: { now: number }, maxEntries = 100) =>
  new ThrottleStore({ maxEntries, forgetAfterMs: 15 * MINUTE, now: () => clock.now })

describe('login throttle store', () => {
  it('should let the free attempts through, then double the wait up to its cap', () => {
    const clock = { now: 0 }
    const store = storeAt(clock)
    const keys = [{ key: 'pair', policy }]
    const waits: number[] = []
    for (let attempt = 0; attempt < 6; attempt++) {
      expect(store.waitMs(keys)).toBe(0)
      store.count(keys)
      waits.push(store.waitMs(keys))
      clock.now += store.waitMs(keys)
    }
    expect(waits).toEqual([0, 0, MINUTE, 2 * MINUTE, 4 * MINUTE, 4 * MINUTE])
  })

  it('should answer the longest wait of the keys, and forget a key after a quiet spell', () => {
    const clock = { now: 0 }
    const store = storeAt(clock)
    const slow = { key: 'slow', policy: { ...policy, freeAttempts: 1 } }
    store.count([slow, { key: 'fast', policy }])
    expect(store.waitMs([slow, { key: 'fast', policy }])).toBe(MINUTE)
    clock.now = MINUTE + 15 * MINUTE + 1
    store.count([{ key: 'other', policy }])
    expect(store.waitMs([slow])).toBe(0)
    store.count([slow])
    expect(store.waitMs([slow])).toBe(MINUTE)
  })

  it('should take back a forgiven attempt and end its wait, and forget keys by part', () => {
    const store = storeAt({ now: 0 })
    const keys = [{ key: 'client:a:acct', policy }]
    for (let attempt = 0; attempt < 3; attempt++) store.count(keys)
    expect(store.waitMs(keys)).toBeGreaterThan(0)
    store.forgiveOne('client:a:acct')
    expect(store.waitMs(keys)).toBe(0)
    store.count([{ key: 'device:b:acct', policy }])
    store.forgetMatching('acct')
    expect(store.size).toBe(0)
  })

  it('should keep at most maxEntries keys, dropping the least recently used', () => {
    const store = storeAt({ now: 0 }, 10)
    for (let n = 0; n < 1000; n++) store.count([{ key: `flood-${n}`, policy }])
    expect(store.size).toBe(10)
  })
})

describe('login keys and client address', () => {
  it('should charge a known browser only to itself and the account, others to three counters', () => {
    const known = loginKeys({ email: 'a@example.com', client: '203.0.113.1', device: 'dev' })
    expect(known).toEqual([{ key: expect.stringMatching(/^device:/), policy: PAIR_POLICY }])
    const unknown = loginKeys({ email: 'a@example.com', client: '203.0.113.1' })
    expect(unknown.map(({ key }) => key.split(':')[0])).toEqual(['client', 'account', 'client'])
    expect(loginKeys({ email: 'a@example.com' })).toHaveLength(2)
  })

  it('should keep keys short whatever the e-mail, and the same for the same e-mail', () => {
    const huge = loginKeys({ email: 'x'.repeat(1_000_000), client: '203.0.113.1' })
    expect(Math.max(...huge.map(({ key }) => key.length))).toBeLessThan(64)
    expect(loginKeys({ email: 'a@example.com' })).toEqual(loginKeys({ email: 'a@example.com' }))
  })

  it('should take the address the nearest trusted proxy saw', () => {
    const headers = new Headers({ 'x-forwarded-for': '10.0.0.9, 203.0.113.7, 198.51.100.2' })
    expect(clientAddress(headers, {})).toBe('198.51.100.2')
    expect(clientAddress(headers, { TRUSTED_PROXY_COUNT: '2' })).toBe('203.0.113.7')
    expect(clientAddress(new Headers(), {})).toBeUndefined()
  })
})
