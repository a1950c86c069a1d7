import type { FlattenedField } from 'payload'

import { describeIds, isValidDocumentId } from './isValidDocumentId'
import type { QueryTarget, ResolvedPath } from './queryTarget'

type ConditionArgs = {
  target: QueryTarget
  /** The field path as the client wrote it, e.g. `publishedAt`. */
  path: string
  operator: string
  value: unknown
  resolved: ResolvedPath | undefined
  /** The path holds several values per document (hasMany, or inside an array), as `all` needs. */
  holdsSeveral: boolean
  /** Where the condition sits, for messages: `where.publishedAt.equals`. */
  at: string
}

const LISTS = new Set(['in', 'not_in', 'all'])
const GEO = new Set(['near', 'within', 'intersects'])
/** The operators whose values are compared with the field's own values. */
const COMPARED = new Set([
  ...LISTS,
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])

const isPrimitive = (value: unknown) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value)

const isEmpty = (value: unknown) => value === null || value === 'null'

const listOf = (operator: string, value: unknown): unknown[] => {
  if (!LISTS.has(operator)) return [value]
  if (typeof value === 'string') return value.split(',').map((item) => item.trim())
  return Array.isArray(value) ? value : [value]
}

const isNumeric = (value: unknown) =>
  typeof value === 'number'
    ? Number.isFinite(value)
    : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))

const isDate = (value: unknown) =>
  typeof value === 'number'
    ? Number.isFinite(value)
    : typeof value === 'string' && !Number.isNaN(new Date(value).getTime())

/** The problem with one compared value of a relationship, upload or id, if any. */
const idValueProblem = (args: ConditionArgs, field: FlattenedField, value: unknown) => {
  const { payload } = args.target
  const isIdField = field.name === 'id' && field.type !== 'relationship' && field.type !== 'upload'
  const targets = isIdField
    ? [args.resolved?.collectionSlug]
    : 'relationTo' in field
      ? [field.relationTo].flat()
      : []
  const polymorphic = value as { relationTo?: unknown; value?: unknown }
  if (!isIdField && typeof value === 'object' && value !== null && targets.length > 1) {
    const slug = `${polymorphic.relationTo}`
    if (targets.includes(slug)) return idValueProblem(args, field, polymorphic.value)
    return `${args.at}: "${slug}" is not one of ${targets.join(', ')}.`
  }
  if (isEmpty(value)) return undefined
  if (targets.some((slug) => isValidDocumentId({ payload, collectionSlug: slug, value }))) return
  const slug = targets[0]
  return `${args.at}: "${value}" is not an id of ${targets.join(' or ')} (${describeIds({ payload, collectionSlug: slug })}).`
}

/**
 * What is wrong with one `where` condition, judged against the field it names, or undefined.
 * These are the inputs that reached the database and failed there with a 500: a value that is
 * not a date, number or id where the field needs one, a geo operator on a field that is not a
 * point, or an object where a value belongs. Unknown paths and operators are left to Payload,
 * which answers them with a 400 naming the path.
 */
export const conditionProblem = (args: ConditionArgs): string | undefined => {
  const { operator, value, resolved, at, path } = args
  const field = resolved?.field
  if (operator === 'exists') {
    return [true, false, 'true', 'false'].includes(value as string)
      ? undefined
      : `${at} must be true or false, not ${JSON.stringify(value)}.`
  }
  if (operator === 'all' && field && !args.holdsSeveral) {
    return `${at}: "all" works only on fields that hold several values, and ${path} holds one.`
  }
  if (GEO.has(operator)) {
    if (!field || field.type === 'point') return undefined
    return `${at}: "${operator}" works only on point fields, and ${path} is a ${field.type} field.`
  }
  // Payload's SQLite adapter has no `all`, `near`, `within` or `intersects` (a TypeError, 500).
  const operators = (args.target.payload.db as { operators?: Record<string, unknown> }).operators
  if (operators && !(operator in operators) && (operator === 'all' || GEO.has(operator))) {
    return `${at}: "${operator}" is not available on this database.`
  }
  const isPolymorphic = field && 'relationTo' in field && Array.isArray(field.relationTo)
  const values = listOf(operator, value)
  if (!values.every((each) => isPrimitive(each) || (isPolymorphic && operator === 'equals'))) {
    return `${at} must be a value (or a list of values, for in, not_in and all), not an object.`
  }
  if (!field || !COMPARED.has(operator)) return undefined
  const isId = field.name === 'id' || field.type === 'relationship' || field.type === 'upload'
  for (const each of values) {
    const problem = isId
      ? idValueProblem(args, field, each)
      : field.type === 'date' && !isEmpty(each) && !isDate(each)
        ? `${at}: ${JSON.stringify(each)} is not a date (${path} is a date field; send e.g. 2026-01-31 or 2026-01-31T12:00:00Z).`
        : field.type === 'number' && !isEmpty(each) && !isNumeric(each)
          ? `${at}: ${JSON.stringify(each)} is not a number (${path} is a number field).`
          : undefined
    if (problem) return problem
  }
  return undefined
}
