import { isPlainObject } from './isPlainObject'
import { collectionBySlug, type QueryTarget, resolvePath } from './queryTarget'

const SORT_EXAMPLE = 'e.g. sort=-publishedAt,title'

/** `sort` names fields, each optionally with a leading `-`; Payload ignored unknown ones. */
export const sortProblem = (
  sort: unknown,
  target: QueryTarget,
  name = 'sort',
): string | undefined => {
  if (sort === undefined) return undefined
  const items = typeof sort === 'string' ? sort.split(',') : sort
  if (!Array.isArray(items) || !items.every((item) => typeof item === 'string')) {
    return `"${name}" must be field names separated by commas, ${SORT_EXAMPLE}.`
  }
  for (const item of items) {
    const path = item.trim().replace(/^[-+]/, '')
    if (!resolvePath(target, path)) {
      return `Cannot sort by "${path}": ${target.slug} has no such field (${SORT_EXAMPLE}).`
    }
  }
  return undefined
}

const SELECT_EXAMPLE = 'e.g. select[title]=true'

/** The values a select may hold: true, false, or a nested selection of sub-fields. */
const selectValueProblem = (value: unknown): boolean => {
  if (isPlainObject(value)) return Object.values(value).some(selectValueProblem)
  return ![true, false, 'true', 'false'].includes(value as string)
}

/** `select` names top-level fields (and, nested, their sub-fields) with true or false. */
export const selectProblem = (select: unknown, target: QueryTarget): string | undefined => {
  if (select === undefined) return undefined
  if (!isPlainObject(select) || selectValueProblem(select)) {
    return `"select" must name fields with true or false, ${SELECT_EXAMPLE}.`
  }
  const names = new Set(['id', ...target.fields.map((field) => field.name)])
  const unknown = Object.keys(select).find((key) => !names.has(key))
  return unknown ? `"select": ${target.slug} has no field "${unknown}".` : undefined
}

/** `populate` maps collection slugs to the fields to populate them with. */
export const populateProblem = (populate: unknown, target: QueryTarget): string | undefined => {
  if (populate === undefined) return undefined
  const example = 'e.g. populate[media][alt]=true'
  if (!isPlainObject(populate)) return `"populate" must name collections and fields, ${example}.`
  for (const [slug, selection] of Object.entries(populate)) {
    if (!collectionBySlug(target.payload, slug))
      return `"populate": there is no collection "${slug}".`
    if (!isPlainObject(selection) || selectValueProblem(selection)) {
      return `"populate" must name collections and fields, ${example}.`
    }
  }
  return undefined
}
