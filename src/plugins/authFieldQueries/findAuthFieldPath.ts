import { type CollectionSlug, getLocalizedPaths, type Payload, type Where } from 'payload'

type Target = { payload: Payload; collection: CollectionSlug }

const isAuthCollection = (payload: Payload, slug: string | undefined): boolean =>
  Boolean(slug && payload.collections[slug as CollectionSlug]?.config.auth)

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The document paths a query path may stand for. Payload runs the same `beforeOperation` for
 * reads of documents and of versions, where a version's fields sit under `version.` and
 * `parent` points back at the collection itself, so both readings are checked.
 */
const documentPaths = (path: string): string[] => {
  const [first, ...rest] = path.split('.')
  const isVersionPath = (first === 'version' || first === 'parent') && rest.length > 0
  return isVersionPath ? [path, rest.join('.')] : [path]
}

/**
 * True when a query path follows a relationship or join into an auth collection (users) and
 * names anything there but its id: `authors.email`, `authors.sessions.id`, `authors.hash`,
 * `authors.name`. Also true for a nested `contains` query on a relationship to users
 * (`where[authors][contains][email][like]=…`) when `value` is an object.
 */
export const traversesIntoAuthCollection = (
  target: Target,
  incomingPath: string,
  value?: unknown,
): boolean =>
  documentPaths(incomingPath.replace(/^[-+]/, '').replace(/__/g, '.')).some((path) =>
    pathTraverses(target, path, value),
  )

const pathTraverses = ({ payload, collection }: Target, path: string, value: unknown): boolean => {
  const fields = payload.collections[collection].config.flattenedFields
  const hops = getLocalizedPaths({
    collectionSlug: collection,
    fields,
    incomingPath: path,
    locale: payload.config.localization ? payload.config.localization.defaultLocale : undefined,
    overrideAccess: true,
    payload,
  })
  const intoAuth = hops
    .slice(1)
    .some(
      (hop) =>
        isAuthCollection(payload, hop.collectionSlug) && hop.path !== 'id' && hop.path !== '',
    )
  if (intoAuth) return true
  const last = hops.at(-1)?.field as { type?: string; relationTo?: unknown; collection?: unknown }
  const target = last?.type === 'join' ? last.collection : last?.relationTo
  return isPlainObject(value) && typeof target === 'string' && isAuthCollection(payload, target)
}

/** Every path a `where` names (through `and`/`or`), with the value of each of its operators. */
export const wherePaths = (where: unknown): Array<{ path: string; value: unknown }> => {
  if (!isPlainObject(where)) return []
  return Object.entries(where).flatMap(([key, constraint]) => {
    if (['and', 'or'].includes(key.toLowerCase()) && Array.isArray(constraint)) {
      return constraint.flatMap(wherePaths)
    }
    if (!isPlainObject(constraint)) return [{ path: key, value: constraint }]
    return Object.values(constraint).map((value) => ({ path: key, value }))
  })
}

/** Each field a sort names; Payload and the adapters accept a list or a comma-separated string. */
export const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : [sort])
    .filter((entry): entry is string => typeof entry === 'string')
    .flatMap((entry) => entry.split(','))
    .map((entry) => entry.trim())
    .filter(Boolean)

/** The first path in a `where` and `sort` that reaches into an auth collection, if any. */
export const findAuthFieldPath = (target: Target, where: unknown, sort: unknown) =>
  wherePaths(where as Where).find(({ path, value }) =>
    traversesIntoAuthCollection(target, path, value),
  )?.path ?? sortPaths(sort).find((path) => traversesIntoAuthCollection(target, path))
