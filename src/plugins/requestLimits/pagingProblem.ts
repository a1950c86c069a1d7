import { MAX_PAGE, MAX_PAGE_SIZE } from './limits'

/** Payload's query parameters that take true or false. */
const BOOLEANS = [
  'autosave',
  'draft',
  'flattenLocales',
  'overrideLock',
  'pagination',
  'publishAllLocales',
  'trash',
  'unpublishAllLocales',
]

type Range = { name: string; value: unknown; min: number; max?: number; hint?: string }

/** The problem with a whole-number parameter outside [min, max], or undefined. */
export const wholeNumberProblem = ({ name, value, min, max, hint = '' }: Range) => {
  if (value === undefined) return undefined
  const text = typeof value === 'number' ? `${value}` : value
  const number = typeof text === 'string' && /^\d{1,16}$/.test(text) ? Number(text) : NaN
  if (number >= min && (max === undefined || number <= max)) return undefined
  const range = max === undefined ? `${min} or more` : `from ${min} to ${max}`
  return `"${name}" must be a whole number ${range}, not ${JSON.stringify(value)}.${hint}`
}

export const booleanProblem = (name: string, value: unknown) =>
  value === undefined || [true, false, 'true', 'false'].includes(value as string)
    ? undefined
    : `"${name}" must be true or false, not ${JSON.stringify(value)}.`

const PAGE_HINT = ` Ask for the next ones with "page", or name the documents with where[id][in]=….`

type PagingArgs = {
  query: Record<string, unknown>
  /** A GET that lists documents: its page size is capped. Bulk PATCH/DELETE are not reads. */
  isRead: boolean
  /** The where names documents by id, which bounds the answer by itself (MAX_WHERE_TERMS). */
  isIdLookup: boolean
  maxDepth: number
}

/**
 * What is wrong with `page`, `limit`, `pagination`, `depth` and the true/false parameters, or
 * undefined. Payload quietly ignores most malformed values (`limit=abc`), passes some to the
 * database (`page=99999999999999999999` was a 500 on SQLite, `limit=-1` meant "no limit" there)
 * and honours `limit=0` and `pagination=false` from anyone, which let an anonymous reader
 * download a whole collection in one request.
 */
export const pagingProblem = ({ query, isRead, isIdLookup, maxDepth }: PagingArgs) => {
  for (const name of BOOLEANS) {
    const problem = booleanProblem(name, query[name])
    if (problem) return problem
  }
  const isCapped = isRead && !isIdLookup
  if (isCapped && `${query.pagination}` === 'false') {
    return `"pagination=false" is not allowed: ask for at most ${MAX_PAGE_SIZE} at a time with "limit" and "page".`
  }
  return (
    wholeNumberProblem({ name: 'page', value: query.page, min: 1, max: MAX_PAGE }) ??
    wholeNumberProblem({
      name: 'limit',
      value: query.limit,
      ...(isCapped ? { min: 1, max: MAX_PAGE_SIZE, hint: PAGE_HINT } : { min: 0 }),
    }) ??
    wholeNumberProblem({ name: 'depth', value: query.depth, min: 0, max: maxDepth })
  )
}
