import type { DocToSync } from '@payloadcms/plugin-search/types'
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { buildSearchDocument } from './buildSearchDocument'
import { searchPluginConfig } from './searchPluginConfig'

type IndexedSlug = Extract<CollectionSlug, 'articles' | 'characters' | 'shows'>

const BATCH = 100

/** What readers may find: published articles only; every character and show. */
const INDEXED: Array<{ collection: IndexedSlug; where?: Where }> = [
  { collection: 'shows' },
  { collection: 'characters' },
  { collection: 'articles', where: { _status: { equals: 'published' } } },
]

const priorityOf = (collection: IndexedSlug): number => {
  const priority = searchPluginConfig.defaultPriorities?.[collection]
  return typeof priority === 'number' ? priority : 0
}

/**
 * Rebuilds the search entry of every show, character and published article (or those of the
 * given collections) with the same
 * `beforeSync` the plugin's hooks use, creating the missing ones; returns how many were
 * written. For data that predates an indexed collection (the migration that added characters
 * and shows) and for `npm run reindex` after imports. Drafts are never touched: the plugin's
 * hooks already removed the entries of articles that are no longer published.
 */
export const reindexSearch = async (
  payload: Payload,
  {
    req,
    collections = INDEXED.map(({ collection }) => collection),
  }: { req?: Partial<PayloadRequest>; collections?: IndexedSlug[] } = {},
) => {
  const request = (req ?? { payload }) as PayloadRequest
  let written = 0
  for (const { collection, where } of INDEXED.filter((entry) =>
    collections.includes(entry.collection),
  )) {
    for (let page = 1, hasNextPage = true; hasNextPage; page++) {
      const batch = await payload.find({ collection, where, depth: 0, limit: BATCH, page, req })
      hasNextPage = batch.hasNextPage
      for (const doc of batch.docs) {
        const searchDoc: DocToSync = {
          doc: { relationTo: collection, value: String(doc.id) },
          title: '',
        }
        const data = await buildSearchDocument({
          collectionSlug: collection,
          originalDoc: doc,
          payload,
          req: request,
          searchDoc,
        })
        const { docs: existing } = await payload.find({
          collection: 'search',
          where: {
            and: [
              { 'doc.relationTo': { equals: collection } },
              { 'doc.value': { equals: doc.id } },
            ],
          },
          depth: 0,
          limit: 1,
          req,
        })
        const entry = { ...data, doc: { relationTo: collection, value: doc.id } }
        if (existing[0]) {
          await payload.update({ collection: 'search', id: existing[0].id, data: entry, req })
        } else {
          await payload.create({
            collection: 'search',
            data: { ...entry, priority: priorityOf(collection) },
            req,
          })
        }
        written++
      }
    }
  }
  return written
}
