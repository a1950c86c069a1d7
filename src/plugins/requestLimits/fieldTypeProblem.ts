import type { FlattenedField, Payload } from 'payload'

import { isPlainObject } from './isPlainObject'
import { describeIds, isValidDocumentId } from './isValidDocumentId'

export type FieldProblem = { path: string; message: string }

type Walk = {
  payload: Payload
  fields: FlattenedField[]
  data: Record<string, unknown>
  at: string
}

const TEXTUAL = new Set(['text', 'textarea', 'email', 'code', 'select', 'radio'])

const isEmpty = (value: unknown) => value === null || value === undefined || value === ''

const isNumeric = (value: unknown) =>
  typeof value === 'number'
    ? Number.isFinite(value)
    : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))

const isDate = (value: unknown) =>
  (typeof value === 'string' || typeof value === 'number') &&
  !Number.isNaN(new Date(value).getTime())

/** The problem with one value that points at a document (a relationship or upload), if any. */
const referenceProblem = (payload: Payload, field: FlattenedField, value: unknown) => {
  if (!('relationTo' in field)) return undefined
  const targets: string[] = [field.relationTo].flat()
  let slug: string | undefined = targets[0]
  let id: unknown = value
  if (isPlainObject(value)) {
    // Polymorphic `{ relationTo, value }`, or a populated document sent back as it was read.
    slug = 'relationTo' in value ? `${value.relationTo}` : slug
    id = 'relationTo' in value ? value.value : value.id
    if (!targets.includes(slug)) return `"${slug}" is not one of ${targets.join(', ')}.`
    if (isPlainObject(id)) id = id.id
  }
  const candidates = isPlainObject(value) ? [slug] : targets
  if (
    candidates.some((collectionSlug) => isValidDocumentId({ payload, collectionSlug, value: id }))
  )
    return undefined
  return `${JSON.stringify(id)} is not an id of ${candidates.join(' or ')} (${describeIds({ payload, collectionSlug: slug })}).`
}

/** The problem with one (non-list) value of a field whose type is simple, if any. */
const valueProblem = (payload: Payload, field: FlattenedField, value: unknown) => {
  if (isEmpty(value)) return undefined
  if (TEXTUAL.has(field.type) && typeof value !== 'string') {
    if (!('options' in field)) return 'must be text.'
    const options = field.options.map((option) =>
      JSON.stringify(typeof option === 'string' ? option : option.value),
    )
    return `must be one of ${options.join(', ')}.`
  }
  if (field.type === 'number' && !isNumeric(value)) return 'must be a number.'
  if (field.type === 'date' && !isDate(value)) {
    return 'must be a date, e.g. 2026-01-31 or 2026-01-31T12:00:00Z.'
  }
  if (field.type === 'checkbox' && ![true, false, 'true', 'false'].includes(value as string)) {
    return 'must be true or false.'
  }
  if (field.type === 'relationship' || field.type === 'upload') {
    return referenceProblem(payload, field, value)
  }
  return undefined
}

const hasMany = (field: FlattenedField) => 'hasMany' in field && field.hasMany === true

/**
 * The first value in a document a client sent whose type its field cannot hold, or undefined:
 * text that is a list, a number or date that is not one, a reference that is not an id, rows
 * that are not a list of objects. Payload validates none of this for drafts (and autosaves),
 * and some not even on publish: `"notadate"` in a date was stored and then broke every list
 * that read it (500), `"abc"` in an optional number became NaN (null on SQLite, a 500 on
 * MongoDB), a list in a text field was stored. Only the fields present are judged, so a partial
 * update or an incomplete draft is fine; required fields stay Payload's to check on publish.
 */
export const fieldTypeProblem = ({ payload, fields, data, at }: Walk): FieldProblem | undefined => {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    const path = at ? `${at}.${field.name}` : field.name
    if (isEmpty(value)) continue
    if (field.type === 'array' || field.type === 'blocks') {
      // The admin sends an empty list as its row count, 0 (Payload's reduceFieldsToValues).
      if (typeof value === 'number') continue
      if (!Array.isArray(value) || !value.every(isPlainObject)) {
        return { path, message: 'must be a list of rows (objects).' }
      }
      for (const [index, row] of value.entries()) {
        // A row of an unknown block type is left to Payload, which refuses it by name.
        const rowFields =
          field.type === 'array'
            ? field.flattenedFields
            : field.blocks.find((block) => block.slug === row.blockType)?.flattenedFields
        const problem = rowFields
          ? fieldTypeProblem({ payload, fields: rowFields, data: row, at: `${path}.${index}` })
          : undefined
        if (problem) return problem
      }
      continue
    }
    if (field.type === 'group' || field.type === 'tab') {
      if (!isPlainObject(value)) return { path, message: 'must be an object of fields.' }
      const problem = fieldTypeProblem({
        payload,
        fields: field.flattenedFields,
        data: value,
        at: path,
      })
      if (problem) return problem
      continue
    }
    const values = hasMany(field) ? value : [value]
    if (!Array.isArray(values)) return { path, message: 'must be a list.' }
    for (const each of values) {
      const message = valueProblem(payload, field, each)
      if (message) return { path, message }
    }
  }
  return undefined
}
