import type { PayloadRequest } from 'payload'

import { countWhereTerms } from './countWhereTerms'
import { isPlainObject } from './isPlainObject'
import { isValidDocumentId } from './isValidDocumentId'
import { joinsProblem, joinWheres } from './joinsProblem'
import { MAX_WHERE_TERMS } from './limits'
import { pagingProblem } from './pagingProblem'
import type { QueryTarget } from './queryTarget'
import { populateProblem, selectProblem, sortProblem } from './shapeProblems'
import { whereProblem } from './whereProblem'

export type ClientProblem = { status: number; message: string }

const WHERE_TOO_LARGE = `The "where" query is too large: more than ${MAX_WHERE_TERMS} conditions and values.`

/** A `where` sent as JSON (`?where={"title":{"equals":"x"}}`), which Payload also accepts. */
const parseWhere = (where: unknown): { where?: unknown; problem?: string } => {
  if (typeof where !== 'string') return { where }
  try {
    return { where: JSON.parse(where) }
  } catch {
    return {
      problem: `"where" must be conditions such as where[title][equals]=…, or a JSON object; this is not valid JSON.`,
    }
  }
}

/** Whether the where names its documents by id, which bounds the answer to the ids named. */
const namesIds = (where: unknown): boolean => {
  if (!isPlainObject(where)) return false
  const byId = (condition: unknown) =>
    isPlainObject(condition) &&
    isPlainObject(condition.id) &&
    ('in' in condition.id || 'equals' in condition.id)
  const all = where.and
  return (
    byId(where) || ((Array.isArray(all) || isPlainObject(all)) && Object.values(all).some(byId))
  )
}

type QueryArgs = {
  req: PayloadRequest
  target: QueryTarget
  /** The matched endpoint's path, e.g. `/:id` or `/versions`. */
  endpointPath: string
  isVersions: boolean
}

/**
 * What is wrong with what a REST client sent in the query string (and the `:id` in the path),
 * judged once per request, before Payload parses it and before any access query or database
 * call. It judges only the client's own input, never the queries Payload and our hooks make
 * while answering (populating relationships, joins, derived data), which may be as large as
 * they need.
 */
export const clientQueryProblem = ({
  req,
  target,
  endpointPath,
  isVersions,
}: QueryArgs): ClientProblem | undefined => {
  const query = (req.query ?? {}) as Record<string, unknown>
  const id = req.routeParams?.id
  if (endpointPath.includes(':id') && id !== undefined && !target.isGlobal) {
    const collectionSlug = target.slug
    if (!isValidDocumentId({ payload: target.payload, collectionSlug, value: id })) {
      const where = isVersions ? `_${collectionSlug}_versions` : collectionSlug
      return { status: 404, message: `Not Found: no document in ${where} has the id "${id}".` }
    }
  }
  const parsed = parseWhere(query.where)
  if (parsed.problem) return { status: 400, message: parsed.problem }
  const wheres = [parsed.where, ...joinWheres(query.joins)]
  const terms = wheres.reduce<number>(
    (sum, where) => sum + (where === undefined ? 0 : countWhereTerms(where, MAX_WHERE_TERMS)),
    0,
  )
  if (terms > MAX_WHERE_TERMS) return { status: 400, message: WHERE_TOO_LARGE }
  const message =
    pagingProblem({
      query,
      isRead: req.method === 'GET',
      isIdLookup: namesIds(parsed.where),
      maxDepth: target.payload.config.maxDepth,
    }) ??
    (parsed.where === undefined ? undefined : whereProblem(parsed.where, target)) ??
    sortProblem(query.sort, target) ??
    selectProblem(query.select, target) ??
    populateProblem(query.populate, target) ??
    joinsProblem(query.joins, target)
  return message ? { status: 400, message } : undefined
}
