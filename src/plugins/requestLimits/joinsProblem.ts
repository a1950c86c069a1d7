import { isPlainObject } from './isPlainObject'
import { MAX_PAGE, MAX_PAGE_SIZE } from './limits'
import { booleanProblem, wholeNumberProblem } from './pagingProblem'
import { collectionBySlug, queryTarget, type QueryTarget } from './queryTarget'
import { sortProblem } from './shapeProblems'
import { whereProblem } from './whereProblem'

const EXAMPLE = 'e.g. joins[articles][limit]=5'

/** The join fields of a collection, by the path a client names them with. */
const joinFieldsOf = (target: QueryTarget): Map<string, string> => {
  const collection = collectionBySlug(target.payload, target.slug)?.config
  const joins = new Map<string, string>()
  for (const [joined, list] of Object.entries(collection?.joins ?? {})) {
    for (const join of list as Array<{ joinPath: string }>) joins.set(join.joinPath, joined)
  }
  return joins
}

/**
 * What is wrong with `joins` (per join field: limit, page, count, sort, where), or undefined.
 * A join is a list like any other, so its page size is capped the same way; its `sort` and
 * `where` are judged against the joined collection's fields.
 */
export const joinsProblem = (joins: unknown, target: QueryTarget): string | undefined => {
  if (joins === undefined || joins === 'false' || joins === false) return undefined
  if (target.isGlobal || !isPlainObject(joins)) {
    return `"joins" must be an object keyed by join field, ${EXAMPLE}.`
  }
  const joinFields = joinFieldsOf(target)
  for (const [path, options] of Object.entries(joins)) {
    const joined = joinFields.get(path)
    if (!joined) return `${target.slug} has no join field "${path}".`
    if (options === false || options === 'false') continue
    if (!isPlainObject(options)) {
      return `"joins[${path}]" must be false or an object with limit, page, sort, where or count, ${EXAMPLE}.`
    }
    const joinedTarget = queryTarget({
      payload: target.payload,
      slug: joined,
      isGlobal: false,
      isVersions: false,
    })
    const name = (key: string) => `joins[${path}][${key}]`
    const problem =
      wholeNumberProblem({
        name: name('limit'),
        value: options.limit,
        min: 1,
        max: MAX_PAGE_SIZE,
      }) ??
      wholeNumberProblem({ name: name('page'), value: options.page, min: 1, max: MAX_PAGE }) ??
      booleanProblem(name('count'), options.count) ??
      sortProblem(options.sort, joinedTarget, name('sort')) ??
      (options.where === undefined
        ? undefined
        : whereProblem(options.where, joinedTarget, `joins.${path}.where`))
    if (problem) return problem
  }
  return undefined
}

/** Every `where` inside `joins`, for counting against the where-term limit. */
export const joinWheres = (joins: unknown): unknown[] =>
  isPlainObject(joins)
    ? Object.values(joins).flatMap((options) =>
        isPlainObject(options) && options.where !== undefined ? [options.where] : [],
      )
    : []
