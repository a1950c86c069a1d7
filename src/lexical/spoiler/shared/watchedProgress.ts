import type { ShowId, SpoilerScope, WatchedProgress, WatchedUpTo } from './types'

/** The season count of each show (key: show id as a string), when known. */
export type SeasonCounts = Record<string, number | undefined>

const covers = (watched: WatchedUpTo, season: number, episode?: number | null): boolean => {
  if (watched.season !== season) return watched.season > season
  // Without an episode the reader finished the whole season.
  if (watched.episode == null) return true
  return episode != null && watched.episode >= episode
}

/**
 * Whether a reader who has watched this far may see a spoiler of this scope. A whole-show
 * scope counts as watched only when the reader finished the show's last known season; when
 * the season count is unknown it never does, because guessing wrong spoils someone.
 */
export const isScopeWatched = (
  scope: SpoilerScope,
  progress: WatchedProgress,
  seasonCounts: SeasonCounts = {},
): boolean => {
  const watched = progress[String(scope.show)]
  if (!watched) return false
  if (scope.season == null) {
    const lastSeason = seasonCounts[String(scope.show)]
    return lastSeason !== undefined && covers(watched, lastSeason)
  }
  return covers(watched, scope.season, scope.episode)
}

/** True when every scope is watched; an empty list (no scope known) is never watched. */
export const areScopesWatched = (
  scopes: SpoilerScope[],
  progress: WatchedProgress,
  seasonCounts: SeasonCounts = {},
): boolean =>
  scopes.length > 0 && scopes.every((scope) => isScopeWatched(scope, progress, seasonCounts))

const toWatchedUpTo = (value: unknown): WatchedUpTo | null => {
  if (typeof value !== 'object' || value === null) return null
  const { season, episode } = value as Record<string, unknown>
  if (typeof season !== 'number' || !Number.isInteger(season) || season < 1) return null
  const isEpisode = typeof episode === 'number' && Number.isInteger(episode) && episode >= 1
  return isEpisode ? { season, episode } : { season }
}

/**
 * Parses progress read from device storage. Anything malformed is dropped, never thrown:
 * the worst a bad value may do is hide a spoiler the reader could have seen.
 */
export const parseWatchedProgress = (raw: string | null | undefined): WatchedProgress => {
  if (!raw) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return {}
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {}
  const progress: WatchedProgress = {}
  for (const [show, value] of Object.entries(parsed)) {
    const watched = toWatchedUpTo(value)
    if (watched) progress[show] = watched
  }
  return progress
}

/** A copy of the progress with one show set (or cleared, when `watched` is null). */
export const withWatched = (
  progress: WatchedProgress,
  show: ShowId,
  watched: WatchedUpTo | null,
): WatchedProgress => {
  const { [String(show)]: _previous, ...rest } = progress
  return watched ? { ...rest, [String(show)]: toWatchedUpTo(watched) ?? watched } : rest
}
