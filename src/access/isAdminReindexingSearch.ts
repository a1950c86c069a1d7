import type { Access } from 'payload'

import { isAdminReindexing } from '@/search/adminOnlyReindex'

/**
 * Search entries are written by plugin-search's hooks as the system (Local API, access
 * overridden). A user may write them only inside an admin's reindex, so no role can re-point,
 * forge or delete a result through REST.
 */
export const isAdminReindexingSearch: Access = ({ req }) => isAdminReindexing(req)
