import type { AfterErrorHook } from 'payload'

import { MAX_DATA_BYTES, MAX_UPLOAD_BYTES, megabytes } from './limits'

/** Payload's multipart parser's words for a field or the whole request over `uploadLimits`. */
const PARSER_LIMIT = /^Multipart (request size )?limit has been reached$/

/**
 * The parser refuses an oversized form-data save with 413 "Multipart limit has been reached",
 * which tells an editor nothing. Say what was too large and what the limits are, the same words
 * a JSON save over the document limit gets.
 */
export const explainMultipartLimit: AfterErrorHook = ({ error }) => {
  const { message, status } = error as { message?: string; status?: number }
  if (status !== 413 || !PARSER_LIMIT.test(message ?? '')) return
  return {
    status: 413,
    response: {
      errors: [
        {
          message: `The document is too large: the limit is ${megabytes(MAX_DATA_BYTES)} per document and ${megabytes(MAX_UPLOAD_BYTES)} per file.`,
        },
      ],
    },
  }
}
