import type { SearchPluginConfig } from '@payloadcms/plugin-search/types'

import { isAdminReindexingSearch } from '@/access/isAdminReindexingSearch'
import { anyone } from '@/access/anyone'
import type { User } from '@/payload-types'
import { checkRole } from '@/utilities/checkRole'

import { buildSearchDocument } from './buildSearchDocument'

/** Collections with drafts: only their exact `published` state may be indexed. */
const VERSIONED = new Set(['articles'])

/**
 * plugin-search: a `search` collection kept in sync with published articles, every character
 * and every show. Shows rank first, then characters, then articles (ties by newest), so a
 * search for a name leads to its page before the articles that mention it.
 */
export const searchPluginConfig: SearchPluginConfig = {
  collections: ['articles', 'characters', 'shows'],
  defaultPriorities: { shows: 30, characters: 20, articles: 10 },
  beforeSync: buildSearchDocument,
  // The plugin indexes every status but 'draft'; index only exactly 'published'. Drafts still
  // sync, because that sync is what removes an unpublished article's entry.
  skipSync: ({ collectionSlug, doc }) =>
    VERSIONED.has(collectionSlug) && doc?._status !== 'published' && doc?._status !== 'draft',
  searchOverrides: {
    // Derived from shows, characters and published articles and written only by the plugin:
    // nothing for editors to do there. Admins still see it, to check what readers' search holds.
    admin: {
      group: 'System',
      hidden: ({ user }) => !checkRole(user as User | null, ['admin']),
    },
    // Readers search shows, characters and published articles only (skipSync). Writes:
    // adminOnlyReindex.ts.
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
