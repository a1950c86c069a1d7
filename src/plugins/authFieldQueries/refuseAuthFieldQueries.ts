import { type CollectionBeforeOperationHook, type CollectionSlug, QueryError } from 'payload'

import { findAuthFieldPath } from './findAuthFieldPath'

type QueryArgs = {
  overrideAccess?: boolean
  where?: unknown
  sort?: unknown
  field?: string
  joins?: false | Record<string, false | { where?: unknown; sort?: unknown }>
}

/**
 * Refuses (400, as Payload refuses any path it will not query) a `where`, `sort`, join query or
 * distinct field that follows a relationship into the users collection, for every caller whose
 * access is checked. Payload 3.90 checks such paths against the related collection's field
 * access, but not well enough: `sessions` answers "readable" to anonymous callers, sorts on
 * hidden fields (`hash`, `lockUntil`, `resetPasswordToken`) through a relationship are not
 * checked at all, and a sort is not scoped to the documents the caller may read, so sorting by
 * `authors.email` orders other people's e-mail addresses. Nothing in the site or the admin
 * needs to look inside a user through a relationship; `authors` or `authors.id` still work.
 */
export const refuseAuthFieldQueries: CollectionBeforeOperationHook = ({
  args,
  collection,
  req,
}) => {
  const { overrideAccess, where, sort, field, joins } = args as QueryArgs
  if (overrideAccess === true) return args
  const target = { payload: req.payload, collection: collection.slug as CollectionSlug }
  const found =
    findAuthFieldPath(target, where, field === undefined ? sort : [sort, field].flat()) ??
    Object.entries(collection.joins ?? {})
      .flatMap(([joined, list]) => list.map((join) => ({ joined, join })))
      .map(({ joined, join }) => {
        const query = joins ? joins[join.joinPath] : undefined
        if (!query) return undefined
        const joinTarget = { payload: req.payload, collection: joined as CollectionSlug }
        return findAuthFieldPath(joinTarget, query.where, query.sort)
      })
      .find(Boolean)
  if (found) throw new QueryError([{ path: found }])
  return args
}
