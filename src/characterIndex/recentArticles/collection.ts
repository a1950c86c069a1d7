import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'

const nobody = () => false

/**
 * One document per character: its recent articles (its newest published ones), kept by the
 * character index on every article save (`refreshRecentArticles.ts`), never by hand. The "also appears in" sidebar reads these beside the
 * characters, so its cost does not grow with the number of articles: asking the articles for
 * "the newest five tagging any of these characters" meant reading every article tagging them
 * (26× slower at 100k articles than at 1k, docs/performance.md).
 *
 * Entries copy what a sidebar link shows, so reading them touches no article (on FerretDB,
 * whose SQLite backend uses no secondary index, that is a small scan instead of a scan of
 * every article body). Show titles are not copied: the sidebar looks them up, so renaming a
 * show needs no rebuild.
 *
 * Kept apart from the character document so that no editor's save of a character can send
 * back a stale copy, and so that writing them rewrites nothing else.
 */
export const RecentArticles: CollectionConfig = {
  slug: 'recent-articles',
  admin: { hidden: true },
  // Only published articles' public fields; readers may read them, nobody writes them.
  access: { read: anyone, create: nobody, update: nobody, delete: nobody },
  // Derived data: no versions, no locking of an admin view nobody opens.
  lockDocuments: false,
  fields: [
    {
      name: 'character',
      type: 'relationship',
      relationTo: 'characters',
      // Not required: a character removed below Payload (a raw adapter delete) leaves an
      // orphan document the database can point at nothing, instead of refusing the delete.
      unique: true,
      index: true,
    },
    {
      name: 'articles',
      type: 'array',
      fields: [
        // Text, not a relationship: no population on read, and no foreign key to break when
        // the article is deleted before its hook clears the entry.
        { name: 'articleId', type: 'text', required: true, index: true },
        { name: 'title', type: 'text', required: true },
        { name: 'slug', type: 'text', required: true },
        { name: 'publishedAt', type: 'date' },
        // [{ show: id, season, episode }]: the article's spoiler warnings, for the badge.
        { name: 'spoilerWarnings', type: 'json' },
      ],
    },
  ],
}
