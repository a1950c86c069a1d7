import type { Plugin } from 'payload'

import { explainMultipartLimit } from './explainMultipartLimit'
import { uploadLimits } from './limits'

export { limitEveryEndpoint } from './limitEveryEndpoint'

/**
 * The part of the request limits that is plain config: Payload's multipart parser limits, set
 * from the same numbers as the JSON document limit, so a form-data save (the admin's) and a JSON
 * save are refused at the same size, with the same clear 413. Everything that must reach every
 * collection and global, Payload's own included, is `limitEveryEndpoint`, applied to the
 * sanitized config.
 */
export const requestLimits = (): Plugin => (config) => ({
  ...config,
  upload: { ...config.upload, ...uploadLimits },
  hooks: {
    ...config.hooks,
    afterError: [...(config.hooks?.afterError ?? []), explainMultipartLimit],
  },
})
