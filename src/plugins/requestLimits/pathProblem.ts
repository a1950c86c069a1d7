import type { FlattenedField } from 'payload'

import { collectionBySlug, type QueryTarget } from './queryTarget'

/**
 * The fields a dotted path passes through, from the target's own fields into groups, arrays and
 * related collections, stopping at rich text and JSON (the rest of the path is inside them) or
 * at a segment it cannot find (Payload reports those paths itself).
 */
export const fieldChain = (target: QueryTarget, path: string): FlattenedField[] => {
  const chain: FlattenedField[] = []
  let fields: FlattenedField[] | undefined = target.fields
  for (const segment of path.split('.')) {
    const field: FlattenedField | undefined = fields?.find((each) => each.name === segment)
    if (!field) break
    chain.push(field)
    if (field.type === 'richText' || field.type === 'json') break
    const related: unknown =
      field.type === 'join' ? field.collection : (field as { relationTo?: unknown }).relationTo
    fields =
      'flattenedFields' in field
        ? field.flattenedFields
        : typeof related === 'string'
          ? collectionBySlug(target.payload, related)?.config.flattenedFields
          : undefined
  }
  return chain
}

/**
 * What is wrong with querying `path` at all, for paths Payload accepts but the database then
 * fails on (a 500): a field computed when read (`populatedAuthors.name`), a join reached through
 * a relationship (`characters.articles`), a path inside rich text (`body.root.children`).
 */
export const pathProblem = (chain: FlattenedField[], path: string, at: string) => {
  const virtual = chain.find((field) => 'virtual' in field && field.virtual)
  if (virtual) {
    return `${at}: ${path} cannot be queried, "${virtual.name}" is computed when read, not stored.`
  }
  if (chain.findIndex((field) => field.type === 'join') > 0) {
    return `${at}: ${path} cannot be queried, a join can be queried only on its own collection.`
  }
  const richText = chain.find((field) => field.type === 'richText')
  if (richText && chain.at(-1) === richText && path.split('.').length > chain.length) {
    return `${at}: ${path} cannot be queried inside rich text; query "${richText.name}" as a whole, e.g. where[${richText.name}][like]=…`
  }
  return undefined
}

/** Whether the path holds several values per document, which `all` needs. */
export const holdsSeveral = (chain: FlattenedField[]) =>
  chain.some(
    (field) =>
      field.type === 'array' ||
      field.type === 'blocks' ||
      ('hasMany' in field && field.hasMany === true),
  )
