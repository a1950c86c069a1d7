import type { PayloadRequest } from 'payload'

import { exceedsDepth } from './exceedsDepth'
import { isPlainObject } from './isPlainObject'
import { MAX_DATA_BYTES, MAX_DATA_DEPTH, megabytes } from './limits'
import type { ClientProblem } from './clientQueryProblem'

/** The bodies Payload reads: JSON, and form-data (the admin's saves and uploads). */
const READABLE = /^(application\/json|multipart\/form-data)\b/i

/**
 * What is wrong with the document a REST client sent for a create or update, or undefined.
 * Payload reads only JSON and form-data bodies; any other body reached the operation as no data
 * at all, and a JSON body that is not an object (`"text"`, `42`, `null`) reached it as such:
 * both were a 500. A document nested absurdly deep (400) or larger than MAX_DATA_BYTES (413) is
 * refused before any hook, access query or database call runs.
 */
export const documentProblem = (req: PayloadRequest, data: unknown): ClientProblem | undefined => {
  const contentType = req.headers.get('content-type')
  if (contentType && !READABLE.test(contentType)) {
    return {
      status: 415,
      message: `Send the document as JSON (Content-Type: application/json), or as multipart/form-data with the JSON in a "_payload" field, not as ${contentType.split(';')[0]}.`,
    }
  }
  if (data === undefined && req.file) return undefined
  if (!isPlainObject(data)) {
    return {
      status: 400,
      message:
        `The request body must be a JSON object holding the document's fields, not ${JSON.stringify(data) ?? 'nothing'}.`.slice(
          0,
          300,
        ),
    }
  }
  if (exceedsDepth(data, MAX_DATA_DEPTH)) {
    return {
      status: 400,
      message: `The document is nested too deeply: more than ${MAX_DATA_DEPTH} levels of objects and lists.`,
    }
  }
  const bytes = Buffer.byteLength(JSON.stringify(data) ?? '')
  if (bytes > MAX_DATA_BYTES) {
    return {
      status: 413,
      message: `The document is too large: ${megabytes(bytes)}, the limit is ${megabytes(MAX_DATA_BYTES)}.`,
    }
  }
  return undefined
}
