import type { Access } from 'payload'

/**
 * Readers see published documents only; staff see drafts too. Returning a `Where` (not just
 * `false`) lets list queries filter instead of failing.
 */
export const publishedOrAuthenticated: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
