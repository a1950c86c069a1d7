import type { DocToSync } from '@payloadcms/plugin-search/types'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Search } from '@/payload-types'

import { buildSearchDocument } from './buildSearchDocument'
import { searchPluginConfig } from './searchPluginConfig'

/** The collections plugin-search indexes. */
export type IndexedSlug = Extract<CollectionSlug, 'articles' | 'characters' | 'shows'>

const priorityOf = (collection: IndexedSlug): number => {
  const priority = searchPluginConfig.defaultPriorities?.[collection]
  return typeof priority === 'number' ? priority : 0
}

/**
 * Writes one document's search entry with the same `beforeSync` the plugin's hooks use,
 * creating it when missing. For entries whose words come from other documents (an article's
 * keywords are the names of the characters it tags and the titles of the shows it covers)
 * and for rebuilds. The caller decides whether the document belongs in search at all.
 */
export const syncSearchEntry = async ({
  payload,
  collection,
  doc,
  req,
}: {
  payload: Payload
  collection: IndexedSlug
  /** The whole document, at depth 0. */
  doc: { id: number | string }
  req?: Partial<PayloadRequest>
}): Promise<void> => {
  // As the plugin starts it: the document's own `title` (articles and shows have one).
  const searchDoc: DocToSync = {
    doc: { relationTo: collection, value: String(doc.id) },
    title: (doc as { title?: string | null }).title ?? '',
  }
  const data = await buildSearchDocument({
    collectionSlug: collection,
    originalDoc: doc,
    payload,
    req: (req ?? { payload }) as PayloadRequest,
    searchDoc,
  })
  const { docs: existing } = await payload.find({
    collection: 'search',
    where: {
      and: [{ 'doc.relationTo': { equals: collection } }, { 'doc.value': { equals: doc.id } }],
    },
    depth: 0,
    limit: 1,
    req,
  })
  // The generated types know only SQLite's numeric ids; MongoDB's are strings.
  const entry = { ...data, doc: { relationTo: collection, value: doc.id } as Search['doc'] }
  if (existing[0]) {
    await payload.update({ collection: 'search', id: existing[0].id, data: entry, req })
  } else {
    await payload.create({
      collection: 'search',
      data: { ...entry, priority: priorityOf(collection) },
      req,
    })
  }
}
