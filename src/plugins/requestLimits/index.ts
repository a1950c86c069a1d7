import type { Plugin } from 'payload'

import { rejectOversizedInput } from './rejectOversizedInput'

/**
 * Size limits for every collection's API: documents and `where` queries. Merged into each
 * collection's own `beforeOperation` hooks, never replacing them, and first in line.
 */
export const requestLimits = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [rejectOversizedInput, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
})
