import { describe, expect, it } from 'vitest'

import { effectiveScopes } from '@/lexical/spoiler/shared/toSpoilerScope'
import {
  areScopesWatched,
  isScopeWatched,
  parseWatchedProgress,
  withWatched,
} from '@/lexical/spoiler/shared/watchedProgress'

describe('isScopeWatched', () => {
  const upToSeason2 = { '1': { season: 2 } }
  const upToS2E3 = { '1': { season: 2, episode: 3 } }

  it('should reveal a season the reader has finished, and earlier ones', () => {
    expect(isScopeWatched({ show: 1, season: 2 }, upToSeason2)).toBe(true)
    expect(isScopeWatched({ show: 1, season: 1 }, upToSeason2)).toBe(true)
    expect(isScopeWatched({ show: 1, season: 2, episode: 10 }, upToSeason2)).toBe(true)
  })

  it('should keep a later season hidden', () => {
    expect(isScopeWatched({ show: 1, season: 3 }, upToSeason2)).toBe(false)
  })

  it('should compare episodes within the season the reader is part-way through', () => {
    expect(isScopeWatched({ show: 1, season: 2, episode: 3 }, upToS2E3)).toBe(true)
    expect(isScopeWatched({ show: 1, season: 2, episode: 4 }, upToS2E3)).toBe(false)
    expect(isScopeWatched({ show: 1, season: 2 }, upToS2E3)).toBe(false)
    expect(isScopeWatched({ show: 1, season: 1, episode: 9 }, upToS2E3)).toBe(true)
  })

  it('should keep other shows hidden', () => {
    expect(isScopeWatched({ show: 2, season: 1 }, upToSeason2)).toBe(false)
  })

  it('should match ids of either type, as SQLite and MongoDB store them', () => {
    expect(isScopeWatched({ show: '1', season: 2 }, upToSeason2)).toBe(true)
  })

  it('should reveal a whole-show scope only once the last known season is finished', () => {
    expect(isScopeWatched({ show: 1 }, upToSeason2)).toBe(false)
    expect(isScopeWatched({ show: 1 }, upToSeason2, { '1': 2 })).toBe(true)
    expect(isScopeWatched({ show: 1 }, upToSeason2, { '1': 3 })).toBe(false)
    expect(isScopeWatched({ show: 1 }, upToS2E3, { '1': 2 })).toBe(false)
  })

  it('should never reveal an empty list of scopes, and need all of several', () => {
    expect(areScopesWatched([], upToSeason2)).toBe(false)
    expect(
      areScopesWatched(
        [
          { show: 1, season: 2 },
          { show: 2, season: 1 },
        ],
        upToSeason2,
      ),
    ).toBe(false)
  })
})

describe('effectiveScopes', () => {
  const warnings = [{ show: { id: 1, title: 'Luke Cage' }, season: 2 }, { show: 2 }]

  it('should use the spoiler’s own scope when it has one', () => {
    expect(effectiveScopes({ show: 3, season: 1 }, warnings)).toEqual([{ show: 3, season: 1 }])
  })

  it('should inherit the article’s warnings without a scope', () => {
    expect(effectiveScopes(null, warnings)).toEqual([{ show: 1, season: 2 }, { show: 2 }])
    expect(effectiveScopes({ season: 2 }, warnings)).toHaveLength(2)
  })
})

describe('parseWatchedProgress', () => {
  it('should read what withWatched stores', () => {
    const progress = withWatched(withWatched({}, 1, { season: 2 }), 'abc', {
      season: 1,
      episode: 4,
    })
    expect(parseWatchedProgress(JSON.stringify(progress))).toEqual({
      '1': { season: 2 },
      abc: { season: 1, episode: 4 },
    })
  })

  it('should clear one show', () => {
    expect(withWatched({ '1': { season: 2 }, '2': { season: 1 } }, 1, null)).toEqual({
      '2': { season: 1 },
    })
  })

  it('should drop anything malformed instead of throwing', () => {
    expect(parseWatchedProgress('not json')).toEqual({})
    expect(parseWatchedProgress('[1,2]')).toEqual({})
    expect(parseWatchedProgress(null)).toEqual({})
    expect(
      parseWatchedProgress(
        JSON.stringify({ a: { season: 0 }, b: 'x', c: { season: 2, episode: -1 } }),
      ),
    ).toEqual({ c: { season: 2 } })
  })
})
