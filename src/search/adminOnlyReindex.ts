import type { Endpoint, Plugin, PayloadRequest } from 'payload'

import { checkRole } from '@/utilities/checkRole'

/** Set on a request while an admin's reindex runs; the search collection's write access reads it. */
export const SEARCH_REINDEX_CONTEXT = 'isAdminSearchReindex'

/** True while the request is an admin's reindex, the only time a user may write search entries. */
export const isAdminReindexing = (req: PayloadRequest): boolean =>
  req.context?.[SEARCH_REINDEX_CONTEXT] === true && checkRole(req.user, ['admin'])

const adminOnly = (endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: async (req) => {
    if (!checkRole(req.user, ['admin'])) {
      return Response.json(
        { message: 'Only an admin can rebuild the search index.' },
        { status: 403 },
      )
    }
    req.context = { ...req.context, [SEARCH_REINDEX_CONTEXT]: true }
    return endpoint.handler(req)
  },
})

/**
 * plugin-search's `POST /api/search/reindex` deletes and rewrites every entry with the caller's
 * own access, so the search collection would have to let that caller write entries at any
 * time. Instead nobody may write entries (the plugin's hooks write them as the system), and
 * this wraps the plugin's own reindex handler: an admin's reindex, and only that, runs with a
 * request flag that `isAdminReindexing` accepts. Runs after `searchPlugin` in the config.
 */
export const adminOnlySearchReindex =
  (searchSlug = 'search'): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collection.slug !== searchSlug
        ? collection
        : {
            ...collection,
            endpoints: (collection.endpoints || []).map((endpoint) =>
              endpoint.path === '/reindex' && endpoint.method === 'post'
                ? adminOnly(endpoint)
                : endpoint,
            ),
          },
    ),
  })
