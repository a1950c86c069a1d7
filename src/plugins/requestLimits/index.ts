import type { Plugin } from 'payload'

import { explainMultipartLimit } from './explainMultipartLimit'
import { uploadLimits } from './limits'
import { rejectOversizedInput } from './rejectOversizedInput'

/**
 * Size limits for every collection's API: documents and `where` queries. Merged into each
 * collection's own `beforeOperation` hooks, never replacing them, and first in line. It also
 * sets Payload's multipart parser limits from the same numbers, so a form-data save (the
 * admin's) and a JSON save are refused at the same size, with the same clear 413.
 */
export const requestLimits = (): Plugin => (config) => ({
  ...config,
  upload: { ...config.upload, ...uploadLimits },
  hooks: {
    ...config.hooks,
    afterError: [...(config.hooks?.afterError ?? []), explainMultipartLimit],
  },
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [rejectOversizedInput, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
})
