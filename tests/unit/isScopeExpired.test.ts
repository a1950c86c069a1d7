import { describe, expect, it } from 'vitest'

import { areScopesExpired, isScopeExpired } from '@/lexical/spoiler/shared/isScopeExpired'
import type { ShowSpoilerInfo } from '@/lexical/spoiler/shared/types'

const shows: ShowSpoilerInfo[] = [
  {
    id: 1,
    title: 'Luke Cage',
    seasons: [
      { number: 1, premiereDate: '2016-09-30T00:00:00.000Z' },
      { number: 2, premiereDate: '2018-06-22T00:00:00.000Z' },
    ],
  },
  { id: 2, title: 'The Defenders', seasons: [{ number: 1, premiereDate: null }] },
]
const yearPolicy = { softenAfterDays: 365 }

describe('isScopeExpired', () => {
  it('should never expire under the default policy', () => {
    const scope = { show: 1, season: 1 }
    const now = new Date('2030-01-01')
    expect(isScopeExpired({ scope, policy: { softenAfterDays: null }, shows, now })).toBe(false)
  })

  it('should expire exactly the given number of days after the season premiere', () => {
    const scope = { show: 1, season: 2 }
    const policy = yearPolicy
    expect(isScopeExpired({ scope, policy, shows, now: new Date('2019-06-21T23:59:59Z') })).toBe(
      false,
    )
    expect(isScopeExpired({ scope, policy, shows, now: new Date('2019-06-22T00:00:00Z') })).toBe(
      true,
    )
  })

  it('should count an episode from its season’s premiere', () => {
    const scope = { show: 1, season: 2, episode: 7 }
    expect(isScopeExpired({ scope, policy: yearPolicy, shows, now: new Date('2019-07-01') })).toBe(
      true,
    )
  })

  it('should wait for the latest season when the scope is the whole show', () => {
    const scope = { show: 1 }
    const policy = yearPolicy
    expect(isScopeExpired({ scope, policy, shows, now: new Date('2018-01-01') })).toBe(false)
    expect(isScopeExpired({ scope, policy, shows, now: new Date('2019-07-01') })).toBe(true)
  })

  it('should not expire without a known premiere, show or season', () => {
    const now = new Date('2040-01-01')
    const policy = { softenAfterDays: 0 }
    expect(isScopeExpired({ scope: { show: 2 }, policy, shows, now })).toBe(false)
    expect(isScopeExpired({ scope: { show: 9, season: 1 }, policy, shows, now })).toBe(false)
    expect(isScopeExpired({ scope: { show: 1, season: 5 }, policy, shows, now })).toBe(false)
  })
})

describe('areScopesExpired', () => {
  const now = new Date('2030-01-01')

  it('should need every scope expired', () => {
    const scopes = [{ show: 1, season: 2 }, { show: 2 }]
    expect(areScopesExpired({ scopes, policy: yearPolicy, shows, now })).toBe(false)
    expect(areScopesExpired({ scopes: [scopes[0]], policy: yearPolicy, shows, now })).toBe(true)
  })

  it('should keep warnings when the article opts out, or when there is no scope', () => {
    const scopes = [{ show: 1, season: 2 }]
    expect(
      areScopesExpired({ scopes, policy: yearPolicy, shows, now, shouldKeepWarnings: true }),
    ).toBe(false)
    expect(areScopesExpired({ scopes: [], policy: yearPolicy, shows, now })).toBe(false)
  })
})
