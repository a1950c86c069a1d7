import {
  APIError,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type GlobalBeforeOperationHook,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { documentProblem } from './documentProblem'
import { fieldTypeProblem } from './fieldTypeProblem'

const WRITES = new Set(['create', 'update'])

type Owner = { collection?: string; global?: string; fields: FlattenedField[] }

/**
 * Whether this create or update carries the document the client sent: Payload's REST handlers
 * pass `req.data` itself. The server's own writes are trusted: Local API calls, and those that
 * hooks and endpoints make while answering a request (a merge's article saves, a lock kept after
 * an autosave), which carry the request but not its document.
 */
export const carriesClientDocument = (req: PayloadRequest, operation: string, args: unknown) =>
  req.payloadAPI !== 'local' &&
  WRITES.has(operation) &&
  (args as { data?: unknown }).data === req.data

const check = (req: PayloadRequest, operation: string, args: unknown, owner: Owner) => {
  if (!carriesClientDocument(req, operation, args)) return
  const data = (args as { data?: unknown }).data
  const problem = documentProblem(req, data)
  if (problem) throw new APIError(problem.message, problem.status, null, true)
  if (data === undefined) return
  const { fields, ...names } = owner
  const wrong = fieldTypeProblem({ payload: req.payload, fields, data: data as never, at: '' })
  if (wrong) throw new ValidationError({ ...names, errors: [wrong], req })
}

/**
 * `documentProblem` and `fieldTypeProblem` for every collection's REST creates and updates,
 * first in line: before access, hooks and Payload's own validation (which drafts skip).
 */
export const rejectBadDocument: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  check(req, operation, args, { collection: collection.slug, fields: collection.flattenedFields })
  return args
}

/** The same for a global's updates. */
export const rejectBadGlobalDocument: GlobalBeforeOperationHook = ({
  args,
  global,
  operation,
  req,
}) => {
  check(req, operation, args, { global: global.slug, fields: global.flattenedFields })
  return args
}
