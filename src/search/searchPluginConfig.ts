import type { SearchPluginConfig } from '@payloadcms/plugin-search/types'

import { isAdminReindexingSearch } from '@/access/isAdminReindexingSearch'
import { anyone } from '@/access/anyone'
import type { User } from '@/payload-types'
import { checkRole } from '@/utilities/checkRole'

import { buildSearchDocument } from './buildSearchDocument'

/** plugin-search: a `search` collection kept in sync with published articles only. */
export const searchPluginConfig: SearchPluginConfig = {
  collections: ['articles'],
  defaultPriorities: { articles: 10 },
  beforeSync: buildSearchDocument,
  // The plugin indexes every status but 'draft'; index only exactly 'published'. Drafts still
  // sync, because that sync is what removes an unpublished article's entry.
  skipSync: ({ doc }) => doc?._status !== 'published' && doc?._status !== 'draft',
  searchOverrides: {
    // Derived from published articles and written only by the plugin: nothing for editors to
    // do there. Admins still see it, to check what readers' search holds.
    admin: {
      group: 'System',
      hidden: ({ user }) => !checkRole(user as User | null, ['admin']),
    },
    // Readers search published articles only (skipSync). Writes: adminOnlyReindex.ts.
    access: {
      read: anyone,
      create: isAdminReindexingSearch,
      update: isAdminReindexingSearch,
      delete: isAdminReindexingSearch,
    },
    fields: ({ defaultFields }) => [
      ...defaultFields,
      { name: 'slug', type: 'text', index: true, admin: { readOnly: true } },
      { name: 'dek', type: 'textarea', admin: { readOnly: true } },
      { name: 'publishedAt', type: 'date', index: true, admin: { readOnly: true } },
      { name: 'keywords', type: 'textarea', admin: { readOnly: true } },
    ],
  },
}
