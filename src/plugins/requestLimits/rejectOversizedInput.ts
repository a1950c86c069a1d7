import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { countWhereTerms } from './countWhereTerms'
import { exceedsDepth } from './exceedsDepth'
import { MAX_DATA_BYTES, MAX_DATA_DEPTH, MAX_WHERE_TERMS, megabytes } from './limits'

/**
 * Refuses an oversized document (413), one nested absurdly deep (400) or an oversized
 * `where` (400) from an API client
 * before any hook, access query or database call runs, so one such request cannot tie up the
 * database for others. The server's own Local API calls (hooks, the sidebar, imports, the
 * reindex) are trusted and may legitimately ask for thousands of ids.
 */
export const rejectOversizedInput: CollectionBeforeOperationHook = ({ args, req }) => {
  if (req.payloadAPI === 'local') return args
  const { data, where } = args as { data?: unknown; where?: unknown }
  if (where !== undefined) {
    const terms = countWhereTerms(where, MAX_WHERE_TERMS)
    if (terms > MAX_WHERE_TERMS) {
      throw new APIError(
        `The "where" query is too large: more than ${MAX_WHERE_TERMS} conditions and values.`,
        400,
        undefined,
        true,
      )
    }
  }
  if (data !== undefined) {
    if (exceedsDepth(data, MAX_DATA_DEPTH)) {
      throw new APIError(
        `The document is nested too deeply: more than ${MAX_DATA_DEPTH} levels of objects and lists.`,
        400,
        undefined,
        true,
      )
    }
    const bytes = Buffer.byteLength(JSON.stringify(data) ?? '')
    if (bytes > MAX_DATA_BYTES) {
      throw new APIError(
        `The document is too large: ${megabytes(bytes)}, the limit is ${megabytes(MAX_DATA_BYTES)}.`,
        413,
        undefined,
        true,
      )
    }
  }
  return args
}
