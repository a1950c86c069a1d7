import type { CollectionBeforeChangeHook, GlobalBeforeChangeHook, Plugin } from 'payload'

import { dropForeignRowIds } from './dropForeignRowIds'

const forCollections: CollectionBeforeChangeHook = ({ collection, data, originalDoc }) => {
  dropForeignRowIds(collection.flattenedFields, data, originalDoc)
  return data
}

const forGlobals: GlobalBeforeChangeHook = ({ data, global, originalDoc }) => {
  dropForeignRowIds(global.flattenedFields, data, originalDoc)
  return data
}

/**
 * Every array and block row a save carries keeps its id only if the document already has that
 * row; any other row is new and gets a fresh id (see dropForeignRowIds). First in each
 * collection's and global's `beforeChange` hooks, for every caller.
 */
export const foreignRowIds = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeChange: [forCollections, ...(collection.hooks?.beforeChange ?? [])],
    },
  })),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    hooks: { ...global.hooks, beforeChange: [forGlobals, ...(global.hooks?.beforeChange ?? [])] },
  })),
})
