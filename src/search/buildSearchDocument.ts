import type { BeforeSync } from '@payloadcms/plugin-search/types'
import { extractID } from 'payload/shared'

import type { DocumentId } from '@/utilities/documentId'

import { characterSearchEntry, showSearchEntry } from './searchEntries'

const idsOf = (values: unknown): DocumentId[] =>
  Array.isArray(values)
    ? values.map((value) => extractID(value as DocumentId | { id: DocumentId }))
    : []

/**
 * What search indexes for an article: the title, the dek (written to be spoiler-safe), the
 * slug for the result link, and as keywords the names and aliases of the characters it tags
 * and the titles of the shows it covers. Never the body, so spoiler text cannot be found or
 * shown in a result.
 */
const articleSearchEntry: BeforeSync = async ({ originalDoc, req, searchDoc }) => {
  const characterIds = idsOf(originalDoc.characters)
  const showIds = idsOf(originalDoc.shows)
  const [characters, shows] = await Promise.all([
    characterIds.length
      ? req.payload.find({
          collection: 'characters',
          where: { id: { in: characterIds } },
          select: { name: true, aliases: true },
          depth: 0,
          pagination: false,
          req,
        })
      : { docs: [] },
    showIds.length
      ? req.payload.find({
          collection: 'shows',
          where: { id: { in: showIds } },
          select: { title: true },
          depth: 0,
          pagination: false,
          req,
        })
      : { docs: [] },
  ])
  const keywords = [
    ...characters.docs.flatMap((c) => [c.name, ...(c.aliases ?? []).map((a) => a.alias)]),
    ...shows.docs.map((s) => s.title),
  ]
  return {
    ...searchDoc,
    title: originalDoc.title ?? '',
    dek: originalDoc.dek ?? '',
    slug: originalDoc.slug ?? '',
    publishedAt: originalDoc.publishedAt ?? null,
    keywords: [...new Set(keywords)].join(' · '),
  }
}

/** plugin-search's `beforeSync`: what each indexed collection puts in the search index. */
export const buildSearchDocument: BeforeSync = (args) => {
  if (args.collectionSlug === 'characters') return characterSearchEntry(args)
  if (args.collectionSlug === 'shows') return showSearchEntry(args)
  return articleSearchEntry(args)
}
