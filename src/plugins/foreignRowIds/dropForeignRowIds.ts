import type { FlattenedField } from 'payload'

type Row = Record<string, unknown> & { id?: unknown }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? value.filter(isRecord) : [])

/**
 * Removes, in place, the `id` of every array and block row in `data` that is not a row of the
 * same field in `original` (the document as stored, or undefined on create), at any depth.
 * Payload then gives those rows fresh ids (its row `id` field defaults in `beforeChange`).
 *
 * Row ids are the primary key of SQLite's array and block tables, shared by every document.
 * A client that copies a document with its rows' ids, or sends another document's rows, made
 * the adapter either fail half-way (a 500 after the main row was written) or move those rows
 * away from the document that owned them, emptying its spoiler warnings. An id is only
 * meaningful for a row the document already has; anything else is a new row.
 */
export const dropForeignRowIds = (
  fields: readonly FlattenedField[],
  data: Record<string, unknown>,
  original: Record<string, unknown> | undefined,
): void => {
  for (const field of fields) {
    if (!(field.name in data)) continue
    const value = data[field.name]
    const before = original?.[field.name]
    if (field.type === 'group' || field.type === 'tab') {
      if (isRecord(value)) {
        dropForeignRowIds(field.flattenedFields, value, isRecord(before) ? before : undefined)
      }
      continue
    }
    if (field.type !== 'array' && field.type !== 'blocks') continue
    const known = new Map(rowsOf(before).map((row) => [String(row.id), row]))
    for (const row of rowsOf(value)) {
      const own = row.id === undefined || row.id === null ? undefined : known.get(String(row.id))
      if (!own) delete row.id
      const rowFields =
        field.type === 'array'
          ? field.flattenedFields
          : field.blocks.find((block) => block.slug === row.blockType)?.flattenedFields
      if (rowFields) dropForeignRowIds(rowFields, row, own)
    }
  }
}
