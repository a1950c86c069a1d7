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

const check = (req: PayloadRequest, operation: string, args: unknown, owner: Owner) => {
  // The server's own Local API calls are trusted: hooks, imports, the reindex.
  if (req.payloadAPI === 'local' || !WRITES.has(operation)) return
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
