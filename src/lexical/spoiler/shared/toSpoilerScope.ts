import type { ShowId, SpoilerScope } from './types'

const isShowId = (value: unknown): value is ShowId =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '')

const positiveInteger = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined

/**
 * Reads a scope from anything shaped like one: an article's spoiler warning (whose `show`
 * may be populated into an object), a spoiler block's fields or an inline spoiler's scope.
 * Returns null when there is no usable show, so callers fall back to the article's warnings.
 */
export const toSpoilerScope = (value: unknown): SpoilerScope | null => {
  if (typeof value !== 'object' || value === null) return null
  const record = value as Record<string, unknown>
  const rawShow = record.show
  const show =
    typeof rawShow === 'object' && rawShow !== null ? (rawShow as { id?: unknown }).id : rawShow
  if (!isShowId(show)) return null
  const season = positiveInteger(record.season)
  const episode = season === undefined ? undefined : positiveInteger(record.episode)
  return {
    show,
    ...(season === undefined ? {} : { season }),
    ...(episode === undefined ? {} : { episode }),
  }
}

/**
 * The scopes a spoiler stands for: its own when it has one, otherwise every warning of the
 * article it is in. A spoiler with neither has an empty list and is never auto-revealed.
 */
export const effectiveScopes = (own: unknown, articleWarnings: unknown): SpoilerScope[] => {
  const scope = toSpoilerScope(own)
  if (scope) return [scope]
  if (!Array.isArray(articleWarnings)) return []
  return articleWarnings.map(toSpoilerScope).filter((item): item is SpoilerScope => item !== null)
}
