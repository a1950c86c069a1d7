import type { ShowSpoilerInfo, SpoilerPolicy, SpoilerScope } from './types'

const DAY_MS = 24 * 60 * 60 * 1000

const premiereTime = (date: string | null | undefined): number | null => {
  if (!date) return null
  const time = Date.parse(date)
  return Number.isNaN(time) ? null : time
}

/**
 * The moment a scope's warning softens under the policy, or null when it never does: no
 * policy, an unknown show, or a season whose premiere date is unknown. A whole-show scope
 * waits for the show's latest season; an episode counts from its season's premiere, since
 * streaming seasons arrive all at once.
 */
export const scopeExpiresAt = (
  scope: SpoilerScope,
  policy: SpoilerPolicy,
  shows: ShowSpoilerInfo[],
): number | null => {
  const days = policy.softenAfterDays
  if (days === null || !Number.isFinite(days) || days < 0) return null
  const show = shows.find((candidate) => String(candidate.id) === String(scope.show))
  if (!show || show.seasons.length === 0) return null
  const seasons =
    scope.season == null
      ? show.seasons
      : show.seasons.filter((season) => season.number === scope.season)
  if (seasons.length === 0) return null
  const premieres = seasons.map((season) => premiereTime(season.premiereDate))
  if (premieres.some((time) => time === null)) return null
  return Math.max(...(premieres as number[])) + days * DAY_MS
}

/** Whether a scope's warning has softened by `now`. */
export const isScopeExpired = ({
  scope,
  policy,
  shows,
  now,
}: {
  scope: SpoilerScope
  policy: SpoilerPolicy
  shows: ShowSpoilerInfo[]
  now: Date | number
}): boolean => {
  const expiresAt = scopeExpiresAt(scope, policy, shows)
  return expiresAt !== null && new Date(now).getTime() >= expiresAt
}

/**
 * Whether a spoiler (or a whole banner) standing for these scopes has softened: every scope
 * must have expired, and an article that opted out keeps its warnings for good.
 */
export const areScopesExpired = ({
  scopes,
  policy,
  shows,
  now,
  shouldKeepWarnings = false,
}: {
  scopes: SpoilerScope[]
  policy: SpoilerPolicy
  shows: ShowSpoilerInfo[]
  now: Date | number
  shouldKeepWarnings?: boolean
}): boolean =>
  !shouldKeepWarnings &&
  scopes.length > 0 &&
  scopes.every((scope) => isScopeExpired({ scope, policy, shows, now }))
