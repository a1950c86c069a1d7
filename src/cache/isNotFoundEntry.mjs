/**
 * Whether a value Next is about to store in its incremental cache is an answer about nothing:
 * a page or route handler that answered 404, or an `unstable_cache` lookup that returned
 * `null` (how every `src/queries` read by slug says "no such document"; unstable_cache stores
 * the JSON of its result as the entry's body).
 *
 * @param {{ kind?: string, status?: number, data?: { body?: unknown } } | null | undefined} value
 * @returns {boolean}
 */
export const isNotFoundEntry = (value) => {
  if (!value) return false
  if (value.kind === 'APP_PAGE' || value.kind === 'APP_ROUTE') return value.status === 404
  if (value.kind === 'FETCH') return value.data?.body === 'null'
  return false
}
